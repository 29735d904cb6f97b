//! Chart 4: the composite Ca.Re on a 0-100 scale, with the class.
//!
//! Design note. In the care-2021 model the class is NOT a function of the composite: it is
//! decided by the bands of the three sub-indices (two "basso" give "Blocchi di partenza", a band
//! sum of 4 or more gives "Spinta", ...). Drawing class regions on the composite axis would
//! therefore be false (a composite of 55 can be "Spinta" or "Stacco"). So the chart shows:
//! - the composite scale tinted with the same bands and cut-offs as the sub-indices, for
//!   orientation only;
//! - a marker at the composite with its value, and the class (computed by the model and passed
//!   in, with its sub-label) as a badge next to the value, not as a region;
//! - under the scale, the three sub-indices as marks on the same axis, one row each, with the
//!   cut-off lines running through them: the reader sees in which band each dimension falls,
//!   which is what actually decides the class;
//! - an optional note (`ChartText::composite_note`) saying so in words.

use super::data::{ClassKind, Cutoffs, Dimensions};
use super::layout::{Area, Ctx, Font, CC, CT, LB, LC, RC};
use super::legend::{self, Entry, Swatch};
use super::scene::Rect;
use super::ChartText;

/// The vertical sizes: head (value and badge), track, ticks, one dimension row.
fn sizes(c: &Ctx<'_>) -> (f64, f64, f64, f64) {
    let big = c.fs * 1.5;
    let head = c.lines_h(1, big, true).max(c.fs * 1.7) + c.fs * 1.2 + 6.0 * c.u;
    (
        head,
        c.fs * 2.2,
        c.lines_h(1, c.small(), false) + 10.0 * c.u,
        c.fs * 2.2,
    )
}

fn note_lines(c: &Ctx<'_>, text: &ChartText, w: f64) -> usize {
    match &text.composite_note {
        Some(n) if !n.trim().is_empty() => c.wrap(n, c.small(), false, w, 3).0.len(),
        _ => 0,
    }
}

fn note_h(c: &Ctx<'_>, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        c.lines_h(n, c.small(), false) + 12.0 * c.u
    }
}

/// The x extent of the 0-100 scale in a body from `x0` to `x1` (the names on its left, room for a value on
/// its right).
fn scale_of(c: &Ctx<'_>, text: &ChartText, x0: f64, x1: f64) -> (f64, f64) {
    let name_w = text
        .dimensions
        .iter()
        .map(|d| c.text_w(d, c.fs, true))
        .fold(0.0, f64::max)
        + 12.0 * c.u;
    let value_w = c.text_w("100,0", c.fs, false) + 14.0 * c.u;
    (x0 + name_w, x1 - value_w.min((x1 - x0) * 0.12))
}

/// The band boundaries on the scale.
fn band_xs(scale: (f64, f64), cutoffs: &Cutoffs) -> [f64; 4] {
    [0.0, cutoffs.low, cutoffs.high, 100.0].map(|v| scale.0 + v / 100.0 * (scale.1 - scale.0))
}

/// Whether every band name fits inside its band of the track, beside the composite's marker.
fn names_fit(c: &Ctx<'_>, text: &ChartText, xs: &[f64; 4], marker: Option<f64>) -> bool {
    (0..3).all(|b| {
        let (bx0, bx1) = (xs[b] + 4.0 * c.u, xs[b + 1] - 4.0 * c.u);
        let room = match marker.filter(|&m| m > bx0 && m < bx1) {
            Some(m) => (m - bx0).max(bx1 - m) - 6.0 * c.u,
            None => bx1 - bx0,
        };
        c.text_w(&text.bands[b], c.small(), true) <= room
    })
}

fn band_entries<'t>(c: &Ctx<'_>, text: &'t ChartText) -> Vec<Entry<'t>> {
    (0..3)
        .map(|b| Entry {
            swatch: Swatch::Fill(c.p.bands[b]),
            inner: "",
            label: text.bands[b].as_str(),
        })
        .collect()
}

/// The height of the band legend when the names do not fit in the track (else 0).
fn band_legend_h(
    c: &Ctx<'_>,
    text: &ChartText,
    w: (f64, f64),
    composite: Option<f64>,
    cutoffs: &Cutoffs,
) -> f64 {
    let scale = scale_of(c, text, w.0, w.1);
    let xs = band_xs(scale, cutoffs);
    let marker = composite.map(|v| scale.0 + v.clamp(0.0, 100.0) / 100.0 * (scale.1 - scale.0));
    if names_fit(c, text, &xs, marker) {
        0.0
    } else {
        legend::height(c, &band_entries(c, text), w.1 - w.0) + 8.0 * c.u
    }
}

/// The body height the chart wants for a body `w` wide.
pub(crate) fn body_height(
    c: &Ctx<'_>,
    text: &ChartText,
    composite: Option<f64>,
    cutoffs: &Cutoffs,
    w: f64,
) -> f64 {
    let (head, track, ticks, row) = sizes(c);
    head + track
        + ticks
        + 3.0 * row
        + note_h(c, note_lines(c, text, w))
        + band_legend_h(c, text, (0.0, w), composite, cutoffs)
}

/// Lays out the composite on a horizontal 0-100 scale with a marker, its value and the class badge, and the
/// three sub-indices as marks under it (see the module documentation for the design).
#[allow(clippy::too_many_arguments)]
pub(crate) fn layout(
    c: &mut Ctx<'_>,
    body: Area,
    composite: Option<f64>,
    dims: &Dimensions,
    class: Option<ClassKind>,
    sub: Option<&str>,
    cutoffs: &Cutoffs,
    text: &ChartText,
) {
    let p = c.p;
    let fs = c.fs;
    let small = c.small();
    let big = fs * 1.5;

    // Note at the bottom.
    let n = note_lines(c, text, body.w());
    let nh = note_h(c, n);
    if let Some(note) = text.composite_note.as_deref().filter(|_| n > 0) {
        let font = Font {
            size: small,
            bold: false,
            color: p.muted,
        };
        c.label(note, body.x0, body.y1, font, LB, body.w(), 3);
    }

    let scale = scale_of(c, text, body.x0, body.x1);
    let x = |v: f64| scale.0 + v.clamp(0.0, 100.0) / 100.0 * (scale.1 - scale.0);
    let leg_h = band_legend_h(c, text, (body.x0, body.x1), composite, cutoffs);
    if leg_h > 0.0 {
        let es = band_entries(c, text);
        legend::put(c, &es, body.x0, body.y1 - nh - leg_h + 4.0 * c.u, body.w());
    }

    // Vertical budget: spare height goes to the rows, up to twice their size, the rest above and below.
    let (head_h, track_h, ticks_h, row_min) = sizes(c);
    let avail = body.h() - nh - leg_h;
    let row_h = ((avail - head_h - track_h - ticks_h) / 3.0).clamp(row_min * 0.8, row_min * 2.0);
    let used = head_h + track_h + ticks_h + row_h * 3.0;
    let y0 = body.y0 + ((avail - used) / 2.0).max(0.0);
    let track = Rect::new(scale.0, y0 + head_h, scale.1, y0 + head_h + track_h);

    // Track with band tints (their names come after the marker, clear of it).
    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    for b in 0..3 {
        c.tint(
            Rect::new(x(bounds[b]), track.y0, x(bounds[b + 1]), track.y1),
            p.bands[b],
        );
    }
    c.stroke(track, p.grid, c.u);
    let rows_y0 = track.y1 + ticks_h;
    let rows_y1 = rows_y0 + row_h * 3.0;
    // Cut-off lines through the track and through the rows (not through the tick labels).
    for cut in [cutoffs.low, cutoffs.high] {
        let cx = x(cut);
        c.dashed(&[(cx, track.y0), (cx, track.y1)], p.cutoff, 1.5 * c.u);
        c.dashed(&[(cx, rows_y0), (cx, rows_y1)], p.cutoff, 1.5 * c.u);
    }
    for t in (0..=100).step_by(20) {
        let tx = x(t as f64);
        c.line(&[(tx, track.y1), (tx, track.y1 + 4.0 * c.u)], p.muted, c.u);
        c.text(
            &t.to_string(),
            tx,
            track.y1 + 6.0 * c.u,
            small,
            false,
            p.muted,
            CT,
        );
    }

    // The composite marker, value and class.
    let label = match composite {
        Some(v) => format!("{} {}", text.composite, text.fmt1(v)),
        None => format!("{} {}", text.composite, text.not_available),
    };
    let label_w = c.text_w(&label, big, true);
    let class_name = class.map(|k| match sub.filter(|s| !s.trim().is_empty()) {
        Some(s) => format!("{}, {}", text.class_name(k), s),
        None => text.class_name(k).to_string(),
    });
    let badge_pad = 8.0 * c.u;
    let gap = 12.0 * c.u;
    let class_w = class_name
        .as_ref()
        .map(|n| c.text_w(n, fs, true) + 2.0 * badge_pad)
        .unwrap_or(0.0);
    let anchor_x = composite.map(x).unwrap_or((scale.0 + scale.1) / 2.0);
    let marker_h = fs * 0.85;
    let base_y = track.y0 - marker_h - 6.0 * c.u;
    // Value and badge on one line when they fit, else the badge above the value.
    let one_line = label_w + gap + class_w <= body.w();
    let group_w = if one_line {
        label_w + gap + class_w
    } else {
        label_w.max(class_w)
    };
    let gx0 = (anchor_x - label_w / 2.0).clamp(body.x0, (body.x1 - group_w).max(body.x0));
    let label_color = if composite.is_some() { p.text } else { p.muted };
    let vb = c.text(&label, gx0, base_y, big, true, label_color, LB);
    if let (Some(name), Some(k)) = (class_name, class) {
        let bh = c.lines_h(1, fs, true) + 2.0 * 5.0 * c.u;
        let (bx0, by1) = if one_line {
            (gx0 + label_w + gap, (vb.y0 + vb.y1) / 2.0 + bh / 2.0)
        } else {
            (gx0, vb.y0 - 6.0 * c.u)
        };
        let badge = Rect::new(bx0, by1 - bh, bx0 + class_w, by1);
        let host = c.mark(badge, p.classes[k.index()]);
        let font = Font {
            size: fs,
            bold: true,
            color: p.class_text[k.index()],
        };
        c.text_on(host, &name, bx0 + badge_pad, by1 - bh / 2.0, font, LC);
    }
    if let Some(v) = composite {
        let mx = x(v);
        let m = marker_h * 0.8;
        c.polygon(
            &[
                (mx - m, track.y0 - marker_h),
                (mx + m, track.y0 - marker_h),
                (mx, track.y0),
            ],
            p.accent,
            1.0,
            true,
        );
        c.line(&[(mx, track.y0), (mx, track.y1)], p.accent, 3.0 * c.u);
    }

    if leg_h == 0.0 {
        band_names(c, track, &band_xs(scale, cutoffs), text);
    }

    // The three sub-indices, one row each.
    for (k, value) in dims.as_array().iter().enumerate() {
        let cy = rows_y0 + row_h * (k as f64 + 0.5);
        c.grid(&[(scale.0, cy), (scale.1, cy)], p.grid, c.u);
        c.text(
            &text.dimensions[k],
            scale.0 - 8.0 * c.u,
            cy,
            fs,
            true,
            p.text,
            RC,
        );
        match *value {
            Some(v) => {
                let mx = x(v);
                c.marker_halo(k, mx, cy, fs * 0.42, p.accent);
                let lab = text.fmt1(v);
                let font = Font {
                    size: fs,
                    bold: false,
                    color: p.text,
                };
                let d = fs * 0.42 * 1.2 + 8.0 * c.u;
                let right = c.text_box(&lab, mx + d, cy, font, LC);
                let left = c.text_box(&lab, mx - d, cy, font, RC);
                let fits_right = right.x1 <= body.x1;
                let ok = |r: &Rect| !c.on_cutoff(&r.grow(2.0 * c.u)) && !c.blocked(r);
                let (lx, anchor) = if fits_right && (ok(&right) || !ok(&left)) {
                    (mx + d, LC)
                } else {
                    (mx - d, RC)
                };
                c.text(&lab, lx, cy, fs, false, p.text, anchor);
            }
            None => {
                c.text(
                    &text.not_available,
                    scale.0 + 4.0 * c.u,
                    cy,
                    fs,
                    false,
                    p.muted,
                    LC,
                );
            }
        }
    }
}

/// The band names inside the track, each in its band clear of the composite's marker (see [`names_fit`]).
fn band_names(c: &mut Ctx<'_>, track: Rect, xs: &[f64; 4], text: &ChartText) {
    let small = c.small();
    let font = Font {
        size: small,
        bold: true,
        color: c.p.muted,
    };
    let cy = (track.y0 + track.y1) / 2.0;
    for b in 0..3 {
        let (bx0, bx1) = (xs[b] + 4.0 * c.u, xs[b + 1] - 4.0 * c.u);
        let name = &text.bands[b];
        let spot = [((bx0 + bx1) / 2.0, CC), (bx0, LC), (bx1, RC)]
            .into_iter()
            .find(|&(x, anchor)| {
                let r = c.text_box(name, x, cy, font, anchor);
                r.x0 >= bx0 && r.x1 <= bx1 && !c.blocked(&r.grow(2.0 * c.u))
            });
        if let Some((x, anchor)) = spot {
            c.text(name, x, cy, small, true, c.p.muted, anchor);
        }
    }
}
