//! The trend chart: one comune over several years: the three sub-indices and the composite Ca.Re by year, the
//! class of each year and the change of the composite from one year to the next.

use super::columns::{self, Proportions};
use super::data::{Cutoffs, TrendPoint};
use super::layout::{score_y, Area, Ctx, Font, CB, CC, CT};
use super::legend::{self, Entry, Swatch};
use super::scene::Rect;
use super::ChartText;

/// The proportions of the plot.
const PLOT: Proportions = Proportions {
    gap: 1.0,
    share: 0.38,
    max_h: 300.0,
};

fn entries<'t>(c: &Ctx<'_>, text: &'t ChartText) -> Vec<Entry<'t>> {
    legend::series(text, |k| Swatch::LineMarker(k, series_color(c, k)))
}

/// The series colours: the three sub-indices in the accent blue's darker steps, the composite dark.
fn series_color(c: &Ctx<'_>, k: usize) -> plotters::prelude::RGBColor {
    [c.p.levels[2], c.p.accent, c.p.levels[4], c.p.text][k]
}

/// The change of the composite from the previous point, signed ("+3,2", "−1,0"), if both are known.
pub(crate) fn change(text: &ChartText, prev: Option<f64>, cur: Option<f64>) -> Option<String> {
    Some(text.fmt_change(cur? - prev?))
}

/// Height of the block under each year: the year, the class badge and the change.
fn foot_h(c: &Ctx<'_>) -> f64 {
    c.lines_h(1, c.fs, true)
        + 8.0 * c.u
        + c.lines_h(2, c.small(), true)
        + 12.0 * c.u
        + c.lines_h(1, c.small(), false)
        + 14.0 * c.u
}

/// The body height the chart wants for a body `w` wide.
pub(crate) fn body_height(c: &Ctx<'_>, text: &ChartText, w: f64) -> f64 {
    PLOT.body_height(c, legend::height(c, &entries(c, text), w), w, foot_h(c))
}

/// Lays out the trend: band tints and dashed cut-offs on a 0-100 axis, one line per series (DPS, DPA, DO with
/// their marker shapes, Ca.Re darker) across the years, each series slightly shifted sideways so that equal
/// values never hide each other; the composite's value by its marker; under each year its class as a badge and
/// the change of the composite from the year before. A missing value draws no mark and breaks its line.
pub(crate) fn layout(
    c: &mut Ctx<'_>,
    body: Area,
    points: &[TrendPoint],
    cutoffs: &Cutoffs,
    text: &ChartText,
) {
    let p = c.p;
    let fs = c.fs;
    let small = c.small();
    let es = entries(c, text);
    let leg_h = legend::put(c, &es, body.x0, body.y0, body.w());
    if points.is_empty() {
        return;
    }
    let plot = PLOT.plot(c, body, leg_h, foot_h(c), cutoffs);
    let y = |v: f64| score_y(plot, v);
    let slot = plot.w() / points.len() as f64;
    let xs: Vec<f64> = (0..points.len())
        .map(|i| plot.x0 + slot * (i as f64 + 0.5))
        .collect();
    let r = (fs * 0.36).max(4.0 * c.u);
    // Marks of one year side by side, never touching (a mark with its ring spans 1.2 r + 1.5 u each way).
    let dodge = r * 2.4 + 5.0 * c.u;
    let at = |i: usize, k: usize| xs[i] + dodge * (k as f64 - 1.5);
    let value = |pt: &TrendPoint, k: usize| [pt.dims.dps, pt.dims.dpa, pt.dims.do_, pt.care][k];
    for k in 0..4 {
        let col = series_color(c, k);
        let width = if k == 3 { 3.0 } else { 2.0 } * c.u;
        for i in 1..points.len() {
            if let (Some(a), Some(b)) = (value(&points[i - 1], k), value(&points[i], k)) {
                c.line(&[(at(i - 1, k), y(a)), (at(i, k), y(b))], col, width);
            }
        }
    }
    for (i, pt) in points.iter().enumerate() {
        for k in 0..4 {
            if let Some(v) = value(pt, k) {
                c.marker_halo(k.min(3), at(i, k), y(v), r, series_color(c, k));
            }
        }
    }
    // The composite's values, beside its marker, else above or below all the marks of that year, wherever they
    // touch nothing. Away from its marker the value names its series ("Ca.Re 47,9"), so that it is not read as the
    // value of the mark it ends up nearest to.
    let care_name = text.series_names()[3];
    for (i, pt) in points.iter().enumerate() {
        let Some(v) = pt.care else { continue };
        let near = text.fmt1(v);
        let far = format!("{care_name} {near}");
        let font = Font {
            size: fs,
            bold: true,
            color: p.text,
        };
        let d = r * 1.4 + 5.0 * c.u;
        let ys: Vec<f64> = (0..4).filter_map(|k| value(pt, k)).map(y).collect();
        let (top, bottom) = (
            ys.iter().copied().fold(f64::MAX, f64::min),
            ys.iter().copied().fold(f64::MIN, f64::max),
        );
        let spots = [
            (&near, at(i, 3), y(v) - d, CB),
            (&near, at(i, 3), y(v) + d, CT),
            (&near, at(i, 3) + d, y(v), super::layout::LC),
            (&far, xs[i], top - d, CB),
            (&far, xs[i], bottom + d, CT),
        ];
        if let Some(&(s, x, yy, anchor)) = spots.iter().find(|(s, x, yy, a)| {
            let b = c.text_box(s, *x, *yy, font, *a);
            !c.blocked(&b.grow(c.u))
                && !c.on_cutoff(&b.grow(2.0 * c.u))
                && b.x0 >= body.x0
                && b.x1 <= body.x1
                && b.y0 >= plot.y0 - fs
        }) {
            c.text(s, x, yy, fs, true, p.text, anchor);
        }
    }
    columns::baseline(c, plot);

    // Under each year: the year, the class, the change of the composite.
    for (i, pt) in points.iter().enumerate() {
        let x = xs[i];
        let yb = c.text(&pt.label, x, plot.y1 + 6.0 * c.u, fs, true, p.text, CT);
        let badge_font = Font {
            size: small,
            bold: true,
            color: p.text,
        };
        let mut bottom = yb.y1;
        if let Some(k) = pt.class {
            let (lines, _) = c.wrap(text.class_name(k), small, true, slot - 20.0 * c.u, 2);
            let w = lines
                .iter()
                .map(|l| c.text_w(l, small, true))
                .fold(0.0, f64::max);
            let h = c.lines_h(lines.len(), small, true);
            let badge = Rect::new(
                x - w / 2.0 - 6.0 * c.u,
                yb.y1 + 8.0 * c.u,
                x + w / 2.0 + 6.0 * c.u,
                yb.y1 + 8.0 * c.u + h + 8.0 * c.u,
            );
            let host = c.mark(badge, p.classes[k.index()]);
            let font = Font {
                color: p.class_text[k.index()],
                ..badge_font
            };
            c.put(
                lines,
                text.class_name(k),
                false,
                (slot - 20.0 * c.u, 2),
                x,
                (badge.y0 + badge.y1) / 2.0,
                font,
                CC,
                Some(host),
                super::scene::Role::Body,
            );
            bottom = badge.y1;
        }
        if i > 0 {
            if let Some(ch) = change(text, points[i - 1].care, pt.care) {
                let s = format!("{} {ch}", text.composite);
                let font = Font {
                    size: small,
                    bold: false,
                    color: p.muted,
                };
                c.label(&s, x, bottom + 6.0 * c.u, font, CT, slot - 8.0 * c.u, 1);
            }
        }
    }
}
