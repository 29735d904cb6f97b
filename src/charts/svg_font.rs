//! Self-contained SVG: the font the chart was laid out with (the Titillium Web subset the app ships), embedded
//! as the `@font-face` rules of [`super::font_face`] (WOFF2 data URIs) in a `<style>` of the SVG, so that a
//! downloaded chart and `care report`'s render the same on any machine, also one without Titillium Web.

use super::font_face::font_face_css;

/// The SVG document with the font's faces embedded right after its opening `<svg …>` tag.
pub fn embed(svg: &str) -> String {
    match svg
        .find("<svg")
        .and_then(|i| svg[i..].find('>').map(|j| i + j + 1))
    {
        Some(at) => format!(
            "{}\n<defs><style>{}</style></defs>{}",
            &svg[..at],
            font_face_css(),
            &svg[at..]
        ),
        None => svg.to_string(),
    }
}
