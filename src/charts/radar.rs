//! Chart 2: a radar (spider) of the three sub-indices: a triangle on three axes.

use super::data::{Cutoffs, Dimensions};
use super::layout::{Area, Ctx, Font, CB, CT, LC, RC};
use super::legend::{self, Entry, Swatch};
use super::ChartText;

fn entries<'t>(c: &Ctx<'_>, text: &'t ChartText, cut_label: &'t str) -> Vec<Entry<'t>> {
    let mut v: Vec<Entry<'t>> = (0..3)
        .map(|b| Entry {
            swatch: Swatch::Fill(c.p.bands[b]),
            inner: "",
            label: text.bands[b].as_str(),
        })
        .collect();
    v.push(legend::cutoffs(c, cut_label));
    v
}

/// Height of a vertex label (name and value on two lines).
fn lab_h(c: &Ctx<'_>) -> f64 {
    c.lines_h(2, c.fs, true) + 8.0 * c.u
}

fn lab_w(c: &Ctx<'_>, text: &ChartText) -> f64 {
    text.dimensions
        .iter()
        .map(|n| c.text_w(n, c.fs, true))
        .chain([
            c.text_w("100,0", c.fs, true),
            c.text_w(&text.not_available, c.fs, true),
        ])
        .fold(0.0, f64::max)
}

/// The body height the chart wants for a body `w` wide.
pub(crate) fn body_height(c: &Ctx<'_>, text: &ChartText, cutoffs: &Cutoffs, w: f64) -> f64 {
    let cl = text.cutoffs_label(cutoffs);
    let leg = legend::height(c, &entries(c, text, &cl), w);
    let r = ((w - lab_w(c, text) - 8.0 * c.u) / 3f64.sqrt()).min(170.0 * c.u);
    leg + 6.0 * c.u + 2.0 * lab_h(c) + 1.5 * r
}

/// Lays out the radar of DPS (top), DPA (bottom right) and DO (bottom left) on 0-100 axes: band tints, grey
/// rings, the two cut-off rings dashed, the comune's triangle with markers at the vertices, each axis named with
/// its value. When a value is missing its label reads `text.not_available` and no triangle is drawn (only the
/// markers of the available values). The ring values sit beside the top axis, on the side where they touch
/// neither the triangle nor its markers.
pub(crate) fn layout(
    c: &mut Ctx<'_>,
    body: Area,
    dims: &Dimensions,
    cutoffs: &Cutoffs,
    text: &ChartText,
) {
    let p = c.p;
    let fs = c.fs;
    let small = c.small();
    let cl = text.cutoffs_label(cutoffs);
    let es = entries(c, text, &cl);
    let leg_h = legend::put(c, &es, body.x0, body.y0, body.w());

    let values = dims.as_array();
    let lab_h = lab_h(c);
    let top = body.y0 + leg_h + 6.0 * c.u;
    let avail_h = body.y1 - top - 2.0 * lab_h;
    let avail_w = body.w() - lab_w(c, text) - 8.0 * c.u;
    let r = (avail_h / 1.5).min(avail_w / 3f64.sqrt()).max(10.0 * c.u);
    let cx = (body.x0 + body.x1) / 2.0;
    let span = 1.5 * r + 2.0 * lab_h;
    let cy = top + ((body.y1 - top) - span).max(0.0) / 2.0 + lab_h + r;

    let angles = [-90f64, 30.0, 150.0].map(f64::to_radians);
    let pt = |k: usize, v: f64| {
        let rr = r * v.clamp(0.0, 100.0) / 100.0;
        (cx + rr * angles[k].cos(), cy + rr * angles[k].sin())
    };
    let tri = |v: f64| [pt(0, v), pt(1, v), pt(2, v)];
    let is_cut =
        |ring: f64| (ring - cutoffs.low).abs() < 1e-9 || (ring - cutoffs.high).abs() < 1e-9;

    c.polygon(&tri(100.0), p.bands[2], 1.0, false);
    c.polygon(&tri(cutoffs.high), p.bands[1], 1.0, false);
    c.polygon(&tri(cutoffs.low), p.bands[0], 1.0, false);
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        if !is_cut(ring) {
            let t = tri(ring);
            c.grid(&[t[0], t[1], t[2], t[0]], p.grid, c.u);
        }
    }
    for cut in [cutoffs.low, cutoffs.high] {
        let t = tri(cut);
        c.dashed(&[t[0], t[1], t[2], t[0]], p.cutoff, 1.5 * c.u);
    }
    for k in 0..3 {
        c.grid(&[(cx, cy), pt(k, 100.0)], p.grid, c.u);
    }

    // The comune.
    let pts: Vec<Option<(f64, f64)>> = (0..3).map(|k| values[k].map(|v| pt(k, v))).collect();
    if pts.iter().all(Option::is_some) {
        let pts: Vec<(f64, f64)> = pts.iter().flatten().copied().collect();
        c.polygon(&pts, p.accent, 0.28, false);
        c.line(&[pts[0], pts[1], pts[2], pts[0]], p.accent, 2.5 * c.u);
    }
    for pt in pts.iter().flatten() {
        c.marker_halo(0, pt.0, pt.1, 4.5 * c.u, p.accent);
    }

    // Ring values beside the top axis (left of it, else right of it), else under one of the lower axes:
    // wherever they touch neither the triangle nor its markers.
    for ring in [20.0, 40.0, 60.0, 80.0, 100.0] {
        let s = format!("{}", ring as i64);
        let font = Font {
            size: small * 0.92,
            bold: is_cut(ring),
            color: p.muted,
        };
        let (tx, ty) = pt(0, ring);
        let d = 8.0 * c.u;
        let spots = [
            (tx - d, ty, RC),
            (tx + d, ty, LC),
            (pt(2, ring).0, pt(2, ring).1 + d, CT),
            (pt(1, ring).0, pt(1, ring).1 + d, CT),
        ];
        if let Some(&(x, y, anchor)) = spots
            .iter()
            .find(|(x, y, a)| !c.blocked(&c.text_box(&s, *x, *y, font, *a).grow(c.u)))
        {
            c.text(&s, x, y, font.size, font.bold, font.color, anchor);
        }
    }

    // Axis labels: name and value.
    for (k, v) in values.iter().enumerate() {
        let (x, y) = pt(k, 100.0);
        let value = v
            .map(|v| text.fmt1(v))
            .unwrap_or_else(|| text.not_available.clone());
        let value_color = if v.is_some() { p.accent } else { p.muted };
        let name = &text.dimensions[k];
        let pitch = c.lines_h(1, fs, true) + 4.0 * c.u;
        if k == 0 {
            let vb = c.text(&value, x, y - 8.0 * c.u, fs, true, value_color, CB);
            c.text(name, x, vb.y0 - 4.0 * c.u, fs, true, p.text, CB);
        } else {
            let nb = c.text(name, x, y + 8.0 * c.u, fs, true, p.text, CT);
            c.text(&value, x, nb.y0 + pitch, fs, true, value_color, CT);
        }
    }
}
