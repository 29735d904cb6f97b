//! The charts of the shared view and of the compare page: their localised words (from the string catalogues and,
//! through [`crate::report::charts::edition_text`], the model edition) and their data (with the cut-offs of
//! [`crate::report::charts::cutoffs`]); and the trend of one comune over several years (chart and table), shown
//! when the compared rows are one comune in different years.

use crate::charts::{ChartSpec, ChartText, ChartTitles, ClassKind, Dimensions, TrendPoint};
use crate::i18n::{fill, strings};
use crate::model::{number, Class, Edition, Lang, Scores};
use crate::report::charts::{cutoffs, dimensions, edition_text};
use crate::report::table::{Cell, DataTable};
use crate::sort::sort_by_comparison;

use super::compare::{benchmarks, score_text, Row};

/// The words of the sub-indices and comparison charts in `lang`.
pub fn chart_text(edition: &Edition, lang: Lang) -> ChartText {
    let s = strings(lang);
    ChartText {
        titles: ChartTitles {
            subindices: s.transfer().chart_title.to_string(),
            comparison: s.compare().chart_title.to_string(),
            ..ChartTitles::default()
        },
        dimensions_long: [
            s.start.dps_name.to_string(),
            s.start.dpa_name.to_string(),
            s.start.do_name.to_string(),
        ],
        not_available: s.transfer().not_available.to_string(),
        cutoff: s.transfer().cutoff.to_string(),
        unanswered: s.transfer().unanswered.to_string(),
        ..edition_text(edition, lang)
    }
}

/// The words of the compare page's charts: [`chart_text`], the trend's title, and the provisional mark when a
/// compared assessment is incomplete (with the answers missing in all of them).
pub fn compare_text(edition: &Edition, lang: Lang, rows: &[Row]) -> ChartText {
    let mut t = chart_text(edition, lang);
    if let Some(first) = rows.first() {
        t.titles.trend = fill(strings(lang).compare().trend_title, &[&first.name]);
    }
    let missing: u32 = rows
        .iter()
        .filter(|r| r.provisional)
        .filter_map(|r| r.completeness)
        .map(|c| c.total.saturating_sub(c.answered))
        .sum();
    if rows.iter().any(|r| r.provisional) {
        t.provisional = Some(
            strings(lang)
                .results()
                .provisional_mark
                .of(missing as usize),
        );
    }
    t
}

/// The sub-indices bar chart of a set of scores.
pub fn subindices_spec(edition: &Edition, scores: &Scores) -> ChartSpec {
    ChartSpec::Subindices {
        dims: dimensions(scores),
        cutoffs: cutoffs(edition),
    }
}

/// The grouped bar chart of a comparison.
pub fn comparison_spec(edition: &Edition, rows: &[Row]) -> ChartSpec {
    ChartSpec::Comparison {
        comuni: benchmarks(rows),
        cutoffs: cutoffs(edition),
    }
}

/// The rows of one comune over several years, oldest first, when the rows are that: at least two rows, all with
/// a year, all different years, and one comune (the same ISTAT code when every row has one, else the same name).
pub fn trend_rows(rows: &[Row]) -> Option<Vec<&Row>> {
    if rows.len() < 2 || rows.iter().any(|r| r.year.is_none()) {
        return None;
    }
    let first = &rows[0];
    let same = if rows.iter().all(|r| r.istat.is_some()) {
        rows.iter().all(|r| r.istat == first.istat)
    } else {
        let key = |r: &Row| crate::model::text_case::lower_case(r.name.trim());
        rows.iter().all(|r| key(r) == key(first))
    };
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sort_by_comparison(&mut sorted, |a, b| a.year.cmp(&b.year));
    let distinct = sorted.windows(2).all(|w| w[0].year != w[1].year);
    (same && distinct).then_some(sorted)
}

fn class_kind(c: Class) -> ClassKind {
    match c {
        Class::BlocchiDiPartenza => ClassKind::Blocchi,
        Class::Stacco => ClassKind::Stacco,
        Class::Spinta => ClassKind::Spinta,
    }
}

/// The label of a row in the trend: its year.
fn year_label(r: &Row) -> String {
    r.year.map(|y| y.to_string()).unwrap_or_default()
}

/// The trend chart of one comune over several years (see [`trend_rows`]).
pub fn trend_spec(edition: &Edition, rows: &[&Row]) -> ChartSpec {
    let points: Vec<(String, &Row)> = rows.iter().map(|r| (year_label(r), *r)).collect();
    labelled_trend_spec(edition, &points)
}

/// The trend chart of labelled rows, in order (the history of a comune labels two assessments of one year by
/// their dates).
pub fn labelled_trend_spec(edition: &Edition, points: &[(String, &Row)]) -> ChartSpec {
    ChartSpec::Trend {
        points: points
            .iter()
            .map(|(label, r)| TrendPoint {
                label: label.clone(),
                dims: Dimensions {
                    dps: r.dps,
                    dpa: r.dpa,
                    do_: r.do_,
                },
                care: r.care,
                class: r.class.map(class_kind),
            })
            .collect(),
        cutoffs: cutoffs(edition),
    }
}

/// The change of Ca.Re from the previous row in `lang` ("+3,2"), if both are known.
fn change_text(prev: Option<f64>, cur: Option<f64>, lang: Lang) -> Option<String> {
    Some(number::signed_change(lang, cur? - prev?))
}

/// The trend's data table: one row per year with the indices, the class and the change of Ca.Re.
pub fn trend_table(rows: &[&Row], lang: Lang) -> DataTable {
    let points: Vec<(String, &Row)> = rows.iter().map(|r| (year_label(r), *r)).collect();
    let caption = rows
        .first()
        .map(|r| fill(strings(lang).compare().trend_title, &[&r.name]))
        .unwrap_or_default();
    labelled_trend_table(caption, &points, lang)
}

/// The data table of labelled rows (see [`labelled_trend_spec`]): one row per point with the indices, the class
/// and the change of Ca.Re from the point before.
pub fn labelled_trend_table(caption: String, points: &[(String, &Row)], lang: Lang) -> DataTable {
    let t = &strings(lang).compare();
    let head = vec![
        Cell::text(t.col_year),
        Cell::num(t.col_dps),
        Cell::num(t.col_dpa),
        Cell::num(t.col_do),
        Cell::num(t.col_care),
        Cell::text(t.col_class),
        Cell::num(t.col_change),
    ];
    DataTable::from_items(
        caption,
        head,
        points.iter().enumerate(),
        |(i, (label, r))| {
            let change = i
                .checked_sub(1)
                .and_then(|p| change_text(points[p].1.care, r.care, lang))
                .unwrap_or_else(|| "–".to_string());
            vec![
                Cell::head(label.clone()),
                Cell::num(score_text(r.dps, lang)),
                Cell::num(score_text(r.dpa, lang)),
                Cell::num(score_text(r.do_, lang)),
                Cell::num(score_text(r.care, lang)),
                Cell::text(r.class_text(lang)),
                Cell::num(change),
            ]
        },
    )
}
