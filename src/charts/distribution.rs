//! Chart 6: the published distribution of the comuni among the three classes.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::data::{ClassDistribution, ClassKind};
use super::draw::{Area, Ctx, CC, LC, RC};
use super::legend::{self, Entry, Swatch};
use super::{ChartError, ChartText, Theme};

/// Draws one 100% stacked horizontal bar per year (Blocchi, Stacco, Spinta from left to right),
/// each segment labelled with its count and share when it fits. When `own_class` is given, the
/// segments of that class get a thick outline and a line under the legend reads
/// "`text.comune`: class name", so the comune is placed without relying on colour.
pub fn draw_class_distribution<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    years: &[ClassDistribution],
    own_class: Option<ClassKind>,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    let c = Ctx::new(root, theme);
    let p = c.p;
    let body = c.frame(&text.titles.distribution, text.footer.as_deref())?;
    let fs = c.fs;

    let entries: Vec<Entry<'_>> = ClassKind::ALL
        .iter()
        .map(|k| Entry {
            swatch: Swatch::Fill(p.classes[k.index()]),
            inner: "",
            label: text.class_name(*k),
        })
        .collect();
    let mut top = body.y0 + legend::draw(&c, &entries, body.x0, body.y0, body.w())?;
    if let Some(k) = own_class {
        let line = format!("{}: {}", text.comune, text.class_name(k));
        let line = c.fit(&line, fs, true, body.w());
        let sw = fs * 1.1;
        let cy = top + fs * 0.9;
        c.rect(
            body.x0,
            cy - sw / 2.0,
            body.x0 + sw,
            cy + sw / 2.0,
            p.classes[k.index()],
        )?;
        c.rect_stroke(
            body.x0,
            cy - sw / 2.0,
            body.x0 + sw,
            cy + sw / 2.0,
            p.text,
            3.0 * c.u,
        )?;
        c.text(&line, body.x0 + sw + 8.0 * c.u, cy, fs, true, p.text, LC)?;
        top += fs * 1.8;
    }
    if years.is_empty() {
        return Ok(());
    }

    let row_labels: Vec<String> = years
        .iter()
        .map(|d| {
            text.distribution_row
                .replace("{year}", &d.year.to_string())
                .replace("{total}", &d.total().to_string())
        })
        .collect();
    let label_w = row_labels
        .iter()
        .map(|l| c.text_w(l, fs, true))
        .fold(0.0, f64::max)
        .min(body.w() * 0.35)
        + 12.0 * c.u;
    let plot = Area {
        x0: body.x0 + label_w,
        y0: top + 8.0 * c.u,
        x1: body.x1,
        y1: body.y1,
    };
    let rh = (plot.h() / years.len() as f64).min(fs * 6.0);
    let bar_h = rh * 0.62;
    for (i, d) in years.iter().enumerate() {
        let cy = plot.y0 + rh * (i as f64 + 0.5);
        let label = c.fit(&row_labels[i], fs, true, label_w - 12.0 * c.u);
        c.text(&label, plot.x0 - 10.0 * c.u, cy, fs, true, p.text, RC)?;
        let total = d.total();
        if total == 0 {
            c.text(&text.not_available, plot.x0, cy, fs, false, p.muted, LC)?;
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
                c.rect(x0, y0, x1, y1, p.classes[k.index()])?;
                // White separators between segments.
                c.line(&[(x1, y0), (x1, y1)], p.background, 2.0 * c.u)?;
                let pct = text.fmt_percent(share * 100.0);
                let col = p.class_text[k.index()];
                let avail = x1 - x0 - 8.0 * c.u;
                let big = n.to_string();
                if c.text_w(&big, fs * 1.3, true) <= avail {
                    c.text(
                        &big,
                        (x0 + x1) / 2.0,
                        cy - fs * 0.55,
                        fs * 1.3,
                        true,
                        col,
                        CC,
                    )?;
                    if c.text_w(&pct, c.small(), false) <= avail {
                        c.text(
                            &pct,
                            (x0 + x1) / 2.0,
                            cy + fs * 0.75,
                            c.small(),
                            false,
                            col,
                            CC,
                        )?;
                    }
                }
                if own_class == Some(k) {
                    let out = 4.0 * c.u;
                    c.rect_stroke(x0, y0 - out, x1, y1 + out, p.text, 2.5 * c.u)?;
                }
            }
            x0 = x1;
        }
    }
    Ok(())
}
