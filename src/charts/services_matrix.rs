//! Chart 3: the services of the DPS questionnaire as a matrix of level cells, with their names.

use super::data::{CellLevel, ServiceCell};
use super::layout::{Area, Ctx, Font, CC, LC};
use super::legend::{self, Entry, Swatch};
use super::scene::Rect;
use super::ChartText;

fn entries<'t>(c: &Ctx<'_>, text: &'t ChartText) -> Vec<Entry<'t>> {
    let p = c.p;
    let mut v: Vec<Entry<'t>> = (0..5)
        .map(|l| Entry {
            swatch: Swatch::Fill(p.levels[l]),
            inner: "",
            label: text.levels[l].as_str(),
        })
        .collect();
    v.push(Entry {
        swatch: Swatch::Hatched(p.not_applicable),
        inner: "",
        label: &text.not_applicable,
    });
    v.push(Entry {
        swatch: Swatch::DashedBox,
        inner: "",
        label: &text.unanswered,
    });
    v.push(Entry {
        swatch: Swatch::Badge(p.text),
        inner: &text.spid_badge,
        label: &text.spid_legend,
    });
    v.push(Entry {
        swatch: Swatch::Badge(p.text),
        inner: &text.cie_badge,
        label: &text.cie_legend,
    });
    v
}

/// Columns: two when the body is at least 560 logical pixels wide.
fn columns(c: &Ctx<'_>, w: f64, n: usize) -> usize {
    if w / c.theme.scale >= 560.0 && n > 1 {
        2
    } else {
        1
    }
}

/// The geometry of a row for a row pitch `rh`: cell width and height, badge size, label size and x offset.
struct RowGeom {
    cell_w: f64,
    cell_h: f64,
    badge: f64,
    label_size: f64,
    label_dx: f64,
}

fn geom(c: &Ctx<'_>, rh: f64, lines: usize) -> RowGeom {
    let cell_h = (rh * 0.8).min(34.0 * c.u);
    let cell_w = (cell_h * 1.35).max(c.fs * 2.2);
    let badge = cell_h * 0.7;
    // The lines of label must fit in the row.
    let label_size = ((rh - 4.0 * c.u) / (c.lines_h(lines, 1.0, false)))
        .min(c.fs)
        .max(10.0 * c.theme.scale);
    let label_dx = cell_w + 6.0 * c.u + 2.0 * (badge + 3.0 * c.u) + 5.0 * c.u;
    RowGeom {
        cell_w,
        cell_h,
        badge,
        label_size,
        label_dx,
    }
}

/// Whether some name needs two lines at the base size.
fn two_lines(c: &Ctx<'_>, cells: &[ServiceCell], col_w: f64) -> bool {
    let g = geom(c, 34.0 * c.u, 1);
    cells
        .iter()
        .any(|cell| c.text_w(&cell.label, c.fs, false) > col_w - g.label_dx)
}

/// The natural row pitch: room for two lines of label at the base size when a label needs them.
fn natural_row(c: &Ctx<'_>, cells: &[ServiceCell], col_w: f64) -> f64 {
    let one = 34.0 * c.u;
    if two_lines(c, cells, col_w) {
        c.lines_h(2, c.fs, false) + 10.0 * c.u
    } else {
        one
    }
}

fn col_w(c: &Ctx<'_>, w: f64, ncol: usize) -> f64 {
    (w - 24.0 * c.u * (ncol as f64 - 1.0)) / ncol as f64
}

/// The body height the chart wants for a body `w` wide.
pub(crate) fn body_height(c: &Ctx<'_>, cells: &[ServiceCell], text: &ChartText, w: f64) -> f64 {
    let leg = legend::height(c, &entries(c, text), w);
    let ncol = columns(c, w, cells.len());
    let nrow = cells.len().div_ceil(ncol);
    natural_row(c, cells, col_w(c, w, ncol)) * nrow as f64 + leg + 10.0 * c.u
}

/// Lays out the services as a list of rows (two columns when the area is at least 560 logical pixels wide,
/// else one): a cell coloured by level with the level number in it, SPID and CIE badges for services at level 3
/// or more (filled when access is possible, outlined when not), and the service name on up to two lines.
/// Not-applicable cells are hatched grey with `text.not_applicable_short`; unanswered cells have a dashed outline
/// and `text.unanswered_short`. A legend explains levels, not applicable, unanswered and the badges.
pub(crate) fn layout(c: &mut Ctx<'_>, body: Area, cells: &[ServiceCell], text: &ChartText) {
    let p = c.p;
    let es = entries(c, text);
    let leg_h = legend::height(c, &es, body.w());
    legend::put(c, &es, body.x0, body.y1 - leg_h, body.w());
    if cells.is_empty() {
        return;
    }
    let ncol = columns(c, body.w(), cells.len());
    let nrow = cells.len().div_ceil(ncol);
    let grid = Area::new(body.x0, body.y0, body.x1, body.y1 - leg_h - 10.0 * c.u);
    let col_w = col_w(c, body.w(), ncol);
    let rh = (grid.h() / nrow as f64).min(natural_row(c, cells, col_w) * 1.25);
    let g = geom(c, rh, if two_lines(c, cells, col_w) { 2 } else { 1 });
    let num_size = (g.cell_h * 0.62).min(c.fs * 1.1).max(10.0 * c.theme.scale);

    for (i, cell) in cells.iter().enumerate() {
        // Fill columns top to bottom (reading order of a list).
        let (col, row) = (i / nrow, i % nrow);
        let x = grid.x0 + col as f64 * (col_w + 24.0 * c.u);
        let cy = grid.y0 + rh * (row as f64 + 0.5);
        let a = Rect::new(x, cy - g.cell_h / 2.0, x + g.cell_w, cy + g.cell_h / 2.0);
        let (host, mark, mark_color) = match cell.level {
            CellLevel::Level(l) => {
                let l = l.min(4) as usize;
                let h = c.mark(a, p.levels[l]);
                c.stroke(a, p.grid, c.u);
                (h, l.to_string(), p.level_text[l])
            }
            CellLevel::NotApplicable => {
                let h = c.mark(a, p.not_applicable);
                c.hatch(a, p.grid);
                c.stroke(a, p.muted, c.u);
                (h, text.not_applicable_short.clone(), p.text)
            }
            CellLevel::Unanswered => {
                let h = c.mark(a, p.background);
                c.stroke_dashed(a, p.muted, c.u);
                (h, text.unanswered_short.clone(), p.muted)
            }
        };
        let mark_size = if matches!(cell.level, CellLevel::Level(_)) {
            num_size
        } else {
            (num_size * 0.75).max(10.0 * c.theme.scale)
        };
        let mark = c.fit(&mark, mark_size, true, g.cell_w - 6.0 * c.u);
        let font = Font {
            size: mark_size,
            bold: true,
            color: mark_color,
        };
        c.text_on(host, &mark, (a.x0 + a.x1) / 2.0, cy, font, CC);

        // Badges.
        let mut bx = a.x1 + 6.0 * c.u;
        let online = cell.online;
        for (on, letter) in [(cell.spid, &text.spid_badge), (cell.cie, &text.cie_badge)] {
            if online {
                let b = Rect::new(bx, cy - g.badge / 2.0, bx + g.badge, cy + g.badge / 2.0);
                if on {
                    let h = c.mark(b, p.text);
                    let font = Font {
                        size: g.badge * 0.75,
                        bold: true,
                        color: p.background,
                    };
                    c.text_on(h, letter, bx + g.badge / 2.0, cy, font, CC);
                } else {
                    c.stroke(b, p.grid, c.u);
                }
            }
            bx += g.badge + 3.0 * c.u;
        }
        let lx = x + g.label_dx;
        let font = Font {
            size: g.label_size,
            bold: false,
            color: p.text,
        };
        c.label(&cell.label, lx, cy, font, LC, x + col_w - lx, 2);
    }
}
