//! The comparison of several comuni: one [`Row`] per saved assessment, loaded file or published comune, the
//! bars of the grouped chart, and the CSV export (UTF-8 with BOM; `;` and decimal comma in Italian, `,` and
//! decimal point in English; every cell guarded against formula injection by [`crate::report::csv::cell`]).

use crate::charts::Benchmark;
use crate::i18n::strings;
use crate::model::number::one_decimal;
use crate::model::{self, Answers, Class, Count, Lang, SubLabel};
use crate::report::csv::{cell, separator, BOM};
use crate::report::explain::{class_name, sub_label_name};
use crate::report::published::PublishedComune;

/// Where a row of the comparison comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// An assessment saved in this browser.
    Saved,
    /// An answers file loaded on the compare page (in memory only).
    File,
    /// A published comune (a reference).
    Published,
}

/// One comune in the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The comune's name (free text: shown as text only).
    pub name: String,
    /// The comune's ISTAT code, when given.
    pub istat: Option<String>,
    /// The year of the assessment, when given.
    pub year: Option<u16>,
    /// Where the row comes from.
    pub origin: Origin,
    /// Digital Public Services, unrounded.
    pub dps: Option<f64>,
    /// Digital PA, unrounded.
    pub dpa: Option<f64>,
    /// Digital Openness, unrounded.
    pub do_: Option<f64>,
    /// The composite Ca.Re index, unrounded.
    pub care: Option<f64>,
    /// The class.
    pub class: Option<Class>,
    /// The sub-label of a Spinta class.
    pub sub_label: Option<SubLabel>,
    /// The class is provisional (the questionnaire is not complete).
    pub provisional: bool,
    /// Answered and asked questions (none for a published comune).
    pub completeness: Option<Count>,
    /// Sources of a published comune.
    pub sources: Vec<&'static str>,
}

impl Row {
    /// The row of a set of answers, scored with their edition.
    pub fn from_answers(answers: &Answers, origin: Origin) -> Row {
        let edition = model::edition(&answers.model).unwrap_or_else(model::current);
        let s = model::score(edition, answers);
        Row {
            name: answers.comune.name.clone(),
            istat: answers
                .comune
                .istat_code
                .clone()
                .filter(|c| !c.trim().is_empty()),
            year: answers.comune.year,
            origin,
            dps: s.dps,
            dpa: s.dpa,
            do_: s.do_,
            care: s.care,
            class: s.class,
            sub_label: s.sub_label,
            provisional: s.class.is_some() && !s.complete,
            completeness: Some(s.progress.total),
            sources: Vec::new(),
        }
    }

    /// The row of a published comune (one of [`crate::report::published::Published::comparable`]), with its
    /// published figures, class and sources.
    pub fn from_published(p: &'static PublishedComune) -> Row {
        Row {
            name: p.comune.clone(),
            istat: None,
            year: Some(p.year),
            origin: Origin::Published,
            dps: p.dps,
            dpa: p.dpa,
            do_: p.do_,
            care: Some(p.care),
            class: p.class_kind(),
            sub_label: p.sub_label_kind(),
            provisional: false,
            completeness: None,
            sources: p.sources.iter().map(String::as_str).collect(),
        }
    }

    /// The label of the row in the chart: the name and the year (`Siena 2021`).
    pub fn label(&self) -> String {
        match self.year {
            Some(y) => format!("{} {y}", self.name),
            None => self.name.clone(),
        }
    }

    /// The bars of the row in the comparison chart.
    pub fn benchmark(&self) -> Benchmark {
        Benchmark {
            label: self.label(),
            care: self.care,
            dps: self.dps,
            dpa: self.dpa,
            do_: self.do_,
        }
    }

    /// The class in words (`Spinta (omogeneo)`, `Stacco – provvisoria`), empty when there is none.
    pub fn class_text(&self, lang: Lang) -> String {
        let edition = model::current();
        let Some(class) = self.class else {
            return String::new();
        };
        let mut out = class_name(edition, class, lang);
        if let Some(sub) = self.sub_label {
            out = format!("{out} ({})", sub_label_name(edition, sub, lang));
        }
        if self.provisional {
            out = format!("{out} – {}", strings(lang).compare().provisional);
        }
        out
    }

    /// The completeness in percent, when known.
    pub fn completeness_percent(&self) -> Option<f64> {
        self.completeness.map(|c| 100.0 * c.ratio())
    }

    /// The number of unanswered questions, when known.
    pub fn missing_answers(&self) -> Option<u32> {
        self.completeness.map(|c| c.total - c.answered)
    }

    /// The origin in words.
    pub fn origin_text(&self, lang: Lang) -> &'static str {
        let t = &strings(lang).compare();
        match self.origin {
            Origin::Saved => t.origin_saved,
            Origin::File => t.origin_file,
            Origin::Published => t.origin_published,
        }
    }
}

/// A score with one decimal in `lang`, or the "not available" mark.
pub fn score_text(value: Option<f64>, lang: Lang) -> String {
    match value {
        Some(v) => one_decimal(lang, v),
        None => strings(lang).compare().not_available.to_string(),
    }
}

/// The name of a row in the chart: without the "Comune di" that every row would repeat ("San Giovanni in
/// Persiceto 2024"), and numbered when two rows have the same name and year ("Siena 2021 (2)") so that no two
/// groups read alike.
pub fn benchmarks(rows: &[Row]) -> Vec<Benchmark> {
    let short = |r: &Row| {
        let name = r.name.trim();
        let rest = ["Comune di ", "Comune "]
            .iter()
            .find_map(|p| {
                name.get(..p.len())
                    .filter(|head| head.eq_ignore_ascii_case(p))
                    .map(|_| name[p.len()..].trim())
            })
            .filter(|rest| !rest.is_empty())
            .unwrap_or(name);
        match r.year {
            Some(y) => format!("{rest} {y}"),
            None => rest.to_string(),
        }
    };
    let labels: Vec<String> = rows.iter().map(short).collect();
    let mut out: Vec<Benchmark> = rows.iter().map(Row::benchmark).collect();
    for (i, b) in out.iter_mut().enumerate() {
        let before = labels[..i].iter().filter(|l| **l == labels[i]).count();
        b.label = if before > 0 {
            format!("{} ({})", labels[i], before + 1)
        } else {
            labels[i].clone()
        };
    }
    out
}

/// The comparison as CSV in `lang`: a header, then one line per row (comune, year, origin, DPS, DPA, DO, Ca.Re
/// with one decimal, class (with "provvisoria" when the questionnaire is not complete), completeness in percent,
/// the number of missing answers, sources), CRLF line ends, UTF-8 with BOM. A published comune has no
/// completeness nor missing answers (empty cells).
pub fn to_csv(rows: &[Row], lang: Lang) -> String {
    let t = &strings(lang).compare();
    let sep = separator(lang);
    let number = |v: Option<f64>| v.map(|x| one_decimal(lang, x)).unwrap_or_default();
    let mut out = String::from(BOM);
    let mut line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c, sep)).collect();
        out.push_str(&cells.join(&sep.to_string()));
        out.push_str("\r\n");
    };
    line(
        [
            t.col_comune,
            t.col_year,
            t.col_origin,
            t.col_dps,
            t.col_dpa,
            t.col_do,
            t.col_care,
            t.col_class,
            t.col_completeness,
            t.col_missing,
            t.col_source,
        ]
        .map(str::to_string)
        .to_vec(),
    );
    for r in rows {
        line(vec![
            r.name.clone(),
            r.year.map(|y| y.to_string()).unwrap_or_default(),
            r.origin_text(lang).to_string(),
            number(r.dps),
            number(r.dpa),
            number(r.do_),
            number(r.care),
            r.class_text(lang),
            number(r.completeness_percent()),
            r.missing_answers()
                .map(|m| m.to_string())
                .unwrap_or_default(),
            r.sources.join(" "),
        ]);
    }
    out
}

/// The file name of the comparison CSV, with the date (`care-confronto-2025-11-23.csv`).
pub fn csv_file_name(lang: Lang, date_iso: &str) -> String {
    let stem = strings(lang).compare().csv_file_stem;
    let date: String = date_iso
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .take(10)
        .collect();
    if date.is_empty() {
        format!("{stem}.csv")
    } else {
        format!("{stem}-{date}.csv")
    }
}
