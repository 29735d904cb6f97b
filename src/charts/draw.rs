//! Small drawing helpers shared by the charts: a context with sizes proportional to the drawing
//! area, text measuring and fitting, and primitive shapes in device pixels.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use super::theme::{Palette, Theme};
use super::ChartError;

/// A rectangle in device pixels.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Area {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Area {
    pub fn w(&self) -> f64 {
        self.x1 - self.x0
    }
    pub fn h(&self) -> f64 {
        self.y1 - self.y0
    }
}

/// Text anchors.
pub(crate) const LT: (HPos, VPos) = (HPos::Left, VPos::Top);
pub(crate) const LC: (HPos, VPos) = (HPos::Left, VPos::Center);
pub(crate) const LB: (HPos, VPos) = (HPos::Left, VPos::Bottom);
pub(crate) const CT: (HPos, VPos) = (HPos::Center, VPos::Top);
pub(crate) const CC: (HPos, VPos) = (HPos::Center, VPos::Center);
pub(crate) const CB: (HPos, VPos) = (HPos::Center, VPos::Bottom);
pub(crate) const RC: (HPos, VPos) = (HPos::Right, VPos::Center);
pub(crate) const RB: (HPos, VPos) = (HPos::Right, VPos::Bottom);

/// plotters' font size is 1.24 times the CSS pixel size it writes into SVG.
const PLOTTERS_FONT_FACTOR: f64 = 1.24;

/// Drawing context: the area, the theme and derived sizes.
pub(crate) struct Ctx<'a, DB: DrawingBackend> {
    pub root: &'a DrawingArea<DB, Shift>,
    pub theme: &'a Theme,
    pub p: &'a Palette,
    /// Width and height in device pixels.
    pub w: f64,
    pub h: f64,
    /// One logical pixel (line widths, paddings) in device pixels.
    pub u: f64,
    /// Base font size (CSS pixels times scale).
    pub fs: f64,
}

impl<'a, DB: DrawingBackend> Ctx<'a, DB> {
    pub fn new(root: &'a DrawingArea<DB, Shift>, theme: &'a Theme) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        super::fonts::ensure(&theme.font_family);
        let (w, h) = root.dim_in_pixel();
        let (w, h) = (w.max(1) as f64, h.max(1) as f64);
        let scale = if theme.scale.is_finite() && theme.scale > 0.0 {
            theme.scale
        } else {
            1.0
        };
        let (lw, lh) = (w / scale, h / scale);
        let pres = if theme.presentation { 1.3 } else { 1.0 };
        let base = (lw / 58.0).min(lh / 30.0).clamp(12.0, 17.0) * pres;
        Self {
            root,
            theme,
            p: &theme.palette,
            w,
            h,
            u: scale * if theme.presentation { 1.25 } else { 1.0 },
            fs: base * scale,
        }
    }

    /// Small text size.
    pub fn small(&self) -> f64 {
        (self.fs * 0.85).max(11.0 * self.theme.scale)
    }

    /// Title text size.
    pub fn title_size(&self) -> f64 {
        self.fs * 1.4
    }

    /// A text style of the given size (CSS pixels times scale).
    pub fn style(&self, size: f64, bold: bool, color: RGBColor) -> TextStyle<'a> {
        let font = FontDesc::new(
            FontFamily::Name(self.theme.font_family.as_str()),
            size * PLOTTERS_FONT_FACTOR,
            if bold {
                FontStyle::Bold
            } else {
                FontStyle::Normal
            },
        );
        let mut style = TextStyle::from(font);
        style.color = color.to_backend_color();
        style
    }

    /// Draws a text with the given anchor.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &self,
        s: &str,
        x: f64,
        y: f64,
        size: f64,
        bold: bool,
        color: RGBColor,
        anchor: (HPos, VPos),
    ) -> Result<(), ChartError> {
        if s.is_empty() {
            return Ok(());
        }
        let style = self
            .style(size, bold, color)
            .pos(Pos::new(anchor.0, anchor.1));
        self.root.draw(&Text::new(
            s.to_string(),
            (x.round() as i32, y.round() as i32),
            style,
        ))?;
        Ok(())
    }

    /// Draws a text on a small box of the background colour, so that it stays legible over
    /// lines (cut-offs, grid) drawn under it.
    #[allow(clippy::too_many_arguments)]
    pub fn text_boxed(
        &self,
        s: &str,
        x: f64,
        y: f64,
        size: f64,
        bold: bool,
        color: RGBColor,
        anchor: (HPos, VPos),
    ) -> Result<(), ChartError> {
        if s.is_empty() {
            return Ok(());
        }
        let w = self.text_w(s, size, bold);
        let pad = 2.0 * self.u;
        let x0 = match anchor.0 {
            HPos::Left => x,
            HPos::Center => x - w / 2.0,
            HPos::Right => x - w,
        };
        // The box spans the digits' height (about 0.7 em) around the SVG baseline.
        let (top, bottom) = match anchor.1 {
            VPos::Top => (y + 0.06 * size, y + 0.76 * size),
            VPos::Center => (y - 0.45 * size, y + 0.25 * size),
            VPos::Bottom => (y - 0.95 * size, y - 0.25 * size),
        };
        self.rect(
            x0 - pad,
            top - pad,
            x0 + w + pad,
            bottom + pad,
            self.p.background,
        )?;
        self.text(s, x, y, size, bold, color, anchor)
    }

    /// Estimated width of a text in device pixels.
    pub fn text_w(&self, s: &str, size: f64, bold: bool) -> f64 {
        if s.is_empty() {
            return 0.0;
        }
        let style = self.style(size, bold, self.p.text);
        match self.root.estimate_text_size(s, &style) {
            Ok((w, _)) => w as f64,
            // Fallback: an average glyph is about half an em wide.
            Err(_) => s.chars().count() as f64 * size * 0.55,
        }
    }

    /// The text, shortened with "…" so that it fits in `max_w` device pixels.
    pub fn fit(&self, s: &str, size: f64, bold: bool, max_w: f64) -> String {
        if self.text_w(s, size, bold) <= max_w {
            return s.to_string();
        }
        let chars: Vec<char> = s.chars().collect();
        let (mut lo, mut hi) = (0usize, chars.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let cand: String = chars[..mid]
                .iter()
                .collect::<String>()
                .trim_end()
                .to_string()
                + "…";
            if self.text_w(&cand, size, bold) <= max_w {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if lo == 0 {
            return String::new();
        }
        chars[..lo]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…"
    }

    /// Splits a text into lines that fit in `max_w` (words longer than a line are shortened).
    pub fn wrap(&self, s: &str, size: f64, max_w: f64) -> Vec<String> {
        let mut lines = Vec::new();
        let mut cur = String::new();
        for word in s.split_whitespace() {
            let cand = if cur.is_empty() {
                word.to_string()
            } else {
                format!("{cur} {word}")
            };
            if self.text_w(&cand, size, false) <= max_w || cur.is_empty() {
                cur = cand;
            } else {
                lines.push(std::mem::take(&mut cur));
                cur = word.to_string();
            }
        }
        if !cur.is_empty() {
            lines.push(cur);
        }
        lines
            .into_iter()
            .map(|l| self.fit(&l, size, false, max_w))
            .collect()
    }

    /// A filled rectangle.
    pub fn rect(&self, x0: f64, y0: f64, x1: f64, y1: f64, c: RGBColor) -> Result<(), ChartError> {
        self.root.draw(&Rectangle::new(
            [
                (x0.round() as i32, y0.round() as i32),
                (x1.round() as i32, y1.round() as i32),
            ],
            c.filled(),
        ))?;
        Ok(())
    }

    /// A rectangle outline.
    pub fn rect_stroke(
        &self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        c: RGBColor,
        width: f64,
    ) -> Result<(), ChartError> {
        self.root.draw(&Rectangle::new(
            [
                (x0.round() as i32, y0.round() as i32),
                (x1.round() as i32, y1.round() as i32),
            ],
            c.stroke_width(width.round().max(1.0) as u32),
        ))?;
        Ok(())
    }

    /// A polyline.
    pub fn line(&self, pts: &[(f64, f64)], c: RGBColor, width: f64) -> Result<(), ChartError> {
        let pts: Vec<(i32, i32)> = pts
            .iter()
            .map(|&(x, y)| (x.round() as i32, y.round() as i32))
            .collect();
        self.root.draw(&PathElement::new(
            pts,
            c.stroke_width(width.round().max(1.0) as u32),
        ))?;
        Ok(())
    }

    /// A dashed polyline.
    pub fn dashed(&self, pts: &[(f64, f64)], c: RGBColor, width: f64) -> Result<(), ChartError> {
        let pts: Vec<(i32, i32)> = pts
            .iter()
            .map(|&(x, y)| (x.round() as i32, y.round() as i32))
            .collect();
        let dash = (5.0 * self.u).round() as i32;
        let gap = (3.0 * self.u).round() as i32;
        self.root.draw(&DashedPathElement::new(
            pts,
            dash,
            gap,
            c.stroke_width(width.round().max(1.0) as u32),
        ))?;
        Ok(())
    }

    /// A filled polygon (with opacity `alpha`).
    pub fn polygon(&self, pts: &[(f64, f64)], c: RGBColor, alpha: f64) -> Result<(), ChartError> {
        let pts: Vec<(i32, i32)> = pts
            .iter()
            .map(|&(x, y)| (x.round() as i32, y.round() as i32))
            .collect();
        self.root.draw(&Polygon::new(pts, c.mix(alpha).filled()))?;
        Ok(())
    }

    /// A circle, filled or outlined.
    pub fn circle(
        &self,
        x: f64,
        y: f64,
        r: f64,
        c: RGBColor,
        filled: bool,
    ) -> Result<(), ChartError> {
        let style = if filled {
            c.filled()
        } else {
            c.stroke_width(self.u.round().max(1.0) as u32)
        };
        self.root.draw(&Circle::new(
            (x.round() as i32, y.round() as i32),
            r.round().max(1.0) as i32,
            style,
        ))?;
        Ok(())
    }

    /// Marker shapes for the three sub-indices, so they differ by shape, not only colour:
    /// 0 circle, 1 square, 2 triangle (pointing up), 3 diamond.
    pub fn marker(
        &self,
        shape: usize,
        x: f64,
        y: f64,
        r: f64,
        c: RGBColor,
    ) -> Result<(), ChartError> {
        match shape {
            0 => self.circle(x, y, r, c, true),
            1 => {
                let h = r * 0.9;
                self.rect(x - h, y - h, x + h, y + h, c)
            }
            2 => {
                let h = r * 1.15;
                self.polygon(
                    &[(x, y - h), (x + h, y + h * 0.8), (x - h, y + h * 0.8)],
                    c,
                    1.0,
                )
            }
            _ => {
                let h = r * 1.2;
                self.polygon(&[(x, y - h), (x + h, y), (x, y + h), (x - h, y)], c, 1.0)
            }
        }
    }

    /// Diagonal hatching inside a rectangle (for not-applicable cells).
    pub fn hatch(&self, a: Area, c: RGBColor) -> Result<(), ChartError> {
        let step = (6.0 * self.u).max(3.0);
        let mut k = step;
        while k < a.w() + a.h() {
            // Line from (x0 + k, y0) going down-left, clipped to the rectangle.
            let (mut xs, mut ys) = (a.x0 + k, a.y0);
            if xs > a.x1 {
                ys += xs - a.x1;
                xs = a.x1;
            }
            let (mut xe, mut ye) = (a.x0 + k - a.h(), a.y1);
            if xe < a.x0 {
                ye -= a.x0 - xe;
                xe = a.x0;
            }
            self.line(&[(xs, ys), (xe, ye)], c, self.u)?;
            k += step;
        }
        Ok(())
    }

    /// Fills the background, draws the title and the optional footer, and returns the area left
    /// for the chart body.
    pub fn frame(&self, title: &str, footer: Option<&str>) -> Result<Area, ChartError> {
        self.root.fill(&self.p.background)?;
        let pad = (self.w * 0.03).clamp(8.0 * self.u, 24.0 * self.u);
        let mut top = pad;
        if !title.is_empty() {
            let ts = self.title_size();
            let t = self.fit(title, ts, true, self.w - 2.0 * pad);
            self.text(&t, pad, top, ts, true, self.p.text, LT)?;
            top += ts * 1.25 + 6.0 * self.u;
        }
        let mut bottom = self.h - pad * 0.7;
        if let Some(f) = footer.filter(|f| !f.trim().is_empty()) {
            let fs = self.small();
            let f = self.fit(f, fs, false, self.w - 2.0 * pad);
            self.line(
                &[(pad, bottom - fs * 1.5), (self.w - pad, bottom - fs * 1.5)],
                self.p.grid,
                self.u,
            )?;
            self.text(&f, pad, bottom, fs, false, self.p.muted, LB)?;
            bottom -= fs * 1.5 + 6.0 * self.u;
        }
        Ok(Area {
            x0: pad,
            y0: top,
            x1: self.w - pad,
            y1: bottom.max(top + 1.0),
        })
    }
}
