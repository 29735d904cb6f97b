//! The comparison chart: several comuni side by side, DPS/DPA/DO/Ca.Re each.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::data::{Benchmark, Cutoffs};
use super::draw::{Area, Ctx, CB, CT, RB, RC};
use super::legend::{self, Entry, Swatch};
use super::{ChartError, ChartText, Theme};

/// Draws grouped vertical bars: one group per comune, four bars per group (DPS, DPA, DO and the
/// composite, in a light-to-dark sequence so the order survives greyscale), over the band tints
/// with the cut-offs dashed. Values are written above the bars when they fit (one decimal, or
/// rounded when the bars are narrow); a missing value draws `text.not_available` (or "–" when even
/// that does not fit) and no bar.
pub fn draw_comparison<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    comuni: &[Benchmark],
    cutoffs: &Cutoffs,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    let c = Ctx::new(root, theme);
    let p = c.p;
    let body = c.frame(&text.titles.comparison, text.footer.as_deref())?;
    let fs = c.fs;
    let small = c.small();

    let series_names = [
        text.dimensions[0].as_str(),
        text.dimensions[1].as_str(),
        text.dimensions[2].as_str(),
        text.composite.as_str(),
    ];
    let entries: Vec<Entry<'_>> = (0..4)
        .map(|k| Entry {
            swatch: Swatch::Fill(p.series[k]),
            inner: "",
            label: series_names[k],
        })
        .collect();
    let leg_h = legend::draw(&c, &entries, body.x0, body.y0, body.w())?;
    if comuni.is_empty() {
        return Ok(());
    }

    let axis_w = c.text_w("100", small, false) + 8.0 * c.u;
    let plot = Area {
        x0: body.x0 + axis_w,
        y0: body.y0 + leg_h + fs * 1.5,
        x1: body.x1,
        y1: body.y1 - fs * 1.6,
    };
    let y = |v: f64| plot.y1 - v.clamp(0.0, 100.0) / 100.0 * plot.h();
    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    for b in 0..3 {
        c.rect(plot.x0, y(bounds[b + 1]), plot.x1, y(bounds[b]), p.bands[b])?;
    }
    for t in (0..=100).step_by(20) {
        let ty = y(t as f64);
        if t > 0 && t < 100 {
            c.line(&[(plot.x0, ty), (plot.x1, ty)], p.grid, c.u)?;
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
    for cut in [cutoffs.low, cutoffs.high] {
        c.dashed(&[(plot.x0, y(cut)), (plot.x1, y(cut))], p.cutoff, 1.5 * c.u)?;
        c.text(
            &text.fmt_cut(cut),
            plot.x1,
            y(cut) - 2.0 * c.u,
            small,
            true,
            p.cutoff,
            RB,
        )?;
    }

    let group_w = plot.w() / comuni.len() as f64;
    let bar_w = (group_w * 0.8 / 4.0).min(48.0 * c.u);
    let inner_w = bar_w * 4.0;
    let label_size = (bar_w * 0.45).clamp(small * 0.85, fs);
    for (g, b) in comuni.iter().enumerate() {
        let gx = plot.x0 + group_w * (g as f64 + 0.5);
        let values = [b.dps, b.dpa, b.do_, b.care];
        for (k, v) in values.iter().enumerate() {
            let x0 = gx - inner_w / 2.0 + bar_w * k as f64;
            let x1 = x0 + bar_w - 1.5 * c.u;
            let cx = (x0 + x1) / 2.0;
            let w = x1 - x0 + 4.0 * c.u;
            match v {
                Some(v) => {
                    c.rect(x0, y(*v), x1, plot.y1, p.series[k])?;
                    let one = text.fmt1(*v);
                    let round = text.fmt_whole(*v);
                    let lab = if c.text_w(&one, label_size, true) <= w {
                        Some(one)
                    } else if c.text_w(&round, label_size, true) <= w {
                        Some(round)
                    } else {
                        None
                    };
                    if let Some(lab) = lab {
                        c.text_boxed(&lab, cx, y(*v) - 2.0 * c.u, label_size, true, p.text, CB)?;
                    }
                }
                None => {
                    let lab = if c.text_w(&text.not_available, label_size, false) <= w {
                        text.not_available.as_str()
                    } else {
                        "–"
                    };
                    c.text(lab, cx, plot.y1 - 2.0 * c.u, label_size, false, p.muted, CB)?;
                }
            }
        }
        let name = c.fit(&b.label, fs, true, group_w - 6.0 * c.u);
        c.text(&name, gx, plot.y1 + 5.0 * c.u, fs, true, p.text, CT)?;
    }
    c.line(&[(plot.x0, plot.y1), (plot.x1, plot.y1)], p.text, 1.5 * c.u)?;
    Ok(())
}
