//! Lower-casing the names and texts people type (comuni, catalogue labels, web hosts) for the Latin letters Italian
//! uses, without the standard library's full Unicode case tables, which weigh about 12 KB of each web module's gzip.

/// `text` with the capital letters of ASCII, Latin-1 Supplement and Latin Extended-A (U+0000-U+017F: `A`-`Z`,
/// `À`-`Þ`, `Ā`-`Ž`) in lower case, exactly as [`str::to_lowercase`] writes them (`İ` becomes `i` and a combining
/// dot, as there); every other character is kept as it is (Greek, Cyrillic and other capitals included), so two
/// names in those scripts compare as typed.
pub fn lower_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{130}' => out.push_str("i\u{307}"),
            _ => out.push(lower(c)),
        }
    }
    out
}

/// The lower-case letter of one capital in U+0000-U+017F (other than `İ`), else `c` itself.
fn lower(c: char) -> char {
    let u = u32::from(c);
    let shifted = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        // Latin Extended-A: pairs with the capital first, in three runs (even, odd, even), and `Ÿ` (lower case in
        // Latin-1). `ı`, `ĸ`, `ŉ` and `ſ` sit between the runs and have no capital there.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(shifted).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lowers_the_names_of_comuni() {
        assert_eq!(lower_case("FORLÌ"), "forlì");
        assert_eq!(lower_case("Forlì"), lower_case("forlÌ"));
        assert_eq!(lower_case("SANT'ELPIDIO A MARE"), "sant'elpidio a mare");
        assert_eq!(lower_case("ÆÉÈÒÙÇ ŒŠŽŸ"), "æéèòùç œšžÿ");
        assert_eq!(lower_case("×÷ß"), "×÷ß");
    }

    #[test]
    fn every_character_of_the_range_as_the_standard_library() {
        for c in '\0'..='\u{17F}' {
            assert_eq!(
                lower_case(&c.to_string()),
                c.to_lowercase().to_string(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn other_scripts_are_left_as_they_are() {
        for s in [
            "ΑΘΗΝΑ",
            "МОСКВА",
            "ǅ",
            "Ǆ",
            "Ḃ",
            "ＡＢＣ",
            "ⅠⅡ",
            "𝐀",
            "東京",
        ] {
            assert_eq!(lower_case(s), s);
        }
    }

    proptest! {
        #[test]
        fn matches_the_standard_library_on_latin_text(s in "[\\u{0}-\\u{17F}]{0,40}") {
            prop_assert_eq!(lower_case(&s), s.to_lowercase());
        }

        #[test]
        fn keeps_every_character_beyond_latin_extended_a(s in "[\\u{180}-\\u{10FFFF}]{0,20}") {
            prop_assert_eq!(lower_case(&s), s);
        }
    }
}
