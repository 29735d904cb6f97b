//! Chart 6: the published distribution of the comuni among the three classes.

use super::data::{ClassDistribution, ClassKind};
use super::layout::{Area, Ctx, Font, CC, LC, RC};
use super::legend::{self, Entry, Swatch};
use super::scene::Rect;
use super::ChartText;

fn entries<'t>(c: &Ctx<'_>, text: &'t ChartText) -> Vec<Entry<'t>> {
    ClassKind::ALL
        .iter()
        .map(|k| Entry {
            swatch: Swatch::Fill(c.p.classes[k.index()]),
            inner: "",
            label: text.class_name(*k),
        })
        .collect()
}

fn row_labels(years: &[ClassDistribution], text: &ChartText) -> Vec<String> {
    years
        .iter()
        .map(|d| {
            text.distribution_row
                .replace("{year}", &d.year.to_string())
                .replace("{total}", &d.total().to_string())
        })
        .collect()
}

fn label_w(c: &Ctx<'_>, labels: &[String], w: f64) -> f64 {
    labels
        .iter()
        .map(|l| c.text_w(l, c.fs, true))
        .fold(0.0, f64::max)
        .min(w * 0.3)
        + 12.0 * c.u
}

/// The line naming the comune's class ("Comune di X: Spinta").
fn own_line(text: &ChartText, k: ClassKind) -> String {
    format!("{}: {}", text.comune, text.class_name(k))
}

/// The width left for that line, after its swatch.
fn own_w(c: &Ctx<'_>, w: f64) -> f64 {
    w - c.fs * 1.1 - 8.0 * c.u
}

fn own_h(c: &Ctx<'_>, own: Option<ClassKind>, text: &ChartText, w: f64) -> f64 {
    match own {
        Some(k) => {
            let n = c
                .wrap(&own_line(text, k), c.fs, true, own_w(c, w), 2)
                .0
                .len();
            c.lines_h(n, c.fs, true).max(c.fs * 1.1) + c.fs * 0.9
        }
        None => 0.0,
    }
}

fn row_need(c: &Ctx<'_>, labels: &[String], lw: f64) -> f64 {
    labels
        .iter()
        .map(|l| {
            c.lines_h(
                c.wrap(l, c.fs, true, lw - 12.0 * c.u, 2).0.len(),
                c.fs,
                true,
            )
        })
        .fold(c.fs * 3.4, |a, h| a.max(h + 12.0 * c.u))
}

/// The body height the chart wants for a body `w` wide.
pub(crate) fn body_height(
    c: &Ctx<'_>,
    years: &[ClassDistribution],
    own: Option<ClassKind>,
    text: &ChartText,
    w: f64,
) -> f64 {
    let labels = row_labels(years, text);
    let lw = label_w(c, &labels, w);
    legend::height(c, &entries(c, text), w)
        + own_h(c, own, text, w)
        + 8.0 * c.u
        + row_need(c, &labels, lw) * years.len() as f64
}

/// Lays out one 100% stacked horizontal bar per year (Blocchi, Stacco, Spinta from left to right), each segment
/// labelled with its count and share when they fit. When `own_class` is given, the segments of that class get a
/// frame and a line under the legend reads "`text.comune`: class name", so the comune is placed without relying
/// on colour.
pub(crate) fn layout(
    c: &mut Ctx<'_>,
    body: Area,
    years: &[ClassDistribution],
    own_class: Option<ClassKind>,
    text: &ChartText,
) {
    let p = c.p;
    let fs = c.fs;
    let es = entries(c, text);
    let mut top = body.y0 + legend::put(c, &es, body.x0, body.y0, body.w());
    if let Some(k) = own_class {
        let sw = fs * 1.1;
        let h = own_h(c, own_class, text, body.w());
        let cy = top + (h - fs * 0.9) / 2.0 + fs * 0.45;
        let r = Rect::new(body.x0, cy - sw / 2.0, body.x0 + sw, cy + sw / 2.0);
        c.mark(r, p.classes[k.index()]);
        c.stroke(r, p.text, 2.5 * c.u);
        let font = Font {
            size: fs,
            bold: true,
            color: p.text,
        };
        let x = body.x0 + sw + 8.0 * c.u;
        c.label(&own_line(text, k), x, cy, font, LC, own_w(c, body.w()), 2);
        top += h;
    }
    if years.is_empty() {
        return;
    }
    let labels = row_labels(years, text);
    let lw = label_w(c, &labels, body.w());
    let plot = Area::new(body.x0 + lw, top + 8.0 * c.u, body.x1, body.y1);
    let need = row_need(c, &labels, lw);
    let rh = (plot.h() / years.len() as f64).clamp(need, need * 1.8);
    let bar_h = (rh * 0.66).max(need - 12.0 * c.u);
    for (i, d) in years.iter().enumerate() {
        let cy = plot.y0 + rh * (i as f64 + 0.5);
        let font = Font {
            size: fs,
            bold: true,
            color: p.text,
        };
        c.label(
            &labels[i],
            plot.x0 - 10.0 * c.u,
            cy,
            font,
            RC,
            lw - 12.0 * c.u,
            2,
        );
        let total = d.total();
        if total == 0 {
            c.text(&text.not_available, plot.x0, cy, fs, false, p.muted, LC);
            continue;
        }
        let counts = d.counts();
        let mut x0 = plot.x0;
        for k in ClassKind::ALL {
            let n = counts[k.index()];
            let share = n as f64 / total as f64;
            let x1 = x0 + share * plot.w();
            let (y0, y1) = (cy - bar_h / 2.0, cy + bar_h / 2.0);
            if n > 0 {
                // Segments with a white gap between them.
                let seg = Rect::new(x0, y0, (x1 - 2.0 * c.u).max(x0 + c.u), y1);
                let host = c.mark(seg, p.classes[k.index()]);
                let col = p.class_text[k.index()];
                let pct = text.fmt_percent(share * 100.0);
                let avail = seg.w() - 14.0 * c.u;
                let big = n.to_string();
                let (bs, ss) = (fs * 1.25, c.small());
                let two = c.lines_h(1, bs, true) + c.lines_h(1, ss, false) + 4.0 * c.u
                    <= bar_h - 4.0 * c.u;
                if c.text_w(&big, bs, true) <= avail {
                    let mid = (seg.x0 + seg.x1) / 2.0;
                    let big_font = Font {
                        size: bs,
                        bold: true,
                        color: col,
                    };
                    if two && c.text_w(&pct, ss, false) <= avail {
                        let hb = c.lines_h(1, bs, true);
                        let hs = c.lines_h(1, ss, false);
                        let t = cy - (hb + hs + 4.0 * c.u) / 2.0;
                        c.text_on(host, &big, mid, t + hb / 2.0, big_font, CC);
                        let sf = Font {
                            size: ss,
                            bold: false,
                            color: col,
                        };
                        c.text_on(host, &pct, mid, t + hb + 4.0 * c.u + hs / 2.0, sf, CC);
                    } else {
                        c.text_on(host, &big, mid, cy, big_font, CC);
                    }
                }
                if own_class == Some(k) {
                    c.stroke(seg.grow(3.0 * c.u), p.text, 2.5 * c.u);
                }
            }
            x0 = x1;
        }
    }
}
