//! Chart 5: the comune against the published comuni.

use super::data::{Benchmark, Cutoffs};
use super::layout::{Area, Ctx, Font, CT, RC, RT};
use super::legend::{self, Entry, Swatch};
use super::scene::Rect;
use super::ChartText;
use crate::sort::sort_by_number;

fn entries<'t>(c: &Ctx<'_>, text: &'t ChartText, cut: &'t str) -> Vec<Entry<'t>> {
    let p = c.p;
    vec![
        Entry {
            swatch: Swatch::Bar(p.accent),
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
        legend::cutoffs(c, cut),
    ]
}

/// The rows sorted by composite (highest first, missing last), with the user's comune flagged.
fn sorted<'b>(own: &'b Benchmark, others: &'b [Benchmark]) -> Vec<(&'b Benchmark, bool)> {
    let mut rows: Vec<(&Benchmark, bool)> = others.iter().map(|b| (b, false)).collect();
    rows.push((own, true));
    sort_by_number(&mut rows, |(b, _)| -b.care.unwrap_or(f64::NEG_INFINITY));
    rows
}

/// The "n.d." note of a row whose sub-indices are not all known (e.g. "DPS n.d.").
fn missing_note(b: &Benchmark, text: &ChartText) -> Option<String> {
    let missing: Vec<&str> = b
        .dimensions()
        .as_array()
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_none())
        .map(|(k, _)| text.dimensions[k].as_str())
        .collect();
    (!missing.is_empty() && b.care.is_some())
        .then(|| format!("{} {}", missing.join(", "), text.not_available))
}

struct Cols {
    label_w: f64,
    value_w: f64,
}

fn cols(c: &Ctx<'_>, rows: &[(&Benchmark, bool)], w: f64) -> Cols {
    let label_w = rows
        .iter()
        .map(|(b, me)| c.text_w(&b.label, c.fs, *me))
        .fold(0.0, f64::max)
        .min(w * if w / c.theme.scale < 480.0 { 0.36 } else { 0.3 })
        + 10.0 * c.u;
    let value_w = c.text_w("100,0", c.fs, true) + 12.0 * c.u;
    Cols { label_w, value_w }
}

/// The lines a name may take: three on a phone, where the name column is narrow.
fn name_lines(c: &Ctx<'_>, w: f64) -> usize {
    if w / c.theme.scale < 480.0 {
        3
    } else {
        2
    }
}

/// The height each row needs: its name on up to two lines, and the n.d. note.
fn row_need(
    c: &Ctx<'_>,
    rows: &[(&Benchmark, bool)],
    text: &ChartText,
    label_w: f64,
    lines: usize,
) -> f64 {
    rows.iter()
        .map(|(b, me)| {
            let n = c
                .wrap(&b.label, c.fs, *me, label_w - 10.0 * c.u, lines)
                .0
                .len();
            let note =
                missing_note(b, text).map_or(0.0, |_| c.lines_h(1, c.small(), false) + 3.0 * c.u);
            c.lines_h(n, c.fs, *me) + note + 10.0 * c.u
        })
        .fold(c.fs * 2.8, f64::max)
}

/// The body height the chart wants for a body `w` wide.
pub(crate) fn body_height(
    c: &Ctx<'_>,
    own: &Benchmark,
    others: &[Benchmark],
    cutoffs: &Cutoffs,
    text: &ChartText,
    w: f64,
) -> f64 {
    let cut = text.cutoffs_label(cutoffs);
    let leg = legend::height(c, &entries(c, text, &cut), w);
    let rows = sorted(own, others);
    let k = cols(c, &rows, w);
    leg + 8.0 * c.u
        + row_need(c, &rows, text, k.label_w, name_lines(c, w)) * rows.len() as f64
        + c.small() * 2.0
}

/// Lays out one row per comune, sorted by composite (highest first, missing last): a horizontal bar of the
/// composite (the user's comune in the accent colour with a bold name, the others grey), the three sub-indices
/// as marks of different shapes (circle DPS, square DPA, triangle DO) on the same 0-100 axis, each in its own
/// lane of the row so that equal values never hide each other, the composite in a right-hand column and the
/// cut-offs as dashed vertical lines. A missing composite draws no bar and `text.not_available`; a missing
/// sub-index draws no mark and is named under the comune ("DPS n.d.").
pub(crate) fn layout(
    c: &mut Ctx<'_>,
    body: Area,
    own: &Benchmark,
    others: &[Benchmark],
    cutoffs: &Cutoffs,
    text: &ChartText,
) {
    let p = c.p;
    let fs = c.fs;
    let small = c.small();
    let cut = text.cutoffs_label(cutoffs);
    let es = entries(c, text, &cut);
    let leg_h = legend::put(c, &es, body.x0, body.y0, body.w());

    let rows = sorted(own, others);
    let k = cols(c, &rows, body.w());
    let ticks_h = small * 2.0;
    let plot = Area::new(
        body.x0 + k.label_w,
        body.y0 + leg_h + 8.0 * c.u,
        body.x1 - k.value_w,
        body.y1 - ticks_h,
    );
    let x = |v: f64| plot.x0 + v.clamp(0.0, 100.0) / 100.0 * plot.w();
    let lines = name_lines(c, body.w());
    let need = row_need(c, &rows, text, k.label_w, lines);
    let rh = (plot.h() / rows.len().max(1) as f64).clamp(need, need * 1.6);
    let plot_y1 = plot.y0 + rh * rows.len() as f64;
    let bar_h = (rh.min(need) * 0.3).min(fs * 1.1);

    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    for b in 0..3 {
        c.tint(
            Rect::new(x(bounds[b]), plot.y0, x(bounds[b + 1]), plot_y1),
            p.bands[b],
        );
    }
    for t in (0..=100).step_by(20) {
        let tx = x(t as f64);
        c.grid(&[(tx, plot.y0), (tx, plot_y1)], p.grid, c.u);
        c.text(
            &t.to_string(),
            tx,
            plot_y1 + 5.0 * c.u,
            small,
            false,
            p.muted,
            CT,
        );
    }
    for cut in [cutoffs.low, cutoffs.high] {
        c.dashed(&[(x(cut), plot.y0), (x(cut), plot_y1)], p.cutoff, 1.5 * c.u);
    }

    for (i, (b, me)) in rows.iter().enumerate() {
        let cy = plot.y0 + rh * (i as f64 + 0.5);
        if *me {
            c.mark(
                Rect::new(
                    body.x0 - 6.0 * c.u,
                    cy - rh / 2.0 + 2.0 * c.u,
                    body.x0 - 2.0 * c.u,
                    cy + rh / 2.0 - 2.0 * c.u,
                ),
                p.accent,
            );
        }
        let font = Font {
            size: fs,
            bold: *me,
            color: if *me { p.accent } else { p.text },
        };
        let note = missing_note(b, text);
        let note_h = note
            .as_ref()
            .map_or(0.0, |_| c.lines_h(1, small, false) + 3.0 * c.u);
        let (name, _) = c.wrap(&b.label, fs, *me, k.label_w - 10.0 * c.u, lines);
        let block = c.lines_h(name.len(), fs, *me) + note_h;
        let top = cy - block / 2.0;
        let lb = c.label(
            &b.label,
            plot.x0 - 8.0 * c.u,
            top,
            font,
            RT,
            k.label_w - 10.0 * c.u,
            lines,
        );
        if let Some(note) = note {
            c.text(
                &note,
                plot.x0 - 8.0 * c.u,
                lb.y1 + 3.0 * c.u,
                small,
                false,
                p.muted,
                RT,
            );
        }
        match b.care {
            Some(v) => {
                let color = if *me { p.accent } else { p.other };
                c.mark(
                    Rect::new(x(0.0), cy - bar_h / 2.0, x(v), cy + bar_h / 2.0),
                    color,
                );
                c.text(&text.fmt1(v), body.x1, cy, fs, true, p.text, RC);
            }
            None => {
                c.text(&text.not_available, body.x1, cy, fs, true, p.muted, RC);
            }
        }
        // Each sub-index in its own lane: DPS above the bar's axis, DPA on it, DO below.
        // Lanes far enough apart that two marks (with their rings) never touch.
        let lane = rh.min(need) * 0.3;
        let r = ((lane - 3.0 * c.u) / 2.4 - 0.2).min(6.0 * c.u);
        for (kk, v) in b.dimensions().as_array().iter().enumerate() {
            if let Some(v) = v {
                let my = cy + lane * (kk as f64 - 1.0);
                c.marker_halo(kk, x(*v), my, r, p.text);
            }
        }
    }
}
