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

use crate::model::number::one_decimal;
use crate::model::{score, Answers, Edition, Lang, Text};

use super::explain::{dimension_details, ItemLine};

/// The byte-order mark that starts every export.
pub const BOM: &str = "\u{feff}";

fn separator(lang: Lang) -> char {
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

/// A score with one decimal ([`super::number::one_decimal`]); empty when there is none.
fn number(v: Option<f64>, lang: Lang) -> String {
    v.map(|x| one_decimal(lang, x)).unwrap_or_default()
}

fn t(it: &str, en: &str) -> Text {
    Text::new(it, en)
}

/// The CSV export of `answers` scored with `edition`, in `lang`.
pub fn to_csv(edition: &Edition, answers: &Answers, lang: Lang) -> String {
    let sep = separator(lang);
    let s = score(edition, answers);
    let mut out = String::from(BOM);
    let mut row = |cells: [&str; 5]| {
        let line: Vec<String> = cells.iter().map(|c| cell(c, sep)).collect();
        out.push_str(&line.join(&sep.to_string()));
        out.push_str("\r\n");
    };
    let head = [
        t("sezione", "section"),
        t("voce", "item id"),
        t("descrizione", "item"),
        t("risposta", "answer"),
        t("punteggio", "score"),
    ];
    row(head.each_ref().map(|h| h.get(lang)));

    let comune = t("Comune", "Comune");
    let c = &answers.comune;
    row([
        comune.get(lang),
        "comune.name",
        t("Nome", "Name").get(lang),
        &c.name,
        "",
    ]);
    let istat = digits_as_text(c.istat_code.as_deref().unwrap_or(""));
    row([
        comune.get(lang),
        "comune.istat_code",
        t("Codice ISTAT", "ISTAT code").get(lang),
        &istat,
        "",
    ]);
    let year = c.year.map(|y| y.to_string()).unwrap_or_default();
    row([
        comune.get(lang),
        "comune.year",
        t("Anno", "Year").get(lang),
        &year,
        "",
    ]);
    row([
        comune.get(lang),
        "model",
        t("Modello", "Model").get(lang),
        &answers.model,
        "",
    ]);

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
            row([section, &id, &label, &i.answer, &number(i.score, lang)]);
        }
    };
    let [dps, dpa, do_] = dimension_details(edition, answers, &s, lang);
    items("DPS", &dps.items);
    items("DPA", &dpa.items);
    items("DO", &do_.items);

    let summary = t("Sintesi", "Summary");
    let sum = summary.get(lang);
    let name = |id: &str| {
        edition
            .item(id)
            .map(|d| d.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_uppercase())
    };
    for (id, value, band) in [
        ("dps", s.dps, s.bands.dps),
        ("dpa", s.dpa, s.bands.dpa),
        ("do", s.do_, s.bands.do_),
    ] {
        row([
            sum,
            id,
            &name(id),
            band.map_or("", |b| b.id()),
            &number(value, lang),
        ]);
    }
    let display = s.care_display.map(|d| d.to_string()).unwrap_or_default();
    row([sum, "care", &name("care"), &display, &number(s.care, lang)]);
    let class = match (s.class, s.sub_label) {
        (Some(c), Some(l)) => format!("{} ({})", c.id(), l.id()),
        (Some(c), None) => c.id().to_string(),
        _ => String::new(),
    };
    let class = if s.class.is_some() && !s.complete {
        format!("{class} – {}", t("provvisoria", "provisional").get(lang))
    } else {
        class
    };
    row([sum, "class", t("Classe", "Class").get(lang), &class, ""]);
    let online = match lang {
        Lang::It => format!("{} su {}", s.online_services, s.applicable_services),
        Lang::En => format!("{} of {}", s.online_services, s.applicable_services),
    };
    row([
        sum,
        "online_services",
        t(
            "Servizi online (livello 3 o più)",
            "Online services (level 3 or more)",
        )
        .get(lang),
        &online,
        "",
    ]);
    let completeness = match lang {
        Lang::It => format!(
            "{} risposte su {}",
            s.progress.total.answered, s.progress.total.total
        ),
        Lang::En => format!(
            "{} of {} answered",
            s.progress.total.answered, s.progress.total.total
        ),
    };
    row([
        sum,
        "completeness",
        t("Completezza", "Completeness").get(lang),
        &completeness,
        &number(Some(100.0 * s.progress.total.ratio()), lang),
    ]);
    let missing = s.progress.total.total - s.progress.total.answered;
    let status = if s.complete {
        t("definitivo", "final").get(lang).to_string()
    } else {
        match lang {
            Lang::It => format!("provvisorio – risposte mancanti: {missing}"),
            Lang::En => format!("provisional – answers missing: {missing}"),
        }
    };
    row([
        sum,
        "status",
        t("Stato del risultato", "Result status").get(lang),
        &status,
        "",
    ]);
    row([
        sum,
        "missing_answers",
        t("Risposte mancanti", "Missing answers").get(lang),
        &missing.to_string(),
        "",
    ]);
    out
}
