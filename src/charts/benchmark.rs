//! Chart 5: the comune against the published comuni.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::data::{Benchmark, Cutoffs};
use super::draw::{Area, Ctx, CT, RC};
use super::legend::{self, Entry, Swatch};
use super::{ChartError, ChartText, Theme};

/// Draws one row per comune, sorted by composite (highest first, missing last): a horizontal bar
/// of the composite (the user's comune in the accent colour with a bold label, the others grey),
/// the three sub-indices as marks of different shapes (circle DPS, square DPA, triangle DO) on
/// the same 0-100 axis, the composite value in a right-hand column, and the cut-offs as dashed
/// vertical lines. A missing composite draws no bar and `text.not_available`.
pub fn draw_benchmark<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    own: &Benchmark,
    others: &[Benchmark],
    cutoffs: &Cutoffs,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    let c = Ctx::new(root, theme);
    let p = c.p;
    let body = c.frame(&text.titles.benchmark, text.footer.as_deref())?;
    let fs = c.fs;
    let small = c.small();

    let cut_label = format!(
        "{} {} / {}",
        text.cutoff,
        text.fmt_cut(cutoffs.low),
        text.fmt_cut(cutoffs.high)
    );
    let entries = [
        Entry {
            swatch: Swatch::Fill(p.accent),
            inner: "",
            label: &text.composite,
        },
        Entry {
            swatch: Swatch::Marker(0, p.text),
            inner: "",
            label: &text.dimensions[0],
        },
        Entry {
            swatch: Swatch::Marker(1, p.text),
            inner: "",
            label: &text.dimensions[1],
        },
        Entry {
            swatch: Swatch::Marker(2, p.text),
            inner: "",
            label: &text.dimensions[2],
        },
        Entry {
            swatch: Swatch::DashedLine(p.cutoff),
            inner: "",
            label: &cut_label,
        },
    ];
    let leg_h = legend::draw(&c, &entries, body.x0, body.y0, body.w())?;

    let mut rows: Vec<(&Benchmark, bool)> = others.iter().map(|b| (b, false)).collect();
    rows.push((own, true));
    rows.sort_by(|a, b| {
        let ka = a.0.care.unwrap_or(f64::NEG_INFINITY);
        let kb = b.0.care.unwrap_or(f64::NEG_INFINITY);
        kb.partial_cmp(&ka).unwrap_or(std::cmp::Ordering::Equal)
    });

    let label_w = rows
        .iter()
        .map(|(b, me)| c.text_w(&b.label, fs, *me))
        .fold(0.0, f64::max)
        .min(body.w() * 0.3)
        + 10.0 * c.u;
    let value_w = c.text_w("100,0", fs, true) + 12.0 * c.u;
    let plot = Area {
        x0: body.x0 + label_w,
        y0: body.y0 + leg_h + 6.0 * c.u,
        x1: body.x1 - value_w,
        y1: body.y1 - small * 1.8,
    };
    let x = |v: f64| plot.x0 + v.clamp(0.0, 100.0) / 100.0 * plot.w();
    let rh = (plot.h() / rows.len().max(1) as f64).min(fs * 3.2);
    let bar_h = (rh * 0.5).min(fs * 1.4);
    let plot_y1 = plot.y0 + rh * rows.len() as f64;

    // Bands as a light background and grid.
    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    for b in 0..3 {
        c.rect(x(bounds[b]), plot.y0, x(bounds[b + 1]), plot_y1, p.bands[b])?;
    }
    for t in (0..=100).step_by(20) {
        let tx = x(t as f64);
        c.line(&[(tx, plot.y0), (tx, plot_y1)], p.grid, c.u)?;
        c.text(
            &t.to_string(),
            tx,
            plot_y1 + 4.0 * c.u,
            small,
            false,
            p.muted,
            CT,
        )?;
    }
    for cut in [cutoffs.low, cutoffs.high] {
        c.dashed(&[(x(cut), plot.y0), (x(cut), plot_y1)], p.cutoff, 1.5 * c.u)?;
    }

    for (i, (b, me)) in rows.iter().enumerate() {
        let cy = plot.y0 + rh * (i as f64 + 0.5);
        let color = if *me { p.accent } else { p.other };
        if *me {
            // A marker bar at the left edge of the highlighted row.
            c.rect(
                body.x0 - 6.0 * c.u,
                cy - rh / 2.0 + 2.0 * c.u,
                body.x0 - 2.0 * c.u,
                cy + rh / 2.0 - 2.0 * c.u,
                p.accent,
            )?;
        }
        let label = c.fit(&b.label, fs, *me, label_w - 10.0 * c.u);
        c.text(
            &label,
            plot.x0 - 8.0 * c.u,
            cy,
            fs,
            *me,
            if *me { p.accent } else { p.text },
            RC,
        )?;
        match b.care {
            Some(v) => {
                c.rect(x(0.0), cy - bar_h / 2.0, x(v), cy + bar_h / 2.0, color)?;
                c.text(&text.fmt1(v), body.x1, cy, fs, true, p.text, RC)?;
            }
            None => {
                c.text(&text.not_available, body.x1, cy, fs, true, p.muted, RC)?;
            }
        }
        for (k, v) in b.dimensions().as_array().iter().enumerate() {
            if let Some(v) = v {
                let r = (bar_h * 0.32).max(3.5 * c.u);
                c.marker(k, x(*v), cy, r + 1.5 * c.u, p.background)?;
                c.marker(k, x(*v), cy, r, p.text)?;
            }
        }
    }
    Ok(())
}
