//! The layout context shared by the charts: sizes proportional to the canvas, text measured with the shipped
//! font ([`super::metrics`]), wrapped onto two lines before it is cut, placed where it collides with nothing,
//! and every shape and text recorded into a [`Scene`] (drawn later on any backend).

use plotters::prelude::RGBColor;
use plotters::style::text_anchor::{HPos, VPos};

use super::data::Cutoffs;
use super::metrics::{face, text_width};
use super::scene::{Label, Rect, Role, Scene, Shape};
use super::text::ChartText;
use super::theme::{Palette, Theme};

/// Text anchors: horizontal position, and the vertical position on the ink box of the text.
pub(crate) const LT: (HPos, VPos) = (HPos::Left, VPos::Top);
pub(crate) const LC: (HPos, VPos) = (HPos::Left, VPos::Center);
pub(crate) const LB: (HPos, VPos) = (HPos::Left, VPos::Bottom);
pub(crate) const CT: (HPos, VPos) = (HPos::Center, VPos::Top);
pub(crate) const CC: (HPos, VPos) = (HPos::Center, VPos::Center);
pub(crate) const CB: (HPos, VPos) = (HPos::Center, VPos::Bottom);
pub(crate) const RT: (HPos, VPos) = (HPos::Right, VPos::Top);
pub(crate) const RC: (HPos, VPos) = (HPos::Right, VPos::Center);

/// The distance between the baselines of wrapped lines, in ems.
pub(crate) const LINE_PITCH: f64 = 1.2;

/// A rectangle in device pixels.
pub(crate) type Area = Rect;

/// How a text is set: size (pixels per em), weight and colour.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Font {
    pub size: f64,
    pub bold: bool,
    pub color: RGBColor,
}

/// The layout context: the canvas, the theme, derived sizes and the scene being built.
pub(crate) struct Ctx<'a> {
    pub theme: &'a Theme,
    pub p: &'a Palette,
    /// Width and height in device pixels.
    pub w: f64,
    pub h: f64,
    /// One logical pixel (line widths, paddings) in device pixels.
    pub u: f64,
    /// Base font size (pixels per em, device pixels).
    pub fs: f64,
    pub scene: Scene,
}

impl<'a> Ctx<'a> {
    /// A context for a canvas of `w` x `h` device pixels.
    pub fn new(w: f64, h: f64, theme: &'a Theme) -> Self {
        let (w, h) = (w.max(1.0), h.max(1.0));
        let scale = if theme.scale.is_finite() && theme.scale > 0.0 {
            theme.scale
        } else {
            1.0
        };
        let lw = w / scale;
        let pres = if theme.presentation { 1.3 } else { 1.0 };
        // Type follows the width (not the height, which follows the content), with a floor for phones.
        let base = (lw / 52.0).clamp(13.0, 17.0) * pres;
        let u = scale * if theme.presentation { 1.25 } else { 1.0 };
        Self {
            theme,
            p: &theme.palette,
            w,
            h,
            u,
            fs: base * scale,
            scene: Scene {
                width: w,
                height: h,
                background: theme.palette.background,
                shapes: Vec::new(),
                labels: Vec::new(),
                unit: u,
            },
        }
    }

    /// Small text size.
    pub fn small(&self) -> f64 {
        (self.fs * 0.85).max(12.0 * self.theme.scale)
    }

    /// Title text size.
    pub fn title_size(&self) -> f64 {
        self.fs * 1.35
    }

    /// The laid-out scene, with the lines that yield interrupted under the texts.
    pub fn finish(mut self) -> Scene {
        self.scene.open_gaps();
        self.scene
    }

    // ----- measuring -----

    /// Width of a one-line text in device pixels.
    pub fn text_w(&self, s: &str, size: f64, bold: bool) -> f64 {
        text_width(s, size, bold)
    }

    /// Height of the ink box of `n` lines.
    pub fn lines_h(&self, n: usize, size: f64, bold: bool) -> f64 {
        let f = face(bold);
        let ink = f64::from(f.ink_top + f.ink_bottom) * size;
        if n == 0 {
            0.0
        } else {
            ink + (n as f64 - 1.0) * LINE_PITCH * size
        }
    }

    /// The text shortened with "…" to fit `max_w`.
    pub fn fit(&self, s: &str, size: f64, bold: bool, max_w: f64) -> String {
        fit(s, size, bold, max_w)
    }

    /// The text wrapped into at most `max_lines` lines of `max_w`; the last one is cut with "…" only when
    /// the text does not fit in them. Returns the lines and whether the text was cut.
    pub fn wrap(
        &self,
        s: &str,
        size: f64,
        bold: bool,
        max_w: f64,
        max_lines: usize,
    ) -> (Vec<String>, bool) {
        wrap(s, size, bold, max_w, max_lines)
    }

    // ----- collisions -----

    /// Whether a box would overlap a text already placed or a mark (bar, cell, marker), or be crossed by a line
    /// that does not yield.
    pub fn blocked(&self, r: &Rect) -> bool {
        let r0 = r.grow(-0.5);
        self.scene
            .labels
            .iter()
            .flat_map(|l| l.boxes())
            .any(|b| b.overlaps(&r0))
            || self.scene.shapes.iter().any(|s| {
                s.mark_box().is_some_and(|m| m.overlaps(&r0))
                    || matches!(s, Shape::Line { yields: false, .. } | Shape::Stroke { .. })
                        && s.segments()
                            .iter()
                            .any(|(a, b, w)| r0.grow(w / 2.0).clip(*a, *b).is_some())
            })
    }

    /// Whether a box would be crossed by a cut-off (a dashed line): a value there would read as the cut-off's.
    pub fn on_cutoff(&self, r: &Rect) -> bool {
        let r0 = r.grow(-0.5);
        self.scene.shapes.iter().any(|s| {
            matches!(s, Shape::Line { dashed: true, .. })
                && s.segments()
                    .iter()
                    .any(|(a, b, w)| r0.grow(w / 2.0).clip(*a, *b).is_some())
        })
    }

    // ----- recording -----

    /// Records a shape and returns its index (a host for the text written on it).
    pub fn shape(&mut self, s: Shape) -> usize {
        self.scene.shapes.push(s);
        self.scene.shapes.len() - 1
    }

    /// The ink box a one-line text would have at (x, y) with the anchor.
    pub fn text_box(&self, s: &str, x: f64, y: f64, font: Font, anchor: (HPos, VPos)) -> Rect {
        self.block_box(&[s.to_string()], x, y, font, anchor)
    }

    fn block_box(
        &self,
        lines: &[String],
        x: f64,
        y: f64,
        font: Font,
        anchor: (HPos, VPos),
    ) -> Rect {
        let w = lines
            .iter()
            .map(|l| self.text_w(l, font.size, font.bold))
            .fold(0.0, f64::max);
        let h = self.lines_h(lines.len(), font.size, font.bold);
        let x0 = match anchor.0 {
            HPos::Left => x,
            HPos::Center => x - w / 2.0,
            HPos::Right => x - w,
        };
        let y0 = match anchor.1 {
            VPos::Top => y,
            VPos::Center => y - h / 2.0,
            VPos::Bottom => y - h,
        };
        Rect::new(x0, y0, x0 + w, y0 + h)
    }

    /// Records lines of text (already wrapped) anchored at (x, y); returns the ink box.
    #[allow(clippy::too_many_arguments)]
    pub fn put(
        &mut self,
        lines: Vec<String>,
        full: &str,
        cut: bool,
        max: (f64, usize),
        x: f64,
        y: f64,
        font: Font,
        anchor: (HPos, VPos),
        host: Option<usize>,
        role: Role,
    ) -> Rect {
        let b = self.block_box(&lines, x, y, font, anchor);
        if lines.iter().all(String::is_empty) {
            return b;
        }
        self.scene.labels.push(Label {
            lines,
            full: full.to_string(),
            cut,
            max_w: max.0,
            max_lines: max.1,
            x,
            top: b.y0,
            em: font.size,
            pitch: LINE_PITCH * font.size,
            bold: font.bold,
            color: font.color,
            align: anchor.0.into(),
            host,
            role,
        });
        b
    }

    /// A one-line text that is not cut (numbers, short words); returns its box.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        s: &str,
        x: f64,
        y: f64,
        size: f64,
        bold: bool,
        color: RGBColor,
        anchor: (HPos, VPos),
    ) -> Rect {
        let font = Font { size, bold, color };
        self.put(
            vec![s.to_string()],
            s,
            false,
            (f64::INFINITY, 1),
            x,
            y,
            font,
            anchor,
            None,
            Role::Body,
        )
    }

    /// A text written on a shape (it may cover that shape).
    #[allow(clippy::too_many_arguments)]
    pub fn text_on(
        &mut self,
        host: usize,
        s: &str,
        x: f64,
        y: f64,
        font: Font,
        anchor: (HPos, VPos),
    ) -> Rect {
        self.put(
            vec![s.to_string()],
            s,
            false,
            (f64::INFINITY, 1),
            x,
            y,
            font,
            anchor,
            Some(host),
            Role::Body,
        )
    }

    /// A label wrapped into at most `max_lines` lines of `max_w` (cut only when they do not hold it).
    #[allow(clippy::too_many_arguments)]
    pub fn label(
        &mut self,
        s: &str,
        x: f64,
        y: f64,
        font: Font,
        anchor: (HPos, VPos),
        max_w: f64,
        max_lines: usize,
    ) -> Rect {
        let (lines, cut) = self.wrap(s, font.size, font.bold, max_w, max_lines);
        self.put(
            lines,
            s,
            cut,
            (max_w, max_lines),
            x,
            y,
            font,
            anchor,
            None,
            Role::Body,
        )
    }

    /// A filled rectangle that is a mark (bar, cell, swatch); returns its index.
    pub fn mark(&mut self, r: Rect, color: RGBColor) -> usize {
        self.shape(Shape::Fill {
            rect: r,
            color,
            mark: true,
        })
    }

    /// A background tint.
    pub fn tint(&mut self, r: Rect, color: RGBColor) {
        self.shape(Shape::Fill {
            rect: r,
            color,
            mark: false,
        });
    }

    /// A rectangle outline.
    pub fn stroke(&mut self, r: Rect, color: RGBColor, width: f64) {
        self.shape(Shape::Stroke {
            rect: r,
            color,
            width,
            dashed: false,
        });
    }

    /// A dashed rectangle outline.
    pub fn stroke_dashed(&mut self, r: Rect, color: RGBColor, width: f64) {
        self.shape(Shape::Stroke {
            rect: r,
            color,
            width,
            dashed: true,
        });
    }

    /// A solid line that text must avoid (axes, markers' stems).
    pub fn line(&mut self, pts: &[(f64, f64)], color: RGBColor, width: f64) {
        self.shape(Shape::Line {
            pts: pts.to_vec(),
            color,
            width,
            dashed: false,
            yields: false,
        });
    }

    /// A grid line, interrupted under text.
    pub fn grid(&mut self, pts: &[(f64, f64)], color: RGBColor, width: f64) {
        self.shape(Shape::Line {
            pts: pts.to_vec(),
            color,
            width,
            dashed: false,
            yields: true,
        });
    }

    /// A dashed cut-off line, interrupted under text.
    pub fn dashed(&mut self, pts: &[(f64, f64)], color: RGBColor, width: f64) {
        self.shape(Shape::Line {
            pts: pts.to_vec(),
            color,
            width,
            dashed: true,
            yields: true,
        });
    }

    /// A filled polygon (background when `mark` is false).
    pub fn polygon(&mut self, pts: &[(f64, f64)], color: RGBColor, alpha: f64, mark: bool) {
        self.shape(Shape::Polygon {
            pts: pts.to_vec(),
            color,
            alpha,
            mark,
        });
    }

    /// A marker shape: 0 circle, 1 square, 2 triangle, 3 diamond (so series differ by shape, not only colour).
    pub fn marker(&mut self, shape: usize, x: f64, y: f64, r: f64, color: RGBColor) {
        self.shape(Shape::Marker {
            shape,
            x,
            y,
            r,
            color,
            halo: None,
        });
    }

    /// A marker with a ring of the background colour, to stand out on lines.
    pub fn marker_halo(&mut self, shape: usize, x: f64, y: f64, r: f64, color: RGBColor) {
        self.shape(Shape::Marker {
            shape,
            x,
            y,
            r,
            color,
            halo: Some((self.p.background, 1.5 * self.u)),
        });
    }

    /// Diagonal hatching inside a rectangle (not-applicable cells), interrupted under text.
    pub fn hatch(&mut self, a: Area, c: RGBColor) {
        let step = (6.0 * self.u).max(3.0);
        let mut k = step;
        while k < a.w() + a.h() {
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
            self.grid(&[(xs, ys), (xe, ye)], c, self.u);
            k += step;
        }
    }

    /// The outer padding.
    pub fn pad(&self) -> f64 {
        (self.w * 0.03).clamp(8.0 * self.u, 24.0 * self.u)
    }

    /// One heading of the frame (the title or a slide's subtitle), wrapped to two lines across the full width;
    /// returns the top of what follows it.
    fn heading_line(&mut self, s: &str, font: Font, pad: f64, top: f64, full_w: f64) -> f64 {
        let (lines, cut) = self.wrap(s, font.size, font.bold, full_w, 2);
        let b = self.put(
            lines,
            s,
            cut,
            (full_w, 2),
            pad,
            top,
            font,
            LT,
            None,
            Role::Title,
        );
        b.y1 + 10.0 * self.u
    }

    /// The title (wrapped to two lines), the subtitle of a slide, the provisional mark and the footer; returns the area left for the
    /// chart body. The footer sits at the bottom of the canvas.
    pub fn frame(&mut self, title: &str, text: &ChartText) -> Area {
        let pad = self.pad();
        let mut top = pad;
        let full_w = self.w - 2.0 * pad;
        if !title.is_empty() {
            let font = Font {
                size: self.title_size(),
                bold: true,
                color: self.p.text,
            };
            top = self.heading_line(title, font, pad, top, full_w);
        }
        if let Some(sub) = text.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
            let font = Font {
                size: self.fs,
                bold: false,
                color: self.p.muted,
            };
            top = self.heading_line(sub, font, pad, top, full_w);
        }
        if let Some(mark) = text.provisional.as_deref().filter(|m| !m.trim().is_empty()) {
            top = self.provisional(mark, pad, top, full_w) + 8.0 * self.u;
        }
        let mut bottom = self.h - pad * 0.7;
        if let Some(f) = text.footer.as_deref().filter(|f| !f.trim().is_empty()) {
            let font = Font {
                size: self.small(),
                bold: false,
                color: self.p.muted,
            };
            let (lines, cut) = self.wrap(f, font.size, false, full_w, 2);
            let h = self.lines_h(lines.len(), font.size, false);
            let y = bottom - h;
            self.put(
                lines,
                f,
                cut,
                (full_w, 2),
                pad,
                y,
                font,
                LT,
                None,
                Role::Footer,
            );
            let ly = y - 6.0 * self.u;
            self.line(&[(pad, ly), (self.w - pad, ly)], self.p.grid, self.u);
            bottom = ly - 8.0 * self.u;
        }
        Area::new(pad, top, self.w - pad, bottom.max(top + 1.0))
    }

    /// The provisional mark: a framed warning line under the title; returns its bottom.
    fn provisional(&mut self, mark: &str, x: f64, y: f64, max_w: f64) -> f64 {
        let font = Font {
            size: self.fs,
            bold: true,
            color: self.p.warning_text,
        };
        let padx = 8.0 * self.u;
        let pady = 5.0 * self.u;
        let (lines, cut) = self.wrap(mark, font.size, true, max_w - 2.0 * padx, 2);
        let w = lines
            .iter()
            .map(|l| self.text_w(l, font.size, true))
            .fold(0.0, f64::max);
        let h = self.lines_h(lines.len(), font.size, true);
        let plate = Rect::new(x, y, x + w + 2.0 * padx, y + h + 2.0 * pady);
        let host = self.mark(plate, self.p.warning);
        self.stroke(plate, self.p.warning_text, 1.5 * self.u);
        self.put(
            lines,
            mark,
            cut,
            (max_w - 2.0 * padx, 2),
            x + padx,
            y + pady,
            font,
            LT,
            Some(host),
            Role::Body,
        );
        plate.y1
    }
}

/// The text shortened with "…" so that it fits in `max_w` device pixels (empty if not even "…" fits).
pub(crate) fn fit(s: &str, size: f64, bold: bool, max_w: f64) -> String {
    // A width computed as a sum and a difference may miss the text's own by a rounding error.
    let max_w = max_w + 1e-6;
    if text_width(s, size, bold) <= max_w {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    let cand = |n: usize| chars[..n].iter().collect::<String>().trim_end().to_string() + "…";
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if text_width(&cand(mid), size, bold) <= max_w {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo == 0 {
        if text_width("…", size, bold) <= max_w {
            "…".to_string()
        } else {
            String::new()
        }
    } else {
        cand(lo)
    }
}

/// Greedy word wrap into at most `max_lines` lines of `max_w`; the rest of the text goes on the last line, cut
/// with "…" if it does not fit. Returns the lines and whether the text was cut.
pub(crate) fn wrap(
    s: &str,
    size: f64,
    bold: bool,
    max_w: f64,
    max_lines: usize,
) -> (Vec<String>, bool) {
    let max_w = max_w + 1e-6;
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut lines: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() && lines.len() + 1 < max_lines.max(1) {
        let mut cur = words[i].to_string();
        i += 1;
        while i < words.len() {
            let cand = format!("{cur} {}", words[i]);
            if text_width(&cand, size, bold) > max_w {
                break;
            }
            cur = cand;
            i += 1;
        }
        if text_width(&cur, size, bold) > max_w {
            // A word longer than a line: the rest cannot fit either.
            let rest = std::iter::once(cur.as_str())
                .chain(words[i..].iter().copied())
                .collect::<Vec<_>>()
                .join(" ");
            lines.push(fit(&rest, size, bold, max_w));
            return (lines, true);
        }
        lines.push(cur);
    }
    if i < words.len() {
        let rest = words[i..].join(" ");
        let last = fit(&rest, size, bold, max_w);
        let cut = last != rest;
        lines.push(last);
        return (lines, cut);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    (lines, false)
}

/// The vertical position of a score (0-100, clamped) in a plot whose axis runs from 0 at the bottom to 100 at the top.
pub(crate) fn score_y(plot: Area, v: f64) -> f64 {
    plot.y1 - v.clamp(0.0, 100.0) / 100.0 * plot.h()
}

/// The vertical 0-100 score axis of the column charts (comparison and trend), drawn once: band tints, grid,
/// tick labels on the left (the cut-offs in their colour and weight) and the dashed cut-off lines.
pub(crate) fn score_axis(c: &mut Ctx<'_>, plot: Area, cutoffs: &Cutoffs) {
    let p = c.p;
    let small = c.small();
    let y = |v: f64| score_y(plot, v);
    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    for b in 0..3 {
        c.tint(
            Rect::new(plot.x0, y(bounds[b + 1]), plot.x1, y(bounds[b])),
            p.bands[b],
        );
    }
    for t in (20..100).step_by(20) {
        c.grid(
            &[(plot.x0, y(t as f64)), (plot.x1, y(t as f64))],
            p.grid,
            c.u,
        );
    }
    for t in (0..=100).step_by(20) {
        let cut = (t as f64 - cutoffs.low).abs() < 1e-9 || (t as f64 - cutoffs.high).abs() < 1e-9;
        let color = if cut { p.cutoff } else { p.muted };
        c.text(
            &t.to_string(),
            plot.x0 - 5.0 * c.u,
            y(t as f64),
            small,
            cut,
            color,
            RC,
        );
    }
    for cut in [cutoffs.low, cutoffs.high] {
        c.dashed(&[(plot.x0, y(cut)), (plot.x1, y(cut))], p.cutoff, 1.5 * c.u);
    }
}
