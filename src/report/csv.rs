//! CSV export of one assessment: one row per item (section, item id, item, answer, item score), then summary
//! rows.
//!
//! Conventions (decided here, documented in `docs/answers-format.md`): UTF-8 with a byte-order mark (so
//! Excel opens accents correctly); the separator and the decimal mark follow the language, as spreadsheets
//! do: Italian `;` and `,`, English `,` and `.`. Scores have one decimal. Lines end with CRLF (RFC 4180).
//! Cells are quoted when they contain the separator, a quote or a line break; a cell that starts with `=`,
//! `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe so that a spreadsheet never runs it
//! as a formula (comune names are free text).
//!
//! The ISTAT code is a code, not a number ("099002" must not become 99002): it is written after a tab
//! ([`digits_as_text`]), which Excel and LibreOffice Calc keep as text without showing it. A formula
//! (`="099002"`) would work too, but a file that carries formulas is what the guard above exists to refuse;
//! a tab followed by digits only is never a formula. Programs that read the file should trim the cell.
//!
//! The summary rows name the dimensions in the file's language (the edition's names) and say whether the
//! result is provisional and how many answers are missing.
//!
//! Version-2 answers (`docs/answers-format.md`): the date of the assessment and the respondents per section are
//! rows of the comune's section; with notes or links, two columns («nota», «link di verifica») are added and an
//! «Evidenze» section after the summary has one row per question with a note or a link (its path, its name, the
//! answer in words, the note, the whole address). Without them the file is exactly what it was.

use crate::i18n::{fill, strings};
use crate::model::number::one_decimal;
use crate::model::text_case::lower_case;
use crate::model::{score, Answers, Edition, Lang};

use super::evidence::{evidence_lines, respondent_text};
use super::score_details::{dimension_details, ItemLine};
use crate::model::answers_file;
use crate::transfer::answer_words::section_name;

/// The byte-order mark that starts every export.
pub const BOM: &str = "\u{feff}";

/// The separator of the language, as spreadsheets expect it: `;` in Italian (where `,` is the decimal mark), `,`
/// in English.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::It => ';',
        Lang::En => ',',
    }
}

/// A code of digits kept as text by spreadsheets (the ISTAT code): a tab, then the digits. Anything that is
/// not only ASCII digits is returned as it is (and guarded by [`cell`] like any text).
pub fn digits_as_text(code: &str) -> String {
    if !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()) {
        format!("\t{code}")
    } else {
        code.to_string()
    }
}

/// Whether a cell is a code made by [`digits_as_text`]: safe as it is (a tab, then digits only).
fn is_text_code(value: &str) -> bool {
    value
        .strip_prefix('\t')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// One cell, guarded against formula injection and quoted when needed.
pub fn cell(value: &str, sep: char) -> String {
    let mut v = String::with_capacity(value.len() + 2);
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_text_code(value) {
        v.push('\'');
    }
    v.push_str(value);
    if v.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// A score with one decimal ([`crate::model::number::one_decimal`]); empty when there is none.
fn number(v: Option<f64>, lang: Lang) -> String {
    v.map(|x| one_decimal(lang, x)).unwrap_or_default()
}

/// The CSV export of `answers` scored with `edition`, in `lang`.
pub fn to_csv(edition: &Edition, answers: &Answers, lang: Lang) -> String {
    let t = strings(lang).csv();
    let sep = separator(lang);
    let s = score(edition, answers);
    let e = &strings(lang).evidence;
    let noted = !answers.notes.is_empty();
    let width = if noted { 7 } else { 5 };
    let mut out = String::from(BOM);
    let mut row = |cells: &[&str]| {
        let line: Vec<String> = (0..width)
            .map(|i| cell(cells.get(i).copied().unwrap_or(""), sep))
            .collect();
        out.push_str(&line.join(&sep.to_string()));
        out.push_str("\r\n");
    };
    // The header is lower case, as the other columns.
    let extra = [lower_case(e.column_note), lower_case(e.column_link)];
    let mut header = t.header.to_vec();
    if noted {
        header.extend(extra.iter().map(String::as_str));
    }
    row(&header);

    let comune = t.section_comune;
    let c = &answers.comune;
    row(&[comune, "comune.name", t.name, &c.name, ""]);
    let istat = digits_as_text(c.istat_code.as_deref().unwrap_or(""));
    row(&[comune, "comune.istat_code", t.istat_code, &istat, ""]);
    let year = c.year.map(|y| y.to_string()).unwrap_or_default();
    row(&[comune, "comune.year", t.year, &year, ""]);
    row(&[comune, "model", t.model, &answers.model, ""]);
    if let Some(d) = answers.assessed_on {
        row(&[comune, "assessed_on", e.assessed_on, &d.to_string(), ""]);
    }
    for (section, r) in &answers.respondents {
        let id = format!("respondents.{}", answers_file::section_key(*section));
        let label = fill(e.answered_by, &[&section_name(*section, lang)]);
        row(&[comune, &id, &label, &respondent_text(r, lang), ""]);
    }

    let mut items = |section: &str, list: &[ItemLine]| {
        for i in list {
            let id = if section == "DPS" {
                format!("services.{}", i.id)
            } else {
                i.id.clone()
            };
            let label = if i.code != i.id && !i.code.is_empty() {
                format!("{} {}", i.code, i.label)
            } else {
                i.label.clone()
            };
            row(&[section, &id, &label, &i.answer, &number(i.score, lang)]);
        }
    };
    let [dps, dpa, do_] = dimension_details(edition, answers, &s, lang);
    items("DPS", &dps.items);
    items("DPA", &dpa.items);
    items("DO", &do_.items);

    let sum = t.section_summary;
    let name = |id: &str| {
        edition
            .item(id)
            .map(|d| d.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_ascii_uppercase())
    };
    for (id, value, band) in [
        ("dps", s.dps, s.bands.dps),
        ("dpa", s.dpa, s.bands.dpa),
        ("do", s.do_, s.bands.do_),
    ] {
        row(&[
            sum,
            id,
            &name(id),
            band.map_or("", |b| b.id()),
            &number(value, lang),
        ]);
    }
    let display = s.care_display.map(|d| d.to_string()).unwrap_or_default();
    row(&[sum, "care", &name("care"), &display, &number(s.care, lang)]);
    let class = match (s.class, s.sub_label) {
        (Some(c), Some(l)) => format!("{} ({})", c.id(), l.id()),
        (Some(c), None) => c.id().to_string(),
        _ => String::new(),
    };
    let class = if s.class.is_some() && !s.complete {
        format!("{class} – {}", t.provisional_class)
    } else {
        class
    };
    row(&[sum, "class", t.class, &class, ""]);
    let online = fill(t.online_of, &[&s.online_services, &s.applicable_services]);
    row(&[sum, "online_services", t.online_services, &online, ""]);
    let total = s.progress.total;
    let completeness = t.answered_of.fill(total.answered as usize, &[&total.total]);
    let percent = number(Some(100.0 * total.ratio()), lang);
    row(&[sum, "completeness", t.completeness, &completeness, &percent]);
    let missing = total.total - total.answered;
    let status = if s.complete {
        t.status_final.to_string()
    } else {
        fill(t.status_provisional, &[&missing])
    };
    row(&[sum, "status", t.status, &status, ""]);
    row(&[
        sum,
        "missing_answers",
        t.missing_answers,
        &missing.to_string(),
        "",
    ]);
    for l in evidence_lines(edition, answers, lang, None) {
        let (note, link) = (l.note.unwrap_or_default(), l.address.unwrap_or_default());
        let path = l.key.path();
        row(&[e.title, &path, &l.question, &l.answer, "", &note, &link]);
    }
    out
}
