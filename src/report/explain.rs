//! The class and why, in plain words: the band of each dimension with the range that places it, the case of
//! the class rule that applies ("due dimensioni elevate e nessuna bassa: Spinta, omogeneo"), the points rule
//! from the edition's parameters, and the per-dimension explanation tables (the lines of
//! [`super::score_details`]).

use crate::i18n::{fill, strings};
use crate::model::number::{compact, one_decimal};
use crate::model::{Answers, Band, Class, Edition, Lang, Scores, SubLabel};

use super::score_details::{dimension_details, DimensionDetail};
use super::table::{Cell, DataTable};

/// The provisional mark of a result, "Provvisorio — 31 risposte mancanti", or none when the questionnaire is
/// complete: the one text with which every output that leaves the app says so (chart images, the embed card,
/// the printed report's header, the CLI report).
pub fn provisional_mark(scores: &Scores, lang: Lang) -> Option<String> {
    if scores.complete {
        return None;
    }
    let total = scores.progress.total;
    let missing = (total.total - total.answered) as usize;
    Some(strings(lang).results().provisional_mark.of(missing))
}

/// One dimension in the explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionLine {
    /// `dps`, `dpa` or `do`.
    pub id: String,
    /// The short code (`DPS`).
    pub code: String,
    /// The name.
    pub name: String,
    /// The score, unrounded.
    pub value: Option<f64>,
    /// Its band.
    pub band: Option<Band>,
    /// The band's name in the language.
    pub band_name: String,
    /// E.g. "DPA è sufficiente (44,0: tra 40 e 60)".
    pub sentence: String,
}

/// The explanation of a result.
#[derive(Clone, Debug, PartialEq)]
pub struct Why {
    /// The three dimensions.
    pub dims: Vec<DimensionLine>,
    /// The class name, when there is a class.
    pub class_name: Option<String>,
    /// The sub-label name (Spinta only).
    pub sub_label_name: Option<String>,
    /// What the class means (from the edition).
    pub class_description: Option<String>,
    /// The case of the rule, e.g. "due dimensioni elevate e nessuna bassa: Spinta, omogeneo".
    pub reason: Option<String>,
    /// The points rule with this result's points.
    pub rule: Option<String>,
}

/// The CSS class of a band chip (`band-basso`, ...).
pub fn band_css(b: Band) -> &'static str {
    match b {
        Band::Basso => "band-basso",
        Band::Sufficiente => "band-sufficiente",
        Band::Elevato => "band-elevato",
    }
}

/// The CSS class of a class badge (`class-blocchi`, ...).
pub fn class_css(c: Class) -> &'static str {
    match c {
        Class::BlocchiDiPartenza => "class-blocchi",
        Class::Stacco => "class-stacco",
        Class::Spinta => "class-spinta",
    }
}

/// The name of a band in `lang` (from the edition).
pub fn band_name(edition: &Edition, b: Band, lang: Lang) -> String {
    edition
        .label_def(b.id())
        .map(|d| d.name.get(lang).to_string())
        .unwrap_or_else(|| b.id().to_string())
}

/// The name of a class in `lang` (from the edition).
pub fn class_name(edition: &Edition, c: Class, lang: Lang) -> String {
    edition
        .label_def(c.id())
        .map(|d| d.name.get(lang).to_string())
        .unwrap_or_else(|| c.id().to_string())
}

/// The name of a sub-label in `lang` (from the edition).
pub fn sub_label_name(edition: &Edition, s: SubLabel, lang: Lang) -> String {
    edition
        .label_def(s.id())
        .map(|d| d.name.get(lang).to_string())
        .unwrap_or_else(|| s.id().to_string())
}

/// "Spinta, omogeneo" / "Stacco".
pub fn class_with_sub(edition: &Edition, c: Class, sub: Option<SubLabel>, lang: Lang) -> String {
    match sub {
        Some(s) => format!(
            "{}, {}",
            class_name(edition, c, lang),
            sub_label_name(edition, s, lang)
        ),
        None => class_name(edition, c, lang),
    }
}

/// The code and name of a dimension (`dps`, `dpa`, `do`, `care`) from the edition.
pub fn dimension_names(edition: &Edition, id: &str, lang: Lang) -> (String, String) {
    match edition.item(id) {
        Some(d) => (d.code.clone(), d.name.get(lang).to_string()),
        None => (id.to_ascii_uppercase(), id.to_ascii_uppercase()),
    }
}

/// The range of a band in words: "sotto 40", "tra 40 e 60", "60 o più".
pub fn band_range(edition: &Edition, b: Band, lang: Lang) -> String {
    let r = &strings(lang).results();
    let p = &edition.params;
    let (low, high) = (
        compact(lang, p.band_low_cut.value),
        compact(lang, p.band_high_cut.value),
    );
    match b {
        Band::Basso => fill(r.range_below, &[&low]),
        Band::Sufficiente => fill(r.range_between, &[&low, &high]),
        Band::Elevato => fill(r.range_from, &[&high]),
    }
}

/// The three dimensions of a result in order with their values and bands.
pub fn dimension_values(scores: &Scores) -> [(&'static str, Option<f64>, Option<Band>); 3] {
    [
        ("dps", scores.dps, scores.bands.dps),
        ("dpa", scores.dpa, scores.bands.dpa),
        ("do", scores.do_, scores.bands.do_),
    ]
}

/// Explains a result.
pub fn why(edition: &Edition, scores: &Scores, lang: Lang) -> Why {
    let r = &strings(lang).results();
    let dims: Vec<DimensionLine> = dimension_values(scores)
        .into_iter()
        .map(|(id, value, band)| {
            let (code, name) = dimension_names(edition, id, lang);
            let band_name = band
                .map(|b| band_name(edition, b, lang))
                .unwrap_or_default();
            let sentence = match (value, band) {
                (Some(v), Some(b)) => fill(
                    r.dim_sentence,
                    &[
                        &code,
                        &band_name,
                        &one_decimal(lang, v),
                        &band_range(edition, b, lang),
                    ],
                ),
                _ => fill(r.dim_missing, &[&code]),
            };
            DimensionLine {
                id: id.to_string(),
                code,
                name,
                value,
                band,
                band_name,
                sentence,
            }
        })
        .collect();
    let bands: Vec<Band> = dims.iter().filter_map(|d| d.band).collect();
    let (reason, rule) = match (scores.class, bands.len()) {
        (Some(class), 3) => {
            let high = bands.iter().filter(|b| **b == Band::Elevato).count();
            let low = bands.iter().filter(|b| **b == Band::Basso).count();
            let label = class_with_sub(edition, class, scores.sub_label, lang);
            let reason = fill(r.reason, &[&r.count_high[high], &r.count_low[low], &label]);
            let p = &edition.params;
            let points: f64 = bands
                .iter()
                .map(|b| match b {
                    Band::Basso => p.band_points_basso.value,
                    Band::Sufficiente => p.band_points_sufficiente.value,
                    Band::Elevato => p.band_points_elevato.value,
                })
                .sum();
            let rule = fill(
                r.rule_points,
                &[
                    &compact(lang, p.band_points_basso.value),
                    &compact(lang, p.band_points_sufficiente.value),
                    &compact(lang, p.band_points_elevato.value),
                    &compact(lang, p.spinta_min_points.value),
                    &class_name(edition, Class::Spinta, lang),
                    &compact(lang, p.blocchi_min_basso.value),
                    &class_name(edition, Class::BlocchiDiPartenza, lang),
                    &class_name(edition, Class::Stacco, lang),
                    &compact(lang, points),
                ],
            );
            (Some(reason), Some(rule))
        }
        _ => (None, None),
    };
    Why {
        dims,
        class_name: scores.class.map(|c| class_name(edition, c, lang)),
        sub_label_name: scores.sub_label.map(|s| sub_label_name(edition, s, lang)),
        class_description: scores.class.and_then(|c| {
            edition
                .label_def(c.id())
                .map(|d| edition.fill(&d.description, lang))
        }),
        reason,
        rule,
    }
}

/// The explanation table of one dimension: item, answer, score, computation.
pub fn detail_table(edition: &Edition, dim: &DimensionDetail, lang: Lang) -> DataTable {
    let r = &strings(lang).results();
    let (code, name) = dimension_names(edition, dim.id, lang);
    let value = dim
        .score
        .map(|v| one_decimal(lang, v))
        .unwrap_or_else(|| r.not_available.to_string());
    let head = vec![
        Cell::text(r.th_item),
        Cell::text(r.th_answer),
        Cell::num(r.th_score),
        Cell::text(r.th_formula),
    ];
    let caption = format!("{code} · {name}: {value}");
    DataTable::from_items(caption, head, &dim.items, |i| {
        let label = if i.code == i.id {
            // A service: its name only.
            i.label.clone()
        } else {
            format!("{} {}", i.code, i.label)
        };
        let score = i.score.map(|s| one_decimal(lang, s));
        vec![
            Cell::head(label),
            Cell::text(&i.answer),
            Cell::num(score.unwrap_or_else(|| r.not_counted.to_string())),
            Cell::text(&i.formula),
        ]
    })
}

/// The three detail tables with the dimension formula under each.
pub fn details(
    edition: &Edition,
    answers: &Answers,
    scores: &Scores,
    lang: Lang,
) -> Vec<(DataTable, String)> {
    let r = &strings(lang).results();
    dimension_details(edition, answers, scores, lang)
        .iter()
        .map(|d| {
            (
                detail_table(edition, d, lang),
                fill(r.dim_formula, &[&d.formula]),
            )
        })
        .collect()
}
