//! The app's font (the Titillium Web subset of `assets/fonts/`, the same files app.css serves) as CSS
//! `@font-face` rules whose sources are WOFF2 data URIs: a document that carries them renders the same on a
//! machine without the font (the `care report` HTML; SVG files can carry the same rules in a `<style>`).

use std::sync::OnceLock;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// The family name the rules declare (the one the theme and the stylesheets ask for).
pub const FAMILY: &str = "Titillium Web";

/// The characters of the subset (the `unicode-range` of app.css's faces).
const UNICODE_RANGE: &str = "U+0020-007E, U+00A0-00FF, U+0131, U+0152-0153, U+0160-0161, U+0178, U+017D-017E, \
U+02C6, U+02DA, U+02DC, U+2013-2014, U+2018-201E, U+2020, U+2022, U+2026, U+2039-203A, U+2044, U+20AC, U+2122, U+2212";

/// Regular (400).
static REGULAR: &[u8] = include_bytes!("../../assets/fonts/titillium-web-400.woff2");
/// Semibold (600), also used for bold (700) as in app.css.
static SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/titillium-web-600.woff2");

/// The two `@font-face` rules (regular, and semibold for 600-700), sources inline.
pub fn font_face_css() -> &'static str {
    static CSS: OnceLock<String> = OnceLock::new();
    CSS.get_or_init(|| {
        [("400", REGULAR), ("600 700", SEMIBOLD)]
            .iter()
            .map(|(weight, bytes)| {
                format!(
                    "@font-face{{font-family:\"{FAMILY}\";font-style:normal;font-weight:{weight};\
                     unicode-range:{UNICODE_RANGE};src:url(data:font/woff2;base64,{}) format(\"woff2\")}}",
                    STANDARD.encode(bytes)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_faces_are_inline_woff2() {
        let css = font_face_css();
        assert_eq!(css.matches("@font-face").count(), 2);
        assert_eq!(
            css.matches("url(data:font/woff2;base64,d09GMg").count(),
            2,
            "WOFF2 magic"
        );
        assert!(css.contains("font-weight:400;") && css.contains("font-weight:600 700;"));
        assert!(!css.contains("http") && !css.contains("../"));
    }
}
