//! Chart 1: the three sub-indices as vertical bars over the three band backgrounds.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::data::{Cutoffs, Dimensions};
use super::draw::{Area, Ctx, CB, CT, RB, RC};
use super::{ChartError, ChartText, Theme};

/// Draws DPS, DPA and DO as bars on a 0-100 scale.
///
/// The plot background shows the three bands (tints, named in a right gutter); the two cut-offs
/// are dashed lines labelled "`text.cutoff` 40" and "`text.cutoff` 60". Each bar carries its value
/// with one decimal; a `None` value draws no bar, only `text.not_available` at the baseline.
pub fn draw_subindices_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    dims: &Dimensions,
    cutoffs: &Cutoffs,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    let c = Ctx::new(root, theme);
    let body = c.frame(&text.titles.subindices, text.footer.as_deref())?;
    let values = dims.as_array();
    let names: Vec<&str> = text.dimensions.iter().map(|s| s.as_str()).collect();
    draw_bars_on_bands(
        &c,
        body,
        &values,
        &names,
        &text.dimensions_long,
        cutoffs,
        text,
    )
}

/// Shared by the sub-indices chart: a 0-100 plot with band tints, cut-offs and bars.
pub(crate) fn draw_bars_on_bands<DB: DrawingBackend>(
    c: &Ctx<'_, DB>,
    body: Area,
    values: &[Option<f64>],
    names: &[&str],
    long_names: &[String],
    cutoffs: &Cutoffs,
    text: &ChartText,
) -> Result<(), ChartError> {
    let p = c.p;
    let fs = c.fs;
    let small = c.small();
    // Left axis with tick labels, right gutter with band names and cut-off labels.
    let axis_w = c.text_w("100", small, false) + 8.0 * c.u;
    let cut_labels = [
        format!("{} {}", text.cutoff, text.fmt_cut(cutoffs.low)),
        format!("{} {}", text.cutoff, text.fmt_cut(cutoffs.high)),
    ];
    let gutter_w = text
        .bands
        .iter()
        .map(|b| c.text_w(b, small, true))
        .chain(cut_labels.iter().map(|l| c.text_w(l, small, false)))
        .fold(0.0, f64::max)
        .min(body.w() * 0.28)
        + 10.0 * c.u;
    let has_long = long_names.iter().any(|l| !l.is_empty());
    let label_h = fs * 1.5 + if has_long { small * 1.4 } else { 0.0 };
    let plot = Area {
        x0: body.x0 + axis_w,
        y0: body.y0 + fs * 1.6,
        x1: body.x1,
        y1: body.y1 - label_h,
    };
    let bars_x1 = plot.x1 - gutter_w;
    let y = |v: f64| plot.y1 - v.clamp(0.0, 100.0) / 100.0 * plot.h();

    // Bands.
    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    for b in 0..3 {
        c.rect(plot.x0, y(bounds[b + 1]), plot.x1, y(bounds[b]), p.bands[b])?;
        // The band name sits in the middle of the band, but below its upper line and above
        // the cut-off label drawn over its lower line ("soglia 40"); skipped if there is no room.
        let (top, bottom) = (y(bounds[b + 1]), y(bounds[b]));
        let half = 0.5 * small;
        let lo = top + half + 2.0 * c.u;
        let hi = if b > 0 {
            bottom - 2.0 * c.u - small - half - c.u
        } else {
            bottom - half
        };
        let name = c.fit(&text.bands[b], small, true, gutter_w - 6.0 * c.u);
        if lo <= hi {
            let mid = ((top + bottom) / 2.0).clamp(lo, hi);
            c.text(&name, plot.x1 - 4.0 * c.u, mid, small, true, p.muted, RC)?;
        }
    }
    // Grid and ticks.
    for t in (0..=100).step_by(20) {
        let ty = y(t as f64);
        if t > 0 && t < 100 {
            c.line(&[(plot.x0, ty), (bars_x1, ty)], p.grid, c.u)?;
        }
        c.text(
            &t.to_string(),
            plot.x0 - 5.0 * c.u,
            ty,
            small,
            false,
            p.muted,
            RC,
        )?;
    }
    // Cut-offs.
    for (k, cut) in [cutoffs.low, cutoffs.high].into_iter().enumerate() {
        let cy = y(cut);
        c.dashed(&[(plot.x0, cy), (plot.x1, cy)], p.cutoff, 1.5 * c.u)?;
        c.text(
            &cut_labels[k],
            plot.x1 - 4.0 * c.u,
            cy - 2.0 * c.u,
            small,
            false,
            p.cutoff,
            RB,
        )?;
    }
    // Bars.
    let n = values.len().max(1);
    let slot = (bars_x1 - plot.x0) / n as f64;
    let bar_w = (slot * 0.5).min(110.0 * c.u);
    for (i, v) in values.iter().enumerate() {
        let cx = plot.x0 + slot * (i as f64 + 0.5);
        match v {
            Some(v) => {
                let top = y(*v);
                c.rect(cx - bar_w / 2.0, top, cx + bar_w / 2.0, plot.y1, p.accent)?;
                c.text_boxed(&text.fmt1(*v), cx, top - 3.0 * c.u, fs, true, p.text, CB)?;
            }
            None => {
                c.text(
                    &text.not_available,
                    cx,
                    plot.y1 - 4.0 * c.u,
                    fs,
                    true,
                    p.muted,
                    CB,
                )?;
            }
        }
        let name = c.fit(
            names.get(i).copied().unwrap_or(""),
            fs,
            true,
            slot - 4.0 * c.u,
        );
        c.text(&name, cx, plot.y1 + 5.0 * c.u, fs, true, p.text, CT)?;
        if let Some(long) = long_names.get(i).filter(|l| !l.is_empty()) {
            let long = c.fit(long, small, false, slot - 4.0 * c.u);
            c.text(
                &long,
                cx,
                plot.y1 + 5.0 * c.u + fs * 1.35,
                small,
                false,
                p.muted,
                CT,
            )?;
        }
    }
    // Baseline.
    c.line(&[(plot.x0, plot.y1), (bars_x1, plot.y1)], p.text, 1.5 * c.u)?;
    Ok(())
}
