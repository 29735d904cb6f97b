//! Chart 3: the services of the DPS questionnaire as a matrix of level cells.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::data::{CellLevel, ServiceCell};
use super::draw::{Area, Ctx, CC, LC};
use super::legend::{self, Entry, Swatch};
use super::{ChartError, ChartText, Theme};

/// Draws the services as a list of rows (two columns when the area is at least 560 logical
/// pixels wide, otherwise one): a cell coloured by level with the level number written in it,
/// SPID and CIE badges for services at level 3 or more (filled when access is possible, outlined
/// when not), and the service label, shortened with "…" if needed. Not-applicable cells are
/// hatched grey with `text.not_applicable_short`; unanswered cells have a dashed outline and
/// `text.unanswered_short`. A legend explains levels, N/A, unanswered and the badges.
///
/// For a phone (one column) give the area a portrait height (e.g. 360 x 720).
pub fn draw_services_matrix<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    cells: &[ServiceCell],
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    let c = Ctx::new(root, theme);
    let p = c.p;
    let body = c.frame(&text.titles.services, text.footer.as_deref())?;

    // Legend at the bottom.
    let mut entries: Vec<Entry<'_>> = (0..5)
        .map(|l| Entry {
            swatch: Swatch::Fill(p.levels[l]),
            inner: "",
            label: text.levels[l].as_str(),
        })
        .collect();
    entries.push(Entry {
        swatch: Swatch::Hatched(p.not_applicable),
        inner: "",
        label: &text.not_applicable,
    });
    entries.push(Entry {
        swatch: Swatch::DashedBox,
        inner: "",
        label: &text.unanswered,
    });
    entries.push(Entry {
        swatch: Swatch::Badge(p.text),
        inner: &text.spid_badge,
        label: &text.spid_legend,
    });
    entries.push(Entry {
        swatch: Swatch::Badge(p.text),
        inner: &text.cie_badge,
        label: &text.cie_legend,
    });
    let leg_h = legend::height(&c, &entries, body.w());
    legend::draw(&c, &entries, body.x0, body.y1 - leg_h, body.w())?;

    if cells.is_empty() {
        return Ok(());
    }
    let ncol = if body.w() / c.theme.scale >= 560.0 && cells.len() > 1 {
        2
    } else {
        1
    };
    let nrow = cells.len().div_ceil(ncol);
    let grid = Area {
        x0: body.x0,
        y0: body.y0,
        x1: body.x1,
        y1: body.y1 - leg_h - 8.0 * c.u,
    };
    let gap_x = 24.0 * c.u;
    let col_w = (grid.w() - gap_x * (ncol as f64 - 1.0)) / ncol as f64;
    let rh = (grid.h() / nrow as f64).min(44.0 * c.u);
    let cell_h = rh * 0.84;
    let cell_w = (cell_h * 1.35).max(c.fs * 2.2);
    let num_size = (cell_h * 0.62).min(c.fs * 1.1);
    let badge = cell_h * 0.7;
    let label_size = (rh * 0.6).min(c.fs);

    for (i, cell) in cells.iter().enumerate() {
        // Fill columns top to bottom (reading order of a list).
        let col = i / nrow;
        let row = i % nrow;
        let x = grid.x0 + col as f64 * (col_w + gap_x);
        let cy = grid.y0 + rh * (row as f64 + 0.5);
        let a = Area {
            x0: x,
            y0: cy - cell_h / 2.0,
            x1: x + cell_w,
            y1: cy + cell_h / 2.0,
        };
        let (mark, mark_color) = match cell.level {
            CellLevel::Level(l) => {
                let l = l.min(4) as usize;
                c.rect(a.x0, a.y0, a.x1, a.y1, p.levels[l])?;
                c.rect_stroke(a.x0, a.y0, a.x1, a.y1, p.grid, c.u)?;
                (l.to_string(), p.level_text[l])
            }
            CellLevel::NotApplicable => {
                c.rect(a.x0, a.y0, a.x1, a.y1, p.not_applicable)?;
                c.hatch(a, p.grid)?;
                c.rect_stroke(a.x0, a.y0, a.x1, a.y1, p.muted, c.u)?;
                (text.not_applicable_short.clone(), p.text)
            }
            CellLevel::Unanswered => {
                c.dashed(
                    &[
                        (a.x0, a.y0),
                        (a.x1, a.y0),
                        (a.x1, a.y1),
                        (a.x0, a.y1),
                        (a.x0, a.y0),
                    ],
                    p.muted,
                    c.u,
                )?;
                (text.unanswered_short.clone(), p.muted)
            }
        };
        let mark_size = if matches!(cell.level, CellLevel::Level(_)) {
            num_size
        } else {
            num_size * 0.75
        };
        let mark = c.fit(&mark, mark_size, true, cell_w - 2.0 * c.u);
        c.text(
            &mark,
            (a.x0 + a.x1) / 2.0,
            cy,
            mark_size,
            true,
            mark_color,
            CC,
        )?;

        // Badges.
        let mut bx = a.x1 + 6.0 * c.u;
        let online = cell.online;
        for (on, letter) in [(cell.spid, &text.spid_badge), (cell.cie, &text.cie_badge)] {
            if online {
                let (b0, b1) = (cy - badge / 2.0, cy + badge / 2.0);
                if on {
                    c.rect(bx, b0, bx + badge, b1, p.text)?;
                    c.text(
                        letter,
                        bx + badge / 2.0,
                        cy,
                        badge * 0.75,
                        true,
                        p.background,
                        CC,
                    )?;
                } else {
                    c.rect_stroke(bx, b0, bx + badge, b1, p.grid, c.u)?;
                }
            }
            bx += badge + 3.0 * c.u;
        }
        let lx = bx + 5.0 * c.u;
        let label = c.fit(&cell.label, label_size, false, x + col_w - lx);
        c.text(&label, lx, cy, label_size, false, p.text, LC)?;
    }
    Ok(())
}
