//! The comparison chart: several comuni side by side, DPS/DPA/DO/Ca.Re each, with names that tell the rows apart.

use super::columns::{self, axis_w, Proportions};
use super::data::{Benchmark, Cutoffs};
use super::layout::{score_y, wrap, Area, Ctx, Font, CB, CT, RC};
use super::legend::{self, Entry, Swatch};
use super::metrics::text_width;
use super::scene::Rect;
use super::ChartText;

/// The proportions of the upright layout's plot.
const PLOT: Proportions = Proportions {
    gap: 1.5,
    share: 0.4,
    max_h: 320.0,
};

fn entries<'t>(c: &Ctx<'_>, text: &'t ChartText) -> Vec<Entry<'t>> {
    legend::series(text, |k| Swatch::Fill(c.p.series[k]))
}

/// The names under the groups: wrapped on two lines; when a name does not fit even so, its start and its end
/// (where the year and the words that tell alike names apart are) are kept, and the middle is cut.
pub(crate) fn group_names(labels: &[String], size: f64, max_w: f64) -> Vec<(Vec<String>, bool)> {
    labels
        .iter()
        .map(|l| {
            let (lines, cut) = wrap(l, size, true, max_w, 2);
            if !cut {
                return (lines, false);
            }
            (keep_ends(l, size, max_w), true)
        })
        .collect()
}

/// The size of the group names: the base size, or a smaller one (down to 80%) when that spares a cut.
fn names_size(c: &Ctx<'_>, labels: &[String], max_w: f64) -> f64 {
    let cuts = |size: f64| {
        labels
            .iter()
            .filter(|l| wrap(l, size, true, max_w, 2).1)
            .count()
    };
    let base = cuts(c.fs);
    if base == 0 {
        return c.fs;
    }
    let small = c.fs * 0.8;
    if cuts(small) < base {
        small
    } else {
        c.fs
    }
}

/// Two lines: as many first words as fit, then "…" and as many last words as fit.
fn keep_ends(s: &str, size: f64, max_w: f64) -> Vec<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let tail_of = |n: usize| format!("…{}", words[words.len() - n..].join(" "));
    let mut n = 1;
    while n < words.len() && text_width(&tail_of(n + 1), size, true) <= max_w {
        n += 1;
    }
    let mut head = String::new();
    for w in &words[..words.len() - n] {
        let cand = if head.is_empty() {
            (*w).to_string()
        } else {
            format!("{head} {w}")
        };
        if text_width(&cand, size, true) > max_w {
            break;
        }
        head = cand;
    }
    vec![head, super::layout::fit(&tail_of(n), size, true, max_w)]
}

fn names_h(c: &Ctx<'_>, comuni: &[Benchmark], group_w: f64) -> f64 {
    let labels: Vec<String> = comuni.iter().map(|b| b.label.clone()).collect();
    let size = names_size(c, &labels, group_w - 8.0 * c.u);
    let n = group_names(&labels, size, group_w - 8.0 * c.u)
        .iter()
        .map(|(l, _)| l.len())
        .max()
        .unwrap_or(1);
    c.lines_h(n, size, true) + 8.0 * c.u
}

/// The body height the chart wants for a body `w` wide.
pub(crate) fn body_height(c: &Ctx<'_>, comuni: &[Benchmark], text: &ChartText, w: f64) -> f64 {
    let leg = legend::height(c, &entries(c, text), w);
    if lying(c, comuni, w) {
        return leg + rows_height(c, comuni, w);
    }
    let group_w = (w - axis_w(c)) / comuni.len().max(1) as f64;
    PLOT.body_height(c, leg, w, names_h(c, comuni, group_w))
}

/// Lays out grouped vertical bars: one group per comune, four bars per group (DPS, DPA, DO and the composite,
/// in a light-to-dark sequence so the order survives greyscale), over the band tints with the cut-offs dashed.
/// Values are written above the bars when they fit clear of the other bars (all with one decimal, or all rounded
/// when that places more of them; the table beside the chart has them all); a missing value draws no bar and
/// `text.not_available` (or "–" when even that does not fit).
pub(crate) fn layout(
    c: &mut Ctx<'_>,
    body: Area,
    comuni: &[Benchmark],
    cutoffs: &Cutoffs,
    text: &ChartText,
) {
    let p = c.p;
    let fs = c.fs;
    let small = c.small();
    let es = entries(c, text);
    let leg_h = legend::put(c, &es, body.x0, body.y0, body.w());
    if comuni.is_empty() {
        return;
    }
    if lying(c, comuni, body.w()) {
        let rest = Area::new(body.x0, body.y0 + leg_h, body.x1, body.y1);
        return layout_rows(c, rest, comuni, cutoffs, text);
    }
    let group_w = (body.w() - axis_w(c)) / comuni.len() as f64;
    let nh = names_h(c, comuni, group_w);
    let plot = PLOT.plot(c, body, leg_h, nh, cutoffs);
    let y = |v: f64| score_y(plot, v);

    let bar_w = (group_w * 0.8 / 4.0).min(48.0 * c.u);
    let inner_w = bar_w * 4.0;
    let label_size = (bar_w * 0.5).clamp(small * 0.85, fs);
    // Bars first (so that every value is placed knowing all of them), then the values.
    let mut values = Vec::new();
    for (g, b) in comuni.iter().enumerate() {
        let gx = plot.x0 + group_w * (g as f64 + 0.5);
        for (k, v) in [b.dps, b.dpa, b.do_, b.care].iter().enumerate() {
            let x0 = gx - inner_w / 2.0 + bar_w * k as f64;
            let x1 = x0 + bar_w - 1.5 * c.u;
            let bar = v.map(|v| c.mark(Rect::new(x0, y(v), x1, plot.y1), p.series[k]));
            values.push(((x0 + x1) / 2.0, *v, k, bar, x1 - x0));
        }
    }
    // One format for every value of the chart: one decimal, or all rounded when rounding places more of them (a
    // value that fits nowhere is left to the table).
    let before = c.scene.clone();
    let missed = put_values(c, plot, &values, label_size, text, ChartText::fmt1);
    if missed > 0 {
        let decimals = std::mem::replace(&mut c.scene, before);
        if put_values(c, plot, &values, label_size, text, ChartText::fmt_whole) >= missed {
            c.scene = decimals;
        }
    }
    let labels: Vec<String> = comuni.iter().map(|b| b.label.clone()).collect();
    let size = names_size(c, &labels, group_w - 8.0 * c.u);
    let names = group_names(&labels, size, group_w - 8.0 * c.u);
    for (g, (lines, cut)) in names.into_iter().enumerate() {
        let gx = plot.x0 + group_w * (g as f64 + 0.5);
        let font = Font {
            size,
            bold: true,
            color: p.text,
        };
        c.put(
            lines,
            &labels[g],
            cut,
            (group_w - 8.0 * c.u, 2),
            gx,
            plot.y1 + 6.0 * c.u,
            font,
            CT,
            None,
            super::scene::Role::Body,
        );
    }
    columns::baseline(c, plot);
}

/// Whether the groups are too narrow for their names (a phone, many comuni): then one row per comune.
fn lying(c: &Ctx<'_>, comuni: &[Benchmark], w: f64) -> bool {
    (w - axis_w(c)) / comuni.len().max(1) as f64 / c.theme.scale < 84.0
}

/// Sizes of the lying layout: bar height, gap between bars, gap between comuni, the value column's width.
fn row_sizes(c: &Ctx<'_>) -> (f64, f64, f64, f64) {
    let bar = (c.fs * 0.8).max(9.0 * c.u);
    (
        bar,
        2.0 * c.u,
        10.0 * c.u,
        c.text_w("100,0", c.small(), true) + 10.0 * c.u,
    )
}

fn row_name_lines(c: &Ctx<'_>, b: &Benchmark, w: f64) -> usize {
    c.wrap(&b.label, c.fs, true, w, 2).0.len()
}

fn rows_height(c: &Ctx<'_>, comuni: &[Benchmark], w: f64) -> f64 {
    let (bar, gap, row_gap, _) = row_sizes(c);
    let block = 4.0 * bar + 3.0 * gap;
    comuni
        .iter()
        .map(|b| c.lines_h(row_name_lines(c, b, w), c.fs, true) + 5.0 * c.u + block + row_gap)
        .sum::<f64>()
        + c.small() * 2.2
}

/// One row per comune: its name across the width, then its four bars (DPS, DPA, DO, Ca.Re) lying on a 0-100
/// axis over the band tints with the cut-offs dashed, and their values in a right-hand column.
fn layout_rows(
    c: &mut Ctx<'_>,
    area: Area,
    comuni: &[Benchmark],
    cutoffs: &Cutoffs,
    text: &ChartText,
) {
    let p = c.p;
    let small = c.small();
    let (bar, gap, row_gap, value_w) = row_sizes(c);
    let block = 4.0 * bar + 3.0 * gap;
    let spare = (area.h() - rows_height(c, comuni, area.w())).max(0.0) / comuni.len() as f64;
    let plot = (area.x0 + 4.0 * c.u, area.x1 - value_w);
    let x = |v: f64| plot.0 + v.clamp(0.0, 100.0) / 100.0 * (plot.1 - plot.0);
    let bounds = [0.0, cutoffs.low, cutoffs.high, 100.0];
    let mut y = area.y0 + 4.0 * c.u;
    for b in comuni {
        let font = Font {
            size: c.fs,
            bold: true,
            color: p.text,
        };
        let nb = c.label(&b.label, area.x0, y, font, super::layout::LT, area.w(), 2);
        let y0 = nb.y1 + 5.0 * c.u;
        for k in 0..3 {
            c.tint(
                Rect::new(x(bounds[k]), y0, x(bounds[k + 1]), y0 + block),
                p.bands[k],
            );
        }
        for cut in [cutoffs.low, cutoffs.high] {
            c.dashed(&[(x(cut), y0), (x(cut), y0 + block)], p.cutoff, 1.5 * c.u);
        }
        for (k, v) in [b.dps, b.dpa, b.do_, b.care].iter().enumerate() {
            let by = y0 + k as f64 * (bar + gap);
            let cy = by + bar / 2.0;
            match v {
                Some(v) => {
                    c.mark(Rect::new(x(0.0), by, x(*v), by + bar), p.series[k]);
                    c.text(&text.fmt1(*v), area.x1, cy, small, true, p.text, RC);
                }
                None => {
                    c.text(&text.not_available, area.x1, cy, small, false, p.muted, RC);
                }
            }
        }
        c.line(&[(x(0.0), y0), (x(0.0), y0 + block)], p.text, 1.5 * c.u);
        y = y0 + block + row_gap + spare;
    }
    for t in (0..=100).step_by(20) {
        c.text(
            &t.to_string(),
            x(t as f64),
            y - row_gap - spare + 6.0 * c.u,
            small,
            false,
            p.muted,
            CT,
        );
    }
}

/// A bar's value label: where the bar's centre is, its value, its series, the bar's mark (none for a missing value)
/// and its width.
type BarValue = (f64, Option<f64>, usize, Option<usize>, f64);

/// Writes each bar's value, formatted by `fmt`, above the bar, else inside its top, wherever it touches nothing and
/// does not sit on a cut-off; a missing value gets `text.not_available` (or "–") at the baseline. Returns how many
/// known values fitted nowhere.
fn put_values(
    c: &mut Ctx<'_>,
    plot: Area,
    values: &[BarValue],
    label_size: f64,
    text: &ChartText,
    fmt: fn(&ChartText, f64) -> String,
) -> usize {
    let (p, fs) = (c.p, c.fs);
    let y = |v: f64| score_y(plot, v);
    let mut missed = 0;
    for &(cx, v, k, bar, bw) in values {
        let font = Font {
            size: label_size,
            bold: true,
            color: p.text,
        };
        let Some(v) = v else {
            let muted = Font {
                bold: false,
                color: p.muted,
                ..font
            };
            if let Some(lab) = [text.not_available.as_str(), "–"].into_iter().find(|s| {
                let r = c.text_box(s, cx, plot.y1 - 3.0 * c.u, muted, CB);
                !c.blocked(&r.grow(c.u))
            }) {
                c.text(lab, cx, plot.y1 - 3.0 * c.u, label_size, false, p.muted, CB);
            }
            continue;
        };
        let inside = Font {
            color: p.series_text[k],
            ..font
        };
        let s = fmt(text, v);
        let spots = [(y(v) - 3.0 * c.u, CB, font), (y(v) + 4.0 * c.u, CT, inside)];
        let ok = |c: &Ctx<'_>, (yy, a, f): &(f64, _, Font)| {
            let r = c.text_box(&s, cx, *yy, *f, *a);
            let free = if *yy > y(v) {
                r.w() <= bw - 2.0 * c.u && r.y1 + 2.0 * c.u <= plot.y1
            } else {
                !c.blocked(&r.grow(3.0 * c.u)) && r.y0 >= plot.y0 - fs
            };
            free && !c.on_cutoff(&r.grow(c.u))
        };
        match (spots.iter().find(|spot| ok(c, spot)).copied(), bar) {
            (Some((yy, a, f)), Some(h)) if yy > y(v) => {
                c.text_on(h, &s, cx, yy, f, a);
            }
            (Some((yy, a, f)), _) => {
                c.text(&s, cx, yy, f.size, true, f.color, a);
            }
            (None, _) => missed += 1,
        }
    }
    missed
}
