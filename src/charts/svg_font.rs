//! Self-contained SVG: the font the chart was laid out with (the Titillium Web subset the app ships), embedded
//! as the `@font-face` rules of [`super::font_face`] (WOFF2 data URIs) in a `<style>` of the SVG, so that a
//! downloaded chart and `care report`'s render the same on any machine, also one without Titillium Web.

/// The SVG document with `font_css` (the rules of [`super::font_face::font_face_css`]) embedded right after its
/// opening `<svg …>` tag.
pub fn embed(svg: &str, font_css: &str) -> String {
    match svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j + 1))
    {
        Some(at) => format!(
            "{}\n<defs><style>{font_css}</style></defs>{}",
            &svg[..at],
            &svg[at..]
        ),
        None => svg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_go_right_after_the_opening_tag() {
        let svg = "<?xml version=\"1.0\"?>\n<svg width=\"8\" height=\"4\"><text>x</text></svg>";
        assert_eq!(
            embed(svg, "@font-face{}"),
            "<?xml version=\"1.0\"?>\n<svg width=\"8\" height=\"4\">\n<defs><style>@font-face{}</style></defs>\
             <text>x</text></svg>"
        );
        assert_eq!(embed("not an svg", "@font-face{}"), "not an svg");
    }
}
