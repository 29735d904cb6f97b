//! Horizontal legends made of swatches (or marker shapes) and labels, wrapped onto several rows when they do not
//! fit; every series gets its own symbol.

use plotters::prelude::*;

use super::layout::{Ctx, Font, CC, LC};
use super::scene::Rect;
use super::ChartText;

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    /// A filled square with an outline.
    Fill(RGBColor),
    /// A hatched square (not applicable).
    Hatched(RGBColor),
    /// A dashed outline square (unanswered).
    DashedBox,
    /// A dashed line (cut-off).
    DashedLine(RGBColor),
    /// A marker shape (see `Ctx::marker`).
    Marker(usize, RGBColor),
    /// A short bar (a bar series).
    Bar(RGBColor),
    /// A line with a marker on it (a line series).
    LineMarker(usize, RGBColor),
    /// A badge with a letter.
    Badge(RGBColor),
}

/// One legend entry: its swatch, an optional text inside the swatch, and a label.
pub(crate) struct Entry<'s> {
    pub swatch: Swatch,
    pub inner: &'s str,
    pub label: &'s str,
}

/// The entries of the four series (DPS, DPA, DO and Ca.Re), each drawn with `swatch(k)`.
pub(crate) fn series<'t>(text: &'t ChartText, swatch: impl Fn(usize) -> Swatch) -> Vec<Entry<'t>> {
    text.series_names()
        .into_iter()
        .enumerate()
        .map(|(k, label)| Entry {
            swatch: swatch(k),
            inner: "",
            label,
        })
        .collect()
}

/// The entry of the dashed cut-off lines, `label` naming both cut-offs ([`ChartText::cutoffs_label`]).
pub(crate) fn cutoffs<'t>(c: &Ctx<'_>, label: &'t str) -> Entry<'t> {
    Entry {
        swatch: Swatch::DashedLine(c.p.cutoff),
        inner: "",
        label,
    }
}

fn row_h(c: &Ctx<'_>) -> f64 {
    c.small() * 1.75
}

fn sw(c: &Ctx<'_>) -> f64 {
    c.small() * 1.2
}

fn entry_w(c: &Ctx<'_>, e: &Entry<'_>) -> f64 {
    let extra = if matches!(e.swatch, Swatch::LineMarker(..)) {
        sw(c) * 0.8
    } else {
        0.0
    };
    sw(c) + extra + 6.0 * c.u + c.text_w(e.label, c.small(), false) + 16.0 * c.u
}

fn rows(c: &Ctx<'_>, entries: &[Entry<'_>], max_w: f64) -> Vec<Vec<usize>> {
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut cur_w = 0.0;
    for (i, e) in entries.iter().enumerate() {
        let w = entry_w(c, e);
        if rows.is_empty() || (cur_w + w > max_w && !rows.last().is_some_and(|r| r.is_empty())) {
            rows.push(Vec::new());
            cur_w = 0.0;
        }
        rows.last_mut().expect("a row").push(i);
        cur_w += w;
    }
    rows
}

/// Height of the legend within `max_w`, without laying it out.
pub(crate) fn height(c: &Ctx<'_>, entries: &[Entry<'_>], max_w: f64) -> f64 {
    rows(c, entries, max_w).len() as f64 * row_h(c)
}

/// Lays out the legend with its first row starting at (x, y) (top-left); returns its height.
pub(crate) fn put(c: &mut Ctx<'_>, entries: &[Entry<'_>], x: f64, y: f64, max_w: f64) -> f64 {
    let s = c.small();
    let rh = row_h(c);
    let rows = rows(c, entries, max_w);
    for (r, row) in rows.iter().enumerate() {
        let cy = y + rh * (r as f64 + 0.5);
        let mut cx = x;
        for &i in row {
            let e = &entries[i];
            let sw = sw(c);
            let (x0, y0, x1, y1) = (cx, cy - sw / 2.0, cx + sw, cy + sw / 2.0);
            let rect = Rect::new(x0, y0, x1, y1);
            let mut sym_w = sw;
            let host = match e.swatch {
                Swatch::Fill(col) => {
                    let h = c.mark(rect, col);
                    c.stroke(rect, c.p.grid, c.u);
                    Some(h)
                }
                Swatch::Hatched(col) => {
                    let h = c.mark(rect, col);
                    c.hatch(rect, c.p.muted);
                    c.stroke(rect, c.p.muted, c.u);
                    Some(h)
                }
                Swatch::DashedBox => {
                    c.stroke_dashed(rect, c.p.muted, c.u);
                    None
                }
                Swatch::DashedLine(col) => {
                    c.shape(super::scene::Shape::Line {
                        pts: vec![(x0 - 2.0 * c.u, cy), (x1 + 2.0 * c.u, cy)],
                        color: col,
                        width: 1.5 * c.u,
                        dashed: true,
                        yields: false,
                    });
                    None
                }
                Swatch::Marker(shape, col) => {
                    c.marker(shape, cx + sw / 2.0, cy, sw * 0.38, col);
                    None
                }
                Swatch::Bar(col) => {
                    let h = c.mark(Rect::new(x0 + sw * 0.2, y0, x1 - sw * 0.2, y1), col);
                    Some(h)
                }
                Swatch::LineMarker(shape, col) => {
                    sym_w = sw * 1.8;
                    c.line(&[(x0, cy), (x0 + sym_w, cy)], col, 2.0 * c.u);
                    c.marker(shape, x0 + sym_w / 2.0, cy, sw * 0.34, col);
                    None
                }
                Swatch::Badge(col) => Some(c.mark(rect, col)),
            };
            if let (false, Some(h)) = (e.inner.is_empty(), host) {
                let col = match e.swatch {
                    Swatch::Badge(_) => c.p.background,
                    _ => c.p.text,
                };
                let font = Font {
                    size: s * 0.85,
                    bold: true,
                    color: col,
                };
                c.text_on(h, e.inner, cx + sw / 2.0, cy, font, CC);
            }
            c.text(e.label, cx + sym_w + 6.0 * c.u, cy, s, false, c.p.text, LC);
            cx += entry_w(c, e);
        }
    }
    rows.len() as f64 * rh
}
