//! The class and why, in plain words: the band of each dimension with the range that places it, the case of
//! the class rule that applies ("due dimensioni elevate e nessuna bassa: Spinta, omogeneo"), the points rule
//! from the edition's parameters, and the per-dimension explanation tables: every item with its answer in words,
//! its score and the computation. The numbers come from [`crate::model::score`] (which builds no text); this
//! layer only puts them into words through the catalogue (`crate::i18n::explain`).

use crate::i18n::explain::Explain;
use crate::i18n::{fill, strings};
use crate::model::{Answers, Band, Choice, Class, Edition, Lang, LevelAnswer, Scores, SubLabel};

use super::table::{Cell, DataTable};
use crate::model::number::{compact, one_decimal};

/// The provisional mark of a result, "Provvisorio — 31 risposte mancanti", or none when the questionnaire is
/// complete: the one text with which every output that leaves the app says so (chart images, the embed card,
/// the printed report's header, the CLI report).
pub fn provisional_mark(scores: &Scores, lang: Lang) -> Option<String> {
    if scores.complete {
        return None;
    }
    let r = &strings(lang).results();
    let total = scores.progress.total;
    Some(match total.total - total.answered {
        1 => r.provisional_mark_one.to_string(),
        n => fill(r.provisional_mark, &[&n]),
    })
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
        None => (id.to_uppercase(), id.to_uppercase()),
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
                .map(|d| d.description.get(lang).to_string())
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
    DataTable {
        caption: format!("{code} · {name}: {value}"),
        head: vec![
            Cell::text(r.th_item),
            Cell::text(r.th_answer),
            Cell::num(r.th_score),
            Cell::text(r.th_formula),
        ],
        rows: dim
            .items
            .iter()
            .map(|i| {
                let label = if i.code == i.id {
                    // A service: its name only.
                    i.label.clone()
                } else {
                    format!("{} {}", i.code, i.label)
                };
                vec![
                    Cell::head(label),
                    Cell::text(&i.answer),
                    Cell::num(
                        i.score
                            .map(|s| one_decimal(lang, s))
                            .unwrap_or_else(|| r.not_counted.to_string()),
                    ),
                    Cell::text(&i.formula),
                ]
            })
            .collect(),
    }
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

/// One line of the explanation of a dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemLine {
    /// Stable id: a service id, or `p1`-`p4`, `od`, `od1`-`od4`, `so`, `so1`, `so2`.
    pub id: String,
    /// The answer path the item links to (e.g. `services.imu.level`, `pagopa.active`, `social`).
    pub path: String,
    /// Short code, e.g. `P1 SPID` (the service id for services).
    pub code: String,
    /// Name of the item.
    pub label: String,
    /// The answer, in words.
    pub answer: String,
    /// Item score 0-100 (from [`Scores::items`]); `None` when unanswered or not applicable.
    pub score: Option<f64>,
    /// How the score is computed, e.g. `100 × 3/5 = 60`; empty when there is no score.
    pub formula: String,
    /// True for an aggregate of the items above it (OD, SO).
    pub subtotal: bool,
}

/// The score of one dimension with its explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionDetail {
    /// `dps`, `dpa` or `do`.
    pub id: &'static str,
    /// The score, unrounded; `None` when nothing is answered.
    pub score: Option<f64>,
    /// Its band.
    pub band: Option<Band>,
    /// How the dimension is computed from its items.
    pub formula: String,
    /// The items.
    pub items: Vec<ItemLine>,
}

/// Builds the lines of one kind of item: the edition's code and name, the formula only when there is a score.
struct Lines<'a> {
    edition: &'a Edition,
    lang: Lang,
    items: Vec<ItemLine>,
}

impl Lines<'_> {
    fn push(&mut self, id: &str, path: &str, answer: String, score: Option<f64>, formula: String) {
        let (code, label) = match self.edition.item(id) {
            Some(d) => (d.code.clone(), d.name.get(self.lang).to_string()),
            None => (id.to_uppercase(), id.to_string()),
        };
        let subtotal = matches!(id, "od" | "so");
        self.items.push(ItemLine {
            id: id.to_string(),
            path: path.to_string(),
            code,
            label,
            answer,
            formula: if score.is_some() {
                formula
            } else {
                String::new()
            },
            score,
            subtotal,
        });
    }
}

fn choice_name(list: &[Choice], id: &str, lang: Lang) -> String {
    list.iter()
        .find(|c| c.id == id)
        .map_or_else(|| id.to_string(), |c| c.name.get(lang).to_string())
}

fn yes_no(v: Option<bool>, x: &Explain) -> &'static str {
    match v {
        Some(true) => x.yes,
        Some(false) => x.no,
        None => x.unanswered,
    }
}

/// `= 75`.
fn equals(lang: Lang, v: f64) -> String {
    format!("= {}", compact(lang, v))
}

/// `100 × 3/5 = 60`.
fn share(part: u32, whole: u32, lang: Lang, v: f64) -> String {
    format!("100 × {part}/{whole} = {}", compact(lang, v))
}

fn dps_detail(
    edition: &Edition,
    answers: &Answers,
    scores: &Scores,
    lang: Lang,
) -> DimensionDetail {
    let x = strings(lang).explain();
    let points = edition.params.level_points.value;
    let items = edition
        .services
        .iter()
        .zip(&scores.items.services)
        .map(|(service, &score)| {
            let (answer, formula) = match answers.services.get(&service.id).map(|a| a.level) {
                None => (x.unanswered.to_string(), String::new()),
                Some(LevelAnswer::NotApplicable) => (
                    edition.not_applicable.name.get(lang).to_string(),
                    x.left_out.to_string(),
                ),
                Some(LevelAnswer::Level(l)) => {
                    let l = l.min(4);
                    let name = edition.level(l).map_or("", |d| d.name.get(lang));
                    let formula = format!(
                        "{} × {l} = {}",
                        compact(lang, points),
                        compact(lang, score.unwrap_or(0.0))
                    );
                    (format!("{l} – {name}"), formula)
                }
            };
            ItemLine {
                id: service.id.clone(),
                path: format!("services.{}.level", service.id),
                code: service.id.clone(),
                label: service.name.get(lang).to_string(),
                answer,
                score,
                formula,
                subtotal: false,
            }
        })
        .collect();
    let formula = match scores.dps {
        Some(v) => x
            .dps_mean
            .fill(scores.items.rated_services as usize, &[&compact(lang, v)]),
        None => x.no_service_rated.to_string(),
    };
    DimensionDetail {
        id: "dps",
        score: scores.dps,
        band: scores.bands.dps,
        formula,
        items,
    }
}

fn dpa_detail(
    edition: &Edition,
    answers: &Answers,
    scores: &Scores,
    lang: Lang,
) -> DimensionDetail {
    let x = strings(lang).explain();
    let it = &scores.items;
    let online = scores.online_services;
    let mut lines = Lines {
        edition,
        lang,
        items: Vec::new(),
    };
    for (id, with, flag, score) in [
        ("p1", it.spid_services, "SPID", it.dpa[0]),
        ("p2", it.cie_services, "CIE", it.dpa[1]),
    ] {
        let answer = match score {
            Some(_) => x.flag_answer.fill(with as usize, &[&online, &flag]),
            None => x.unanswered.to_string(),
        };
        let formula = match score {
            Some(s) if online > 0 => share(with, online, lang, s),
            _ => x.no_online_service.to_string(),
        };
        lines.push(id, "services", answer, score, formula);
    }
    let (through, collected) = (it.payments.through_pagopa, it.payments.collected);
    let p3 = it.dpa[2];
    let (answer, formula) = match answers.pagopa.active {
        None => (x.unanswered.to_string(), String::new()),
        Some(false) => (
            x.pagopa_inactive.to_string(),
            equals(lang, p3.unwrap_or(0.0)),
        ),
        Some(true) => (
            x.pagopa_active.fill(through as usize, &[&collected]),
            match p3 {
                Some(s) if collected > 0 => share(through, collected, lang, s),
                _ => x.no_payment_collected.to_string(),
            },
        ),
    };
    lines.push("p3", "pagopa.active", answer, p3, formula);
    let answer = answers.anpr.map_or_else(
        || x.unanswered.to_string(),
        |a| choice_name(&edition.anpr_states, a.id(), lang),
    );
    let p4 = it.dpa[3];
    lines.push("p4", "anpr", answer, p4, equals(lang, p4.unwrap_or(0.0)));
    let formula = mean_formula(&lines.items, scores.dpa, lang);
    DimensionDetail {
        id: "dpa",
        score: scores.dpa,
        band: scores.bands.dpa,
        formula,
        items: lines.items,
    }
}

fn do_detail(edition: &Edition, answers: &Answers, scores: &Scores, lang: Lang) -> DimensionDetail {
    let x = strings(lang).explain();
    let p = &edition.params;
    let it = &scores.items;
    let od = &answers.open_data;
    let [od1, od2, od3, od4] = it.open_data;
    let num = |v: Option<f64>| compact(lang, v.unwrap_or(0.0));
    let mut lines = Lines {
        edition,
        lang,
        items: Vec::new(),
    };
    let anchor = p.od1_full_datasets.value.max(1.0);
    lines.push(
        "od1",
        "open_data.datasets",
        od.datasets
            .map_or_else(|| x.unanswered.to_string(), |n| x.datasets.of(n as usize)),
        od1,
        format!(
            "100 × log10(1 + {}) / log10({}) = {}",
            od.datasets.unwrap_or(0),
            compact(lang, 1.0 + anchor),
            num(od1)
        ),
    );
    lines.push(
        "od2",
        "open_data.open_format_share",
        od2.map_or_else(
            || x.unanswered.to_string(),
            |s| format!("{}%", compact(lang, s)),
        ),
        od2,
        format!("= {}", num(od2)),
    );
    lines.push(
        "od3",
        "open_data.licence",
        od.licence.map_or_else(
            || x.unanswered.to_string(),
            |l| choice_name(&edition.licence_options, l.id(), lang),
        ),
        od3,
        format!("= {}", num(od3)),
    );
    let points = |v: Option<bool>, pts: f64| if v == Some(true) { pts } else { 0.0 };
    let (d, a) = (
        points(od.dcat_harvested, p.od4_dcat_points.value),
        points(od.api_or_bulk, p.od4_api_points.value),
    );
    lines.push(
        "od4",
        "open_data.dcat_harvested",
        fill(
            x.od4_answer,
            &[&yes_no(od.dcat_harvested, x), &yes_no(od.api_or_bulk, x)],
        ),
        od4,
        format!("{} + {} = {}", compact(lang, d), compact(lang, a), num(od4)),
    );
    let answered = it.open_data.iter().flatten().count();
    lines.push(
        "od",
        "open_data",
        String::new(),
        it.od,
        x.od_mean.fill(answered, &[&num(it.od)]),
    );
    let c = it.social_counts;
    let [so1, so2] = it.social;
    let answered = c.answered > 0;
    let unanswered = || x.unanswered.to_string();
    lines.push(
        "so1",
        "social",
        if answered {
            x.so1_answer.fill(c.accounts as usize, &[&c.networks])
        } else {
            unanswered()
        },
        so1,
        share(c.accounts, c.networks, lang, so1.unwrap_or(0.0)),
    );
    lines.push(
        "so2",
        "social",
        if answered {
            x.so2_answer.fill(c.active as usize, &[&c.accounts])
        } else {
            unanswered()
        },
        so2,
        if c.accounts == 0 {
            x.no_account.to_string()
        } else {
            share(c.active, c.accounts, lang, so2.unwrap_or(0.0))
        },
    );
    lines.push(
        "so",
        "social",
        String::new(),
        it.so,
        format!(
            "{} × {} + {} × {} = {}",
            compact(lang, p.so_presence_weight.value),
            num(so1),
            compact(lang, p.so_activity_weight.value),
            num(so2),
            num(it.so)
        ),
    );
    let formula = match (it.od, it.so, scores.do_) {
        (Some(o), Some(s), Some(d)) => format!(
            "{} × {} + {} × {} = {}",
            compact(lang, p.do_open_data_weight.value),
            compact(lang, o),
            compact(lang, p.do_social_weight.value),
            compact(lang, s),
            compact(lang, d)
        ),
        (Some(_), None, Some(d)) => fill(x.open_data_only, &[&compact(lang, d)]),
        (None, Some(_), Some(d)) => fill(x.social_only, &[&compact(lang, d)]),
        _ => x.nothing_answered.to_string(),
    };
    DimensionDetail {
        id: "do",
        score: scores.do_,
        band: scores.bands.do_,
        formula,
        items: lines.items,
    }
}

/// "media di P1 SPID, P2 CIE = 50": the codes of the items with a score.
fn mean_formula(items: &[ItemLine], result: Option<f64>, lang: Lang) -> String {
    let x = strings(lang).explain();
    match result {
        Some(r) => {
            let codes: Vec<&str> = items
                .iter()
                .filter(|i| i.score.is_some())
                .map(|i| i.code.as_str())
                .collect();
            fill(x.mean_of, &[&codes.join(", "), &compact(lang, r)])
        }
        None => x.nothing_answered.to_string(),
    }
}

/// The explanation of the three dimensions of `scores` (the scores of `answers`) in `lang`: every item with the
/// answer in words, its item score as computed by [`crate::model::score`], and the computation.
pub fn dimension_details(
    edition: &Edition,
    answers: &Answers,
    scores: &Scores,
    lang: Lang,
) -> [DimensionDetail; 3] {
    [
        dps_detail(edition, answers, scores, lang),
        dpa_detail(edition, answers, scores, lang),
        do_detail(edition, answers, scores, lang),
    ]
}
