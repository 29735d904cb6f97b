//! The app's font (the Titillium Web subset of `assets/fonts/`, the same files app.css serves) as CSS
//! `@font-face` rules whose sources are WOFF2 data URIs: a document that carries them renders the same on a
//! machine without the font (the `care report` HTML; SVG files can carry the same rules in a `<style>`).
//!
//! The rules are built from the files' bytes by [`font_face_css`] alone; only where the bytes come from depends on
//! the target: natively they are compiled in ([`bundled_font_face_css`]); the web app already downloads the files
//! for its pages, so its module does not carry them a second time and reads them back from the app's `fonts/`
//! (`crate::services::font_files`).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

/// The family name the rules declare (the one the theme and the stylesheets ask for).
pub const FAMILY: &str = "Titillium Web";

/// The characters of the subset (the `unicode-range` of app.css's faces).
const UNICODE_RANGE: &str = "U+0020-007E, U+00A0-00FF, U+0131, U+0152-0153, U+0160-0161, U+0178, U+017D-017E, \
U+02C6, U+02DA, U+02DC, U+2013-2014, U+2018-201E, U+2020, U+2022, U+2026, U+2039-203A, U+2044, U+20AC, U+2122, U+2212";

/// One face: the CSS `font-weight` it serves and its file in the app's `fonts/` folder (`assets/fonts/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Face {
    /// The `font-weight` value of its rule.
    pub weight: &'static str,
    /// Its WOFF2 file's name.
    pub file: &'static str,
}

/// The faces, in the order of the rules: regular (400), and semibold (600), also used for bold (700) as in app.css.
pub const FACES: [Face; 2] = [
    Face {
        weight: "400",
        file: "titillium-web-400.woff2",
    },
    Face {
        weight: "600 700",
        file: "titillium-web-600.woff2",
    },
];

/// The `@font-face` rules of [`FACES`], given each face's WOFF2 bytes in the same order, sources inline.
pub fn font_face_css(woff2: [&[u8]; FACES.len()]) -> String {
    FACES
        .iter()
        .zip(woff2)
        .map(|(face, bytes)| {
            format!(
                "@font-face{{font-family:\"{FAMILY}\";font-style:normal;font-weight:{};\
                 unicode-range:{UNICODE_RANGE};src:url(data:font/woff2;base64,{}) format(\"woff2\")}}",
                face.weight,
                STANDARD.encode(bytes)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The rules with the faces compiled into the program (the files of [`FACES`]), built once.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_font_face_css() -> &'static str {
    static CSS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    CSS.get_or_init(|| {
        font_face_css([
            include_bytes!("../../assets/fonts/titillium-web-400.woff2"),
            include_bytes!("../../assets/fonts/titillium-web-600.woff2"),
        ])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_faces_are_inline_woff2() {
        let css = bundled_font_face_css();
        assert_eq!(css.matches("@font-face").count(), 2);
        assert_eq!(
            css.matches("url(data:font/woff2;base64,d09GMg").count(),
            2,
            "WOFF2 magic"
        );
        assert!(css.contains("font-weight:400;") && css.contains("font-weight:600 700;"));
        assert!(!css.contains("http") && !css.contains("../"));
    }

    #[test]
    fn the_bundled_faces_are_the_files_the_web_app_reads() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/fonts");
        let files = FACES.map(|face| std::fs::read(dir.join(face.file)).expect(face.file));
        assert_eq!(
            bundled_font_face_css(),
            font_face_css([&files[0], &files[1]])
        );
    }

    #[test]
    fn each_rule_carries_its_own_bytes() {
        let css = font_face_css([b"regular", b"semibold"]);
        let rules: Vec<&str> = css.lines().collect();
        assert_eq!(rules.len(), 2);
        assert!(rules[0].contains("font-weight:400;"));
        assert!(rules[0].contains(&format!("base64,{})", STANDARD.encode("regular"))));
        assert!(rules[1].contains("font-weight:600 700;"));
        assert!(rules[1].contains(&format!("base64,{})", STANDARD.encode("semibold"))));
    }
}
