//! Horizontal legends made of swatches (or marker shapes) and labels, wrapped onto several rows
//! when they do not fit.

use plotters::prelude::*;

use super::draw::{Ctx, LC};
use super::ChartError;

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
    /// A badge with a letter.
    Badge(RGBColor),
}

/// One legend entry: its swatch, an optional text inside the swatch, and a label.
pub(crate) struct Entry<'s> {
    pub swatch: Swatch,
    pub inner: &'s str,
    pub label: &'s str,
}

/// Height of the legend rows needed to draw `entries` within `max_w`, without drawing.
pub(crate) fn height<DB: DrawingBackend>(
    c: &Ctx<'_, DB>,
    entries: &[Entry<'_>],
    max_w: f64,
) -> f64 {
    rows(c, entries, max_w).len() as f64 * row_h(c)
}

fn row_h<DB: DrawingBackend>(c: &Ctx<'_, DB>) -> f64 {
    c.small() * 1.7
}

fn entry_w<DB: DrawingBackend>(c: &Ctx<'_, DB>, e: &Entry<'_>) -> f64 {
    let s = c.small();
    s * 1.2 + 5.0 * c.u + c.text_w(e.label, s, false) + 14.0 * c.u
}

fn rows<DB: DrawingBackend>(c: &Ctx<'_, DB>, entries: &[Entry<'_>], max_w: f64) -> Vec<Vec<usize>> {
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

/// Draws the legend with its first row starting at (x, y) (top-left); returns its height.
pub(crate) fn draw<DB: DrawingBackend>(
    c: &Ctx<'_, DB>,
    entries: &[Entry<'_>],
    x: f64,
    y: f64,
    max_w: f64,
) -> Result<f64, ChartError> {
    let s = c.small();
    let rh = row_h(c);
    let rows = rows(c, entries, max_w);
    for (r, row) in rows.iter().enumerate() {
        let cy = y + rh * (r as f64 + 0.5);
        let mut cx = x;
        for &i in row {
            let e = &entries[i];
            let sw = s * 1.2;
            let (x0, y0, x1, y1) = (cx, cy - sw / 2.0, cx + sw, cy + sw / 2.0);
            match e.swatch {
                Swatch::Fill(col) => {
                    c.rect(x0, y0, x1, y1, col)?;
                    c.rect_stroke(x0, y0, x1, y1, c.p.grid, c.u)?;
                }
                Swatch::Hatched(col) => {
                    c.rect(x0, y0, x1, y1, col)?;
                    c.hatch(super::draw::Area { x0, y0, x1, y1 }, c.p.muted)?;
                    c.rect_stroke(x0, y0, x1, y1, c.p.muted, c.u)?;
                }
                Swatch::DashedBox => {
                    c.dashed(
                        &[(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)],
                        c.p.muted,
                        c.u,
                    )?;
                }
                Swatch::DashedLine(col) => {
                    c.dashed(
                        &[(x0 - 2.0 * c.u, cy), (x1 + 2.0 * c.u, cy)],
                        col,
                        1.5 * c.u,
                    )?;
                }
                Swatch::Marker(shape, col) => {
                    c.marker(shape, cx + sw / 2.0, cy, sw * 0.38, col)?;
                }
                Swatch::Badge(col) => {
                    c.rect(x0, y0, x1, y1, col)?;
                }
            }
            if !e.inner.is_empty() {
                let col = match e.swatch {
                    Swatch::Badge(_) => c.p.background,
                    _ => c.p.text,
                };
                c.text(
                    e.inner,
                    cx + sw / 2.0,
                    cy,
                    s * 0.85,
                    true,
                    col,
                    super::draw::CC,
                )?;
            }
            c.text(e.label, cx + sw + 5.0 * c.u, cy, s, false, c.p.text, LC)?;
            cx += entry_w(c, e);
        }
    }
    Ok(rows.len() as f64 * rh)
}
