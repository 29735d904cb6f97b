//! Escaping text for HTML: the one escaper of everything the app writes as HTML text (the report, its data tables,
//! the embed snippet), so that a comune's name can never become markup; and text as a CSS string (the printed
//! report's running header), which can neither end early nor close a `<style>` element.

/// Escapes text for HTML element content and for attribute values in double or single quotes: `&`, `<`, `>`, `"`
/// and `'`; every other character (accented letters included) passes as it is.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text as a CSS string literal (`"..."`), for `content` and custom properties: quotes and backslashes escaped,
/// line breaks as `\A`, and `<` as `\3C` so that the literal can sit in an HTML `<style>` element.
pub fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\3C "),
            '\n' | '\r' => out.push_str("\\A "),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_characters() {
        assert_eq!(
            escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn escaping_an_attribute_covers_the_five_characters_and_keeps_the_rest() {
        assert_eq!(escape(r#"a&b"c'd<e>f"#), "a&amp;b&quot;c&#39;d&lt;e&gt;f");
        assert_eq!(escape("Forlì"), "Forlì");
    }

    #[test]
    fn css_strings_cannot_end_early_or_close_the_style_element() {
        assert_eq!(css_string("Comune di Prova"), "\"Comune di Prova\"");
        assert_eq!(
            css_string("a\"b\\c</style>\nd"),
            "\"a\\\"b\\\\c\\3C /style>\\A d\""
        );
    }
}
