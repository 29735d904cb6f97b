//! Chart 4: the composite Ca.Re on a 0-100 scale, with the class.
//!
//! Design note. In the care-2021 model the class is NOT a function of the composite: it is
//! decided by the bands of the three sub-indices (two "basso" give "Blocchi di partenza", a band
//! sum of 4 or more gives "Spinta", ...). Drawing class regions on the composite axis would
//! therefore be false (a composite of 55 can be "Spinta" or "Stacco"). So the chart shows:
//! - the composite scale tinted with the same bands and cut-offs as the sub-indices, for
//!   orientation only;
//! - a marker at the composite with its value, and the class (computed by the model and passed
//!   in) as a badge next to the value, not as a region;
//! - under the scale, the three sub-indices as marks on the same axis, one row each, with the
//!   cut-off lines running through them: the reader sees in which band each dimension falls,
//!   which is what actually decides the class;
//! - an optional note (`ChartText::composite_note`) saying so in words.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::data::{ClassKind, Cutoffs, Dimensions};
use super::draw::{Area, Ctx, CC, CT, LB, LC, RC};
use super::{ChartError, ChartText, Theme};

/// Draws the composite on a horizontal 0-100 scale with a marker, its value and the class badge,
/// and the three sub-indices as marks under it (see the module documentation for the design).
#[allow(clippy::too_many_arguments)]
pub fn draw_composite_scale<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    composite: Option<f64>,
    dims: &Dimensions,
    class: Option<ClassKind>,
    cutoffs: &Cutoffs,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    let c = Ctx::new(root, theme);
    let p = c.p;
    let body = c.frame(&text.titles.composite, text.footer.as_deref())?;
    let fs = c.fs;
    let small = c.small();
    let big = fs * 1.5;

    // Note at the bottom.
    let note_lines = match &text.composite_note {
        Some(n) if !n.trim().is_empty() => c.wrap(n, small, body.w()),
        _ => Vec::new(),
    };
    let note_h = note_lines.len() as f64 * small * 1.35;
    for (i, l) in note_lines.iter().enumerate() {
        let y = body.y1 - note_h + small * 1.35 * (i as f64 + 1.0);
        c.text(l, body.x0, y, small, false, p.muted, LB)?;
    }

    let name_w = text
        .dimensions
        .iter()
        .map(|d| c.text_w(d, fs, true))
        .fold(0.0, f64::max)
        + 12.0 * c.u;
    let value_w = c.text_w("100,0", fs, true) + 10.0 * c.u;
    let scale = Area {
        x0: body.x0 + name_w,
        y0: 0.0,
        x1: body.x1 - value_w.min(body.w() * 0.1),
        y1: 0.0,
    };
    let x = |v: f64| scale.x0 + v.clamp(0.0, 100.0) / 100.0 * scale.w();

    // Vertical budget.
    let avail = body.h() - note_h - 6.0 * c.u;
    let head_h = big * 1.4 + fs * 0.9;
    let track_h = (fs * 2.2).min(avail * 0.2);
    let ticks_h = small * 1.8;
    let row_h = ((avail - head_h - track_h - ticks_h) / 3.6).clamp(fs * 1.2, fs * 2.6);
    let used = head_h + track_h + ticks_h + row_h * 3.3;
    let y0 = body.y0 + ((avail - used) / 2.0).max(0.0);
    let track = Area {
        x0: scale.x0,
        y0: y0 + head_h,
        x1: scale.x1,
        y1: y0 + head_h + track_h,
    };

    // Track with band tints and names.
    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    for b in 0..3 {
        let (bx0, bx1) = (x(bounds[b]), x(bounds[b + 1]));
        c.rect(bx0, track.y0, bx1, track.y1, p.bands[b])?;
        let name = c.fit(&text.bands[b], small, true, bx1 - bx0 - 6.0 * c.u);
        c.text(
            &name,
            (bx0 + bx1) / 2.0,
            (track.y0 + track.y1) / 2.0,
            small,
            true,
            p.muted,
            CC,
        )?;
    }
    c.rect_stroke(track.x0, track.y0, track.x1, track.y1, p.grid, c.u)?;
    // Ticks.
    for t in (0..=100).step_by(20) {
        let tx = x(t as f64);
        c.line(&[(tx, track.y1), (tx, track.y1 + 4.0 * c.u)], p.muted, c.u)?;
        c.text(
            &t.to_string(),
            tx,
            track.y1 + 5.0 * c.u,
            small,
            false,
            p.muted,
            CT,
        )?;
    }
    let rows_y0 = track.y1 + ticks_h;
    let rows_y1 = rows_y0 + row_h * 3.0;
    // Cut-off lines through the track and the rows.
    for cut in [cutoffs.low, cutoffs.high] {
        let cx = x(cut);
        c.dashed(&[(cx, track.y0), (cx, rows_y1)], p.cutoff, 1.5 * c.u)?;
    }

    // The composite marker, value and class.
    let label = match composite {
        Some(v) => format!("{} {}", text.composite, text.fmt1(v)),
        None => format!("{} {}", text.composite, text.not_available),
    };
    let label_w = c.text_w(&label, big, true);
    let class_name = class.map(|k| text.class_name(k).to_string());
    let badge_pad = 8.0 * c.u;
    let class_w = class_name
        .as_ref()
        .map(|n| c.text_w(n, fs, true) + 2.0 * badge_pad + 10.0 * c.u)
        .unwrap_or(0.0);
    let anchor_x = composite.map(x).unwrap_or((scale.x0 + scale.x1) / 2.0);
    // Keep the label group within the body.
    let group_w = label_w + class_w;
    let gx0 = (anchor_x - label_w / 2.0).clamp(body.x0, (body.x1 - group_w).max(body.x0));
    let label_y = track.y0 - fs * 0.9 - 2.0 * c.u;
    let label_color = if composite.is_some() { p.text } else { p.muted };
    c.text(&label, gx0, label_y, big, true, label_color, LB)?;
    if let (Some(name), Some(k)) = (class_name, class) {
        let bx0 = gx0 + label_w + 10.0 * c.u;
        let bh = fs * 1.6;
        let by1 = label_y - big * 0.05;
        c.rect(
            bx0,
            by1 - bh,
            bx0 + class_w - 10.0 * c.u,
            by1,
            p.classes[k.index()],
        )?;
        c.text(
            &name,
            bx0 + badge_pad,
            by1 - bh / 2.0,
            fs,
            true,
            p.class_text[k.index()],
            LC,
        )?;
    }
    if let Some(v) = composite {
        let mx = x(v);
        let m = fs * 0.7;
        c.polygon(
            &[
                (mx - m, track.y0 - m * 1.2),
                (mx + m, track.y0 - m * 1.2),
                (mx, track.y0),
            ],
            p.accent,
            1.0,
        )?;
        c.line(&[(mx, track.y0), (mx, track.y1)], p.accent, 3.0 * c.u)?;
    }

    // The three sub-indices, one row each.
    let values = dims.as_array();
    for (k, value) in values.iter().enumerate() {
        let cy = rows_y0 + row_h * (k as f64 + 0.5);
        c.line(&[(scale.x0, cy), (scale.x1, cy)], p.grid, c.u)?;
        c.text(
            &text.dimensions[k],
            scale.x0 - 8.0 * c.u,
            cy,
            fs,
            true,
            p.text,
            RC,
        )?;
        match *value {
            Some(v) => {
                let mx = x(v);
                c.marker(k, mx, cy, fs * 0.42, p.accent)?;
                let lab = text.fmt1(v);
                let lw = c.text_w(&lab, fs, false);
                // Label right of the mark, or left if it would leave the area.
                if mx + 10.0 * c.u + lw <= body.x1 {
                    c.text_boxed(&lab, mx + 10.0 * c.u, cy, fs, false, p.text, LC)?;
                } else {
                    c.text_boxed(&lab, mx - 10.0 * c.u, cy, fs, false, p.text, RC)?;
                }
            }
            None => {
                c.text(
                    &text.not_available,
                    scale.x0 + 4.0 * c.u,
                    cy,
                    fs,
                    false,
                    p.muted,
                    LC,
                )?;
            }
        }
    }
    Ok(())
}
