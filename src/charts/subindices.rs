//! Chart 1: the three sub-indices as vertical bars over the three band backgrounds.

use super::data::{Cutoffs, Dimensions};
use super::layout::{Area, Ctx, Font, CB, CT, LC, RC};
use super::scene::Rect;
use super::ChartText;

/// The body height the chart wants for a body `w` wide.
pub(crate) fn body_height(c: &Ctx<'_>, text: &ChartText, w: f64) -> f64 {
    plot_height(c, w) + names_height(c, text, w / 3.0) + c.fs * 1.6
}

fn plot_height(c: &Ctx<'_>, w: f64) -> f64 {
    (w * 0.42).clamp(190.0 * c.u, 300.0 * c.u)
}

/// The height of the names under the bars: the code, and the long name on up to two lines.
fn names_height(c: &Ctx<'_>, text: &ChartText, slot: f64) -> f64 {
    let small = c.small();
    let long_lines = text
        .dimensions_long
        .iter()
        .map(|l| {
            if l.is_empty() {
                0
            } else {
                c.wrap(l, small, false, slot - 6.0 * c.u, 2).0.len()
            }
        })
        .max()
        .unwrap_or(0);
    let long_h = if long_lines > 0 {
        c.lines_h(long_lines, small, false) + 5.0 * c.u
    } else {
        0.0
    };
    6.0 * c.u + c.lines_h(1, c.fs, true) + long_h
}

/// Lays out DPS, DPA and DO as bars on a 0-100 scale over the band tints (named in a right gutter); the two
/// cut-offs are dashed lines labelled "`text.cutoff` 40" and "`text.cutoff` 60" beside the bars. Each bar
/// carries its value (above the bar, or inside its top when above it would sit on a cut-off); a `None` value
/// draws no bar, only `text.not_available` at the baseline.
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
    let values = dims.as_array();
    let axis_w = super::columns::axis_w(c);
    let cut_labels = [text.cut_label(cutoffs.low), text.cut_label(cutoffs.high)];
    let gutter_w = text
        .bands
        .iter()
        .map(|b| c.text_w(b, small, true))
        .chain(cut_labels.iter().map(|l| c.text_w(l, small, false)))
        .fold(0.0, f64::max)
        .min(body.w() * 0.26)
        + 12.0 * c.u;
    let bars_x1 = body.x1 - gutter_w;
    let slot = (bars_x1 - body.x0 - axis_w) / 3.0;
    let names_h = names_height(c, text, slot);
    let plot = Area::new(
        body.x0 + axis_w,
        body.y0 + fs * 1.6,
        bars_x1,
        body.y1 - names_h,
    );
    let y = |v: f64| plot.y1 - v.clamp(0.0, 100.0) / 100.0 * plot.h();
    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    for b in 0..3 {
        c.tint(
            Rect::new(plot.x0, y(bounds[b + 1]), body.x1, y(bounds[b])),
            p.bands[b],
        );
    }
    for t in (20..100).step_by(20) {
        let ty = y(t as f64);
        c.grid(&[(plot.x0, ty), (plot.x1, ty)], p.grid, c.u);
    }
    for t in (0..=100).step_by(20) {
        c.text(
            &t.to_string(),
            plot.x0 - 5.0 * c.u,
            y(t as f64),
            small,
            false,
            p.muted,
            RC,
        );
    }
    // Cut-offs: dashed across the bars, labelled in the gutter at their height.
    for (k, cut) in [cutoffs.low, cutoffs.high].into_iter().enumerate() {
        let cy = y(cut);
        c.dashed(&[(plot.x0, cy), (plot.x1, cy)], p.cutoff, 1.5 * c.u);
        let font = Font {
            size: small,
            bold: false,
            color: p.cutoff,
        };
        c.label(
            &cut_labels[k],
            plot.x1 + 6.0 * c.u,
            cy,
            font,
            LC,
            gutter_w - 8.0 * c.u,
            1,
        );
    }
    // Band names in the gutter, in the middle of their band, clear of the cut-off labels.
    for b in 0..3 {
        let (top, bottom) = (y(bounds[b + 1]), y(bounds[b]));
        let font = Font {
            size: small,
            bold: true,
            color: p.muted,
        };
        let x = plot.x1 + 6.0 * c.u;
        let (lines, _) = c.wrap(&text.bands[b], small, true, gutter_w - 8.0 * c.u, 2);
        let h = c.lines_h(lines.len(), small, true);
        let candidates = [
            (top + bottom) / 2.0,
            top + h / 2.0 + 4.0 * c.u,
            bottom - h / 2.0 - 4.0 * c.u,
        ];
        if let Some(&cy) = candidates.iter().find(|&&cy| {
            let r = Rect::new(x, cy - h / 2.0, x + 1.0, cy + h / 2.0).grow(2.0 * c.u);
            r.y0 >= top && r.y1 <= bottom && !c.blocked(&r)
        }) {
            c.label(&text.bands[b], x, cy, font, LC, gutter_w - 8.0 * c.u, 2);
        }
    }
    // Bars.
    let bar_w = (slot * 0.5).min(110.0 * c.u);
    for (i, v) in values.iter().enumerate() {
        let cx = plot.x0 + slot * (i as f64 + 0.5);
        match v {
            Some(v) => {
                let top = y(*v);
                let bar = c.mark(
                    Rect::new(cx - bar_w / 2.0, top, cx + bar_w / 2.0, plot.y1),
                    p.accent,
                );
                value_label(c, &text.fmt1(*v), cx, top, plot.y1, bar);
            }
            None => {
                c.text(
                    &text.not_available,
                    cx,
                    plot.y1 - 6.0 * c.u,
                    fs,
                    true,
                    p.muted,
                    CB,
                );
            }
        }
        let name_font = Font {
            size: fs,
            bold: true,
            color: p.text,
        };
        let b = c.label(
            &text.dimensions[i],
            cx,
            plot.y1 + 6.0 * c.u,
            name_font,
            CT,
            slot - 6.0 * c.u,
            1,
        );
        if let Some(long) = text.dimensions_long.get(i).filter(|l| !l.is_empty()) {
            let font = Font {
                size: small,
                bold: false,
                color: p.muted,
            };
            c.label(long, cx, b.y1 + 5.0 * c.u, font, CT, slot - 6.0 * c.u, 2);
        }
    }
    c.line(&[(plot.x0, plot.y1), (plot.x1, plot.y1)], p.text, 1.5 * c.u);
}

/// A bar's value: above the bar, or inside its top (in white) when above it would sit on a cut-off line.
pub(crate) fn value_label(c: &mut Ctx<'_>, s: &str, cx: f64, top: f64, base: f64, bar: usize) {
    let font = Font {
        size: c.fs,
        bold: true,
        color: c.p.text,
    };
    let above = c.text_box(s, cx, top - 4.0 * c.u, font, CB);
    let inside = c.text_box(s, cx, top + 5.0 * c.u, font, CT);
    if (c.on_cutoff(&above.grow(2.0 * c.u)) || c.blocked(&above)) && inside.y1 + 3.0 * c.u <= base {
        let white = Font {
            color: c.p.background,
            ..font
        };
        c.text_on(bar, s, cx, top + 5.0 * c.u, white, CT);
    } else {
        c.text(s, cx, top - 4.0 * c.u, font.size, true, font.color, CB);
    }
}
