//! One-call rendering of a chart to an SVG string and (natively) to a self-contained SVG file, PNG bytes or a PNG
//! file.

use plotters::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
use super::svg_font::embed;
use super::{draw_chart, Chart, ChartError, ChartText, Theme};

/// Default logical export size: 16:9, fits a slide.
pub const DEFAULT_EXPORT_SIZE: (u32, u32) = (800, 450);
/// Default PNG scale: 2 device pixels per logical pixel (1600x900 pixels at the default size).
pub const DEFAULT_EXPORT_SCALE: f64 = 2.0;

/// Renders a chart into an SVG document of `width` x `height` (the theme's scale is used as is; 1 is right for
/// SVG) that names the font without carrying it: for an SVG inside a page that declares the font. A file
/// takes [`render_svg_file`].
pub fn render_svg(
    chart: &Chart<'_>,
    text: &ChartText,
    theme: &Theme,
    width: u32,
    height: u32,
) -> Result<String, ChartError> {
    let mut out = String::new();
    {
        let root =
            SVGBackend::with_string(&mut out, (width.max(1), height.max(1))).into_drawing_area();
        draw_chart(&root, chart, text, theme)?;
        root.present()?;
    }
    Ok(out)
}

/// Renders a chart into a self-contained SVG document: [`render_svg`] with the font's faces embedded (see
/// [`super::svg_font`]), so that it renders the same on any machine. Native: the faces compiled in; the web app
/// embeds the faces it reads from its own font files (`crate::components::results::download`).
#[cfg(not(target_arch = "wasm32"))]
pub fn render_svg_file(
    chart: &Chart<'_>,
    text: &ChartText,
    theme: &Theme,
    (width, height): (u32, u32),
) -> Result<String, ChartError> {
    let svg = render_svg(chart, text, theme, width, height)?;
    Ok(embed(&svg, super::font_face::bundled_font_face_css()))
}

/// Renders a chart into PNG bytes. `width` and `height` are logical pixels; the image has
/// `width * scale` x `height * scale` pixels and the theme is used at that scale.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_png(
    chart: &Chart<'_>,
    text: &ChartText,
    theme: &Theme,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<Vec<u8>, ChartError> {
    let theme = theme.with_scale(scale);
    let pw = ((width.max(1) as f64) * theme.scale).round().max(1.0) as u32;
    let ph = ((height.max(1) as f64) * theme.scale).round().max(1.0) as u32;
    let mut buf = vec![255u8; pw as usize * ph as usize * 3];
    {
        // plotters' own bitmap text drawing misplaces glyphs: the wrapper draws text itself.
        let root = super::png_text::backend(BitMapBackend::with_buffer(&mut buf, (pw, ph)))
            .into_drawing_area();
        draw_chart(&root, chart, text, &theme)?;
        root.present()?;
    }
    encode_png(pw, ph, &buf)
}

/// Encodes RGB pixels as PNG with the `png` crate.
#[cfg(not(target_arch = "wasm32"))]
fn encode_png(width: u32, height: u32, rgb: &[u8]) -> Result<Vec<u8>, ChartError> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, width, height);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Best);
    let err = |e: png::EncodingError| ChartError(format!("PNG: {e}"));
    let mut w = enc.write_header().map_err(err)?;
    w.write_image_data(rgb).map_err(err)?;
    w.finish().map_err(err)?;
    Ok(out)
}

/// Renders a chart into a PNG file (see [`render_png`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn render_png_file(
    path: &std::path::Path,
    chart: &Chart<'_>,
    text: &ChartText,
    theme: &Theme,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<(), ChartError> {
    let bytes = render_png(chart, text, theme, width, height, scale)?;
    std::fs::write(path, bytes).map_err(|e| ChartError(format!("{}: {e}", path.display())))
}
