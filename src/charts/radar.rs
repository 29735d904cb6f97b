//! Chart 2: a radar (spider) of the three sub-indices: a triangle on three axes.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::data::{Cutoffs, Dimensions};
use super::draw::{Ctx, CB, CT, RC};
use super::legend::{self, Entry, Swatch};
use super::{ChartError, ChartText, Theme};

/// Draws the radar of DPS (top), DPA (bottom right) and DO (bottom left) on 0-100 axes.
///
/// The background is tinted by band (inner triangle below the low cut-off, then the middle band,
/// then the high band); rings at 20/40/60/80/100 are thin grey lines, except the two cut-off
/// rings which are dashed and darker. The comune's triangle is filled translucent blue with
/// markers at the vertices; each axis is labelled with the dimension name and its value. When a
/// value is missing its label reads `text.not_available` and no triangle is drawn (only the
/// markers of the available values), because a partial triangle would be misleading.
pub fn draw_radar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    dims: &Dimensions,
    cutoffs: &Cutoffs,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    let c = Ctx::new(root, theme);
    let p = c.p;
    let body = c.frame(&text.titles.radar, text.footer.as_deref())?;
    let fs = c.fs;
    let small = c.small();

    // Legend: bands and cut-offs.
    let cut_label = format!(
        "{} {} / {}",
        text.cutoff,
        text.fmt_cut(cutoffs.low),
        text.fmt_cut(cutoffs.high)
    );
    let entries = [
        Entry {
            swatch: Swatch::Fill(p.bands[0]),
            inner: "",
            label: &text.bands[0],
        },
        Entry {
            swatch: Swatch::Fill(p.bands[1]),
            inner: "",
            label: &text.bands[1],
        },
        Entry {
            swatch: Swatch::Fill(p.bands[2]),
            inner: "",
            label: &text.bands[2],
        },
        Entry {
            swatch: Swatch::DashedLine(p.cutoff),
            inner: "",
            label: &cut_label,
        },
    ];
    let leg_h = legend::draw(&c, &entries, body.x0, body.y0, body.w())?;

    let values = dims.as_array();
    let labels: Vec<(String, String)> = (0..3)
        .map(|k| {
            (
                text.dimensions[k].clone(),
                values[k]
                    .map(|v| text.fmt1(v))
                    .unwrap_or_else(|| text.not_available.clone()),
            )
        })
        .collect();
    let lab_w = labels
        .iter()
        .map(|(n, v)| c.text_w(n, fs, true).max(c.text_w(v, fs, true)))
        .fold(0.0, f64::max);
    let lab_h = fs * 2.6 + 6.0 * c.u;
    let top = body.y0 + leg_h + 4.0 * c.u;
    let avail_h = body.y1 - top - 2.0 * lab_h;
    let avail_w = body.w() - lab_w - 8.0 * c.u;
    let r = (avail_h / 1.5).min(avail_w / 3f64.sqrt()).max(10.0 * c.u);
    let cx = (body.x0 + body.x1) / 2.0;
    // Centre vertically: the triangle spans from cy - r to cy + r/2.
    let span = 1.5 * r + 2.0 * lab_h;
    let cy = top + ((body.y1 - top) - span).max(0.0) / 2.0 + lab_h + r;

    let angles = [-90f64, 30.0, 150.0].map(f64::to_radians);
    let pt = |k: usize, v: f64| {
        let rr = r * v.clamp(0.0, 100.0) / 100.0;
        (cx + rr * angles[k].cos(), cy + rr * angles[k].sin())
    };
    let tri = |v: f64| [pt(0, v), pt(1, v), pt(2, v)];

    // Band tints, outer first.
    c.polygon(&tri(100.0), p.bands[2], 1.0)?;
    c.polygon(&tri(cutoffs.high), p.bands[1], 1.0)?;
    c.polygon(&tri(cutoffs.low), p.bands[0], 1.0)?;
    // Rings.
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        if (ring - cutoffs.low).abs() < 1e-9 || (ring - cutoffs.high).abs() < 1e-9 {
            continue;
        }
        let t = tri(ring);
        c.line(&[t[0], t[1], t[2], t[0]], p.grid, c.u)?;
    }
    for cut in [cutoffs.low, cutoffs.high] {
        let t = tri(cut);
        c.dashed(&[t[0], t[1], t[2], t[0]], p.cutoff, 1.5 * c.u)?;
    }
    // Spokes and ring values along the top axis.
    for k in 0..3 {
        c.line(&[(cx, cy), pt(k, 100.0)], p.grid, c.u)?;
    }
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        let (x, y) = pt(0, ring);
        let is_cut = (ring - cutoffs.low).abs() < 1e-9 || (ring - cutoffs.high).abs() < 1e-9;
        c.text(
            &format!("{}", ring as i64),
            x - 5.0 * c.u,
            y + small * 0.55,
            small * 0.9,
            is_cut,
            p.muted,
            RC,
        )?;
    }

    // The comune.
    let pts: Vec<Option<(f64, f64)>> = (0..3).map(|k| values[k].map(|v| pt(k, v))).collect();
    if pts.iter().all(Option::is_some) {
        let pts: Vec<(f64, f64)> = pts.iter().flatten().copied().collect();
        c.polygon(&pts, p.accent, 0.28)?;
        c.line(&[pts[0], pts[1], pts[2], pts[0]], p.accent, 2.5 * c.u)?;
    }
    for pt in pts.iter().flatten() {
        c.circle(pt.0, pt.1, 4.5 * c.u, p.accent, true)?;
        c.circle(pt.0, pt.1, 4.5 * c.u, p.background, false)?;
    }

    // Axis labels: name and value.
    for (k, (name, value)) in labels.iter().enumerate() {
        let (x, y) = pt(k, 100.0);
        let value_color = if values[k].is_some() {
            p.accent
        } else {
            p.muted
        };
        if k == 0 {
            c.text(value, x, y - 6.0 * c.u, fs, true, value_color, CB)?;
            c.text(name, x, y - 6.0 * c.u - fs * 1.3, fs, true, p.text, CB)?;
        } else {
            c.text(name, x, y + 6.0 * c.u, fs, true, p.text, CT)?;
            c.text(
                value,
                x,
                y + 6.0 * c.u + fs * 1.3,
                fs,
                true,
                value_color,
                CT,
            )?;
        }
    }
    Ok(())
}
