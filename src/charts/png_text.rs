//! Native text drawing for the PNG output: the [`PaintText`] of the PNG backend ([`backend`], a
//! [`TextBackend`] around a `BitMapBackend`), which rasterises text itself with `ab_glyph`, at the pen positions
//! of the charts' metrics table ([`super::metrics`], the same advance widths and kerning the browser uses).
//!
//! plotters' own `ab_glyph` text drawing drops each glyph's left side bearing, puts the text about a quarter
//! of an em higher than the SVG output and uses a smaller em. Here the text is drawn the way the SVG backend
//! asks a browser to draw it:
//!
//! - the em and the baseline are the [`Placement`] of every bitmap backend (em = plotters' size / 1.24; the
//!   baseline 0.76 em under top anchors, 0.5 ex under centre anchors, 0.5 ex above bottom anchors);
//! - glyphs are placed at the metrics table's pen positions, each rasterised at its own sub-pixel position;
//! - horizontal anchors use the advance width (SVG `text-anchor`);
//! - rotated text (90, 180, 270 degrees) turns around the anchor point, like the SVG
//!   `rotate(angle, x, y)`.

use std::sync::OnceLock;

use ab_glyph::{point, Font, FontRef, PxScale};
use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind, FontStyle, FontTransform,
};

use super::text_backend::{PaintText, Placement, TextBackend, PLOTTERS_FONT_FACTOR};

fn font(bold: bool) -> &'static FontRef<'static> {
    static REGULAR: OnceLock<FontRef<'static>> = OnceLock::new();
    static BOLD: OnceLock<FontRef<'static>> = OnceLock::new();
    let (cell, bytes) = if bold {
        (&BOLD, super::fonts::BOLD)
    } else {
        (&REGULAR, super::fonts::REGULAR)
    };
    cell.get_or_init(|| {
        // The bundled bytes are a valid TrueType font (checked by the tests).
        FontRef::try_from_slice(bytes).expect("bundled font parses")
    })
}

/// One positioned glyph of a laid-out line (pen position on the baseline, relative to the
/// left end of the line).
struct Laid {
    glyph: ab_glyph::GlyphId,
    x: f32,
}

/// A laid-out line of text.
pub(crate) struct Layout {
    glyphs: Vec<Laid>,
    /// Total advance width in pixels.
    pub width: f32,
    /// The em in pixels.
    pub em: f32,
    scale: PxScale,
    bold: bool,
}

/// Lays out `text` at plotters' font size `size` (bold or regular).
pub(crate) fn layout(text: &str, size: f64, bold: bool) -> Layout {
    let f = font(bold);
    let metrics = super::metrics::face(bold);
    let em = (size as f32 / PLOTTERS_FONT_FACTOR as f32).max(0.0);
    let upem = f.units_per_em().unwrap_or(1000.0);
    // ab_glyph scales the ascent-to-descent height to the px scale; we want `em` per em.
    let scale = PxScale::from(em * f.height_unscaled() / upem);
    let (pos, width) = metrics.positions(text);
    let glyphs = pos
        .into_iter()
        .map(|(c, x)| Laid {
            glyph: f.glyph_id(c),
            x: x * em,
        })
        .collect();
    Layout {
        glyphs,
        width: width * em,
        em,
        scale,
        bold,
    }
}

impl Layout {
    /// The pen origin of the line (left end of the baseline) relative to the anchor point.
    pub fn origin(&self, at: Placement) -> (f32, f32) {
        let x = match at.h {
            HPos::Left => 0.0,
            HPos::Center => -self.width / 2.0,
            HPos::Right => -self.width,
        };
        (x, self.em * at.baseline as f32)
    }

    /// Rasterises the line with its pen origin at `(ox, oy)` (relative coordinates), calling
    /// `pixel(x, y, coverage)` for every covered pixel.
    pub fn raster(&self, ox: f32, oy: f32, mut pixel: impl FnMut(i32, i32, f32)) {
        let f = font(self.bold);
        for g in &self.glyphs {
            let glyph = g
                .glyph
                .with_scale_and_position(self.scale, point(ox + g.x, oy));
            if let Some(outlined) = f.outline_glyph(glyph) {
                let b = outlined.px_bounds();
                let (bx, by) = (b.min.x as i32, b.min.y as i32);
                outlined.draw(|x, y, c| {
                    if c > 0.0 {
                        pixel(bx + x as i32, by + y as i32, c.min(1.0));
                    }
                });
            }
        }
    }
}

/// The PNG backend: `DB` (a `BitMapBackend`) with its text rasterised by [`Glyphs`].
pub(crate) fn backend<DB: DrawingBackend>(inner: DB) -> TextBackend<DB, Glyphs> {
    TextBackend::wrap(inner, Glyphs)
}

/// Draws text with [`layout`], pixel by pixel on the wrapped backend.
pub(crate) struct Glyphs;

impl<DB: DrawingBackend> PaintText<DB> for Glyphs {
    fn paint<S: BackendTextStyle>(
        &mut self,
        inner: &mut DB,
        text: &str,
        style: &S,
        at: Placement,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        let color = style.color();
        let lay = layout(text, style.size(), at.bold);
        let (ox, oy) = lay.origin(at);
        let trans = style.transform();
        let (w, h) = inner.get_size();
        let mut pixels = Vec::new();
        lay.raster(ox, oy, |x, y, c| {
            let (tx, ty) = match trans {
                FontTransform::None => (x, y),
                // Pixel (x, y) covers [x, x+1) x [y, y+1): rotate the square, not its corner.
                FontTransform::Rotate90 => (-y - 1, x),
                FontTransform::Rotate180 => (-x - 1, -y - 1),
                FontTransform::Rotate270 => (y, -x - 1),
            };
            let (px, py) = (pos.0 + tx, pos.1 + ty);
            if px >= 0 && py >= 0 && (px as u32) < w && (py as u32) < h {
                pixels.push((px, py, c));
            }
        });
        for (x, y, c) in pixels {
            inner.draw_pixel(
                (x, y),
                BackendColor {
                    alpha: color.alpha * c as f64,
                    rgb: color.rgb,
                },
            )?;
        }
        Ok(())
    }

    fn size<S: BackendTextStyle>(
        &self,
        _inner: &DB,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<DB::ErrorType>> {
        let bold = matches!(style.style(), FontStyle::Bold);
        let lay = layout(text, style.size(), bold);
        Ok((lay.width.ceil() as u32, lay.em.round() as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ab_glyph::ScaleFont;
    use plotters::prelude::*;
    use plotters::style::text_anchor::{Pos, VPos};

    #[test]
    fn bundled_fonts_parse_and_have_an_x_height() {
        for bold in [false, true] {
            let lay = layout("x", 62.0, bold);
            assert!((lay.em - 50.0).abs() < 1e-3);
            // Titillium Web's x-height is half an em.
            let ex = super::super::metrics::face(bold).x_height * lay.em;
            assert!((ex - 25.0).abs() < 1.5, "ex = {ex}");
        }
    }

    #[test]
    fn width_is_the_sum_of_advances() {
        let a = layout("Servi", 24.8, false).width;
        let b = layout("zi", 24.8, false).width;
        let ab = layout("Servizi", 24.8, false).width;
        assert!((a + b - ab).abs() < 0.5);
    }

    const W: u32 = 400;
    const H: u32 = 120;

    /// Draws `s` at (x, y) with plotters size `size` and returns the ink box
    /// (min x, min y, max x, max y) and the columns holding ink.
    fn ink(
        s: &str,
        size: f64,
        anchor: (HPos, VPos),
        x: i32,
        y: i32,
    ) -> ((i32, i32, i32, i32), Vec<bool>) {
        let mut buf = vec![255u8; (W * H * 3) as usize];
        {
            let root = backend(BitMapBackend::with_buffer(&mut buf, (W, H))).into_drawing_area();
            let style = TextStyle::from(("sans-serif", size).into_font())
                .color(&BLACK)
                .pos(Pos::new(anchor.0, anchor.1));
            root.draw(&Text::new(s.to_string(), (x, y), style)).unwrap();
            root.present().unwrap();
        }
        let mut b = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
        let mut cols = vec![false; W as usize];
        for py in 0..H as i32 {
            for px in 0..W as i32 {
                if buf[((py as u32 * W + px as u32) * 3) as usize] < 128 {
                    b = (b.0.min(px), b.1.min(py), b.2.max(px), b.3.max(py));
                    cols[px as usize] = true;
                }
            }
        }
        (b, cols)
    }

    #[test]
    fn baseline_matches_the_svg_dy() {
        // SVG: top anchors put the baseline 0.76 em below y, centre anchors 0.5 ex below y,
        // bottom anchors 0.5 ex above y. "xz" has no ascender and no descender: its ink spans
        // [baseline - ex, baseline].
        let size = 49.6; // em 40 px, ex 20 px
        for (v, baseline) in [
            (VPos::Top, 20.0 + 30.4),
            (VPos::Center, 60.0 + 10.0),
            (VPos::Bottom, 90.0 - 10.0),
        ] {
            let y = match v {
                VPos::Top => 20,
                VPos::Center => 60,
                VPos::Bottom => 90,
            };
            let (b, _) = ink("xz", size, (HPos::Left, v), 10, y);
            assert!(
                (b.3 as f64 + 1.0 - baseline).abs() <= 1.5,
                "y {y}: ink bottom {} vs baseline {baseline}",
                b.3 + 1
            );
            assert!(
                (b.1 as f64 - (baseline - 20.0)).abs() <= 1.5,
                "y {y}: ink top {} vs x-height",
                b.1
            );
        }
    }

    #[test]
    fn letters_keep_their_side_bearings() {
        // Every letter of a word starts at its pen position plus its left side bearing:
        // the gaps between the letters of "Servizi" are those of the font, so no gap is
        // much wider than the widest one the font gives ("Servi zi" had a 2-3x wider gap).
        let size = 49.6;
        let lay = layout("Servizi", size, false);
        let f = font(false);
        let sf = f.as_scaled(lay.scale);
        let (_, cols) = ink("Servizi", size, (HPos::Left, VPos::Top), 10, 20);
        // Expected ink columns from the font's own glyph bounds.
        let mut expected = vec![false; W as usize];
        for g in &lay.glyphs {
            let gl = g
                .glyph
                .with_scale_and_position(lay.scale, point(10.0 + g.x, 0.0));
            let ob = sf.outline_glyph(gl).unwrap().px_bounds();
            for x in ob.min.x as i32 + 1..ob.max.x as i32 - 1 {
                expected[x as usize] = true;
            }
        }
        for (x, (&e, &c)) in expected.iter().zip(&cols).enumerate() {
            assert!(!e || c, "column {x} should hold ink");
        }
        // And the anchors: right-aligned text ends at x, centred text is centred on x.
        let (r, _) = ink("Servizi", size, (HPos::Right, VPos::Top), 300, 20);
        assert!((r.2 + 1 - 300).abs() <= 4, "right end {}", r.2);
        let (c, _) = ink("o", size, (HPos::Center, VPos::Top), 200, 20);
        assert!(((c.0 + c.2 + 1) as f32 / 2.0 - 200.0).abs() <= 1.5);
    }

    #[test]
    fn rotated_text_turns_around_the_anchor() {
        let mut buf = vec![255u8; (W * H * 3) as usize];
        {
            let root = backend(BitMapBackend::with_buffer(&mut buf, (W, H))).into_drawing_area();
            let style = TextStyle::from(
                ("sans-serif", 24.8)
                    .into_font()
                    .transform(FontTransform::Rotate270),
            )
            .color(&BLACK)
            .pos(Pos::new(HPos::Left, VPos::Top));
            root.draw(&Text::new("Servizi".to_string(), (50, 110), style))
                .unwrap();
            root.present().unwrap();
        }
        // Rotated 270 degrees: the text runs upwards from y = 110, to the right of x = 50.
        let (mut minx, mut miny, mut maxy) = (i32::MAX, i32::MAX, i32::MIN);
        for py in 0..H as i32 {
            for px in 0..W as i32 {
                if buf[((py as u32 * W + px as u32) * 3) as usize] < 128 {
                    minx = minx.min(px);
                    miny = miny.min(py);
                    maxy = maxy.max(py);
                }
            }
        }
        let len = layout("Servizi", 24.8, false).width;
        assert!((50..60).contains(&minx), "min x {minx}");
        assert!((105..=110).contains(&maxy), "max y {maxy}");
        assert!(
            ((110 - miny) as f32 - len).abs() < 4.0,
            "length {}",
            110 - miny
        );
    }
}
