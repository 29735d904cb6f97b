//! Scoring: item scores, the three dimensions, the composite, bands, class, completeness and an
//! explanation of every number, for complete and partial answers (`../shared/answers-format.md`).

use super::answers::{Answers, LevelAnswer};
use super::edition::{Edition, Params};
use super::lang::{Lang, Text};

/// The band of one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Band {
    /// Below the low cut (40).
    Basso,
    /// From the low cut to below the high cut (40 to < 60).
    Sufficiente,
    /// From the high cut (>= 60).
    Elevato,
}

impl Band {
    /// The id printed by `care score`: `basso`, `sufficiente`, `elevato`.
    pub fn id(self) -> &'static str {
        match self {
            Band::Basso => "basso",
            Band::Sufficiente => "sufficiente",
            Band::Elevato => "elevato",
        }
    }
}

/// The class of a comune.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// "Blocchi di partenza": two or more dimensions basso.
    BlocchiDiPartenza,
    /// "Stacco": otherwise.
    Stacco,
    /// "Spinta": band points add up to 4 or more.
    Spinta,
}

impl Class {
    /// The published (Italian) name, printed by `care score`.
    pub fn id(self) -> &'static str {
        match self {
            Class::BlocchiDiPartenza => "Blocchi di partenza",
            Class::Stacco => "Stacco",
            Class::Spinta => "Spinta",
        }
    }
}

/// The sub-label of a Spinta class. Stacco and Blocchi di partenza have none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SubLabel {
    /// No dimension basso, at least one elevato.
    Omogeneo,
    /// Every dimension elevato.
    Eccellente,
    /// One dimension basso, two elevato.
    Differenziato,
}

impl SubLabel {
    /// The published name, printed by `care score`.
    pub fn id(self) -> &'static str {
        match self {
            SubLabel::Omogeneo => "omogeneo",
            SubLabel::Eccellente => "eccellente",
            SubLabel::Differenziato => "differenziato",
        }
    }
}

/// The bands of the three dimensions (`None` where the dimension is undefined).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Bands {
    /// Band of DPS.
    pub dps: Option<Band>,
    /// Band of DPA.
    pub dpa: Option<Band>,
    /// Band of DO.
    pub do_: Option<Band>,
}

/// The classification that follows from three sub-indices.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Classification {
    /// Digital Public Services.
    pub dps: f64,
    /// Digital PA.
    pub dpa: f64,
    /// Digital Openness.
    pub do_: f64,
    /// The composite, unrounded.
    pub care: f64,
    /// The integer part of `care` (as published).
    pub care_display: u32,
    /// The three bands.
    pub bands: [Band; 3],
    /// The sum of band points.
    pub points: f64,
    /// The class.
    pub class: Class,
    /// The sub-label (Spinta only).
    pub sub_label: Option<SubLabel>,
}

/// Answered and asked questions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    /// Questions answered.
    pub answered: u32,
    /// Questions asked (those that apply given the other answers).
    pub total: u32,
}

impl Count {
    /// Share answered, 0-1 (1 when nothing is asked).
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            f64::from(self.answered) / f64::from(self.total)
        }
    }

    fn add(&mut self, answered: bool) {
        self.total += 1;
        if answered {
            self.answered += 1;
        }
    }
}

/// Completeness, in total and per dimension (for a progress bar).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// All questions.
    pub total: Count,
    /// Service levels (20 questions).
    pub dps: Count,
    /// SPID/CIE flags of online services, pagoPA, payment types, ANPR.
    pub dpa: Count,
    /// Open data (5) and social networks (7).
    pub do_: Count,
}

/// One line of the explanation of a dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemScore {
    /// Stable id: a service id, or `p1`-`p4`, `od`, `od1`-`od4`, `so`, `so1`, `so2`.
    pub id: String,
    /// The answer path the item links to (e.g. `services.imu.level`, `pagopa.active`, `social`).
    pub path: String,
    /// Short code, e.g. `P1 SPID` (the service id for services).
    pub code: String,
    /// Name of the item.
    pub label: Text,
    /// The answer, in words.
    pub answer: Text,
    /// Item score 0-100; `None` when unanswered or not applicable.
    pub score: Option<f64>,
    /// How the score is computed, e.g. `100 × 3/5 = 60`.
    pub formula: Text,
    /// True for an aggregate of the items above it (OD, SO).
    pub subtotal: bool,
}

/// The score of one dimension with its explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScore {
    /// `dps`, `dpa` or `do`.
    pub id: String,
    /// The score, unrounded; `None` when nothing is answered.
    pub score: Option<f64>,
    /// Its band.
    pub band: Option<Band>,
    /// How the dimension is computed from its items.
    pub formula: Text,
    /// The items.
    pub items: Vec<ItemScore>,
}

/// Everything computed from one set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    /// Digital Public Services, unrounded; `None` when undefined.
    pub dps: Option<f64>,
    /// Digital PA, unrounded.
    pub dpa: Option<f64>,
    /// Digital Openness, unrounded.
    pub do_: Option<f64>,
    /// The composite Ca.Re index, unrounded; needs all three dimensions.
    pub care: Option<f64>,
    /// The integer part of `care` (a value within the cut tolerance of the next integer counts as it).
    pub care_display: Option<u32>,
    /// Band per dimension.
    pub bands: Bands,
    /// The class; needs all three dimensions. Provisional while `complete` is false.
    pub class: Option<Class>,
    /// The sub-label (Spinta only).
    pub sub_label: Option<SubLabel>,
    /// Services at level >= 3.
    pub online_services: u32,
    /// Services not answered "na" (unanswered ones count as applicable).
    pub applicable_services: u32,
    /// Every question is answered.
    pub complete: bool,
    /// Answered and asked questions.
    pub progress: Progress,
    /// Answer paths of unanswered questions, in questionnaire order (e.g. `services.imu.spid`).
    pub missing: Vec<String>,
    /// DPS with its items.
    pub dps_detail: DimensionScore,
    /// DPA with its items.
    pub dpa_detail: DimensionScore,
    /// DO with its items.
    pub do_detail: DimensionScore,
}

/// The band of `value` under the edition's cuts (within the tolerance of a cut counts as at the cut).
pub fn band(params: &Params, value: f64) -> Band {
    let tol = params.cut_tolerance.value;
    if value + tol >= params.band_high_cut.value {
        Band::Elevato
    } else if value + tol >= params.band_low_cut.value {
        Band::Sufficiente
    } else {
        Band::Basso
    }
}

fn band_points(params: &Params, b: Band) -> f64 {
    match b {
        Band::Basso => params.band_points_basso.value,
        Band::Sufficiente => params.band_points_sufficiente.value,
        Band::Elevato => params.band_points_elevato.value,
    }
}

fn class_of(params: &Params, bands: [Band; 3]) -> (f64, Class, Option<SubLabel>) {
    let points: f64 = bands.iter().map(|b| band_points(params, *b)).sum();
    let basso = bands.iter().filter(|b| **b == Band::Basso).count() as f64;
    let tol = params.cut_tolerance.value;
    if points + tol >= params.spinta_min_points.value {
        let sub = if bands.iter().all(|b| *b == Band::Elevato) {
            SubLabel::Eccellente
        } else if basso == 0.0 {
            SubLabel::Omogeneo
        } else {
            SubLabel::Differenziato
        };
        (points, Class::Spinta, Some(sub))
    } else if basso + tol >= params.blocchi_min_basso.value {
        (points, Class::BlocchiDiPartenza, None)
    } else {
        (points, Class::Stacco, None)
    }
}

use super::items::weighted_mean;

fn composite(params: &Params, dps: f64, dpa: f64, do_: f64) -> f64 {
    weighted_mean(&[
        (Some(dps), params.composite_weight_dps.value),
        (Some(dpa), params.composite_weight_dpa.value),
        (Some(do_), params.composite_weight_do.value),
    ])
    .unwrap_or(0.0)
}

fn display_integer(params: &Params, care: f64) -> u32 {
    let v = (care + params.cut_tolerance.value).floor();
    if v <= 0.0 {
        0
    } else {
        v as u32
    }
}

/// Classifies three directly given sub-indices with the current edition.
pub fn classify(dps: f64, dpa: f64, do_: f64) -> Classification {
    classify_with(super::current(), dps, dpa, do_)
}

/// Classifies three directly given sub-indices with `edition`'s cuts and rules.
pub fn classify_with(edition: &Edition, dps: f64, dpa: f64, do_: f64) -> Classification {
    let p = &edition.params;
    let bands = [band(p, dps), band(p, dpa), band(p, do_)];
    let (points, class, sub_label) = class_of(p, bands);
    let care = composite(p, dps, dpa, do_);
    Classification {
        dps,
        dpa,
        do_,
        care,
        care_display: display_integer(p, care),
        bands,
        points,
        class,
        sub_label,
    }
}

/// A number for formulas: integers without decimals, otherwise one decimal; decimal comma in Italian.
pub fn fmt_num(v: f64, lang: Lang) -> String {
    let s = if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    };
    match lang {
        Lang::It => s.replace('.', ","),
        Lang::En => s,
    }
}

fn text_fn(f: impl Fn(Lang) -> String) -> Text {
    Text::new(f(Lang::It), f(Lang::En))
}

fn unanswered() -> Text {
    Text::new("senza risposta", "not answered")
}

fn yes_no(v: Option<bool>) -> Text {
    match v {
        Some(true) => Text::new("sì", "yes"),
        Some(false) => Text::new("no", "no"),
        None => unanswered(),
    }
}

fn choice_name(list: &[super::edition::Choice], id: &str) -> Text {
    list.iter()
        .find(|c| c.id == id)
        .map(|c| c.name.clone())
        .unwrap_or_else(|| Text::new(id, id))
}

fn item_def(edition: &Edition, id: &str) -> (String, Text, Text) {
    match edition.item(id) {
        Some(d) => (d.code.clone(), d.name.clone(), d.description.clone()),
        None => (id.to_uppercase(), Text::new(id, id), Text::default()),
    }
}

/// Scores `answers` with `edition` (complete or partial answers).
pub fn score(edition: &Edition, answers: &Answers) -> Scores {
    let p = &edition.params;
    let mut progress = Progress::default();
    let mut missing = Vec::new();

    // ---- DPS: services ----
    let mut dps_items = Vec::new();
    let mut level_scores = Vec::new();
    let mut online = 0u32;
    let mut online_spid = 0u32;
    let mut online_cie = 0u32;
    let mut applicable = 0u32;
    let mut any_applicable_answered = false;
    let mut flag_questions: Vec<(String, bool)> = Vec::new();
    for service in &edition.services {
        let answer = answers.services.get(&service.id);
        let path = format!("services.{}.level", service.id);
        progress.dps.add(answer.is_some());
        if answer.is_none() {
            missing.push(path.clone());
        }
        let (answer_text, item_score, formula) = match answer.map(|a| a.level) {
            None => {
                applicable += 1;
                (unanswered(), None, Text::default())
            }
            Some(LevelAnswer::NotApplicable) => (
                edition.not_applicable.name.clone(),
                None,
                Text::new("escluso dalla media", "left out of the mean"),
            ),
            Some(LevelAnswer::Level(l)) => {
                let l = l.min(4);
                applicable += 1;
                any_applicable_answered = true;
                let s = p.level_points.value * f64::from(l);
                let s = s.clamp(0.0, 100.0);
                level_scores.push(s);
                let level_name = edition.level(l).map(|d| d.name.clone()).unwrap_or_default();
                if edition.is_online(LevelAnswer::Level(l)) {
                    online += 1;
                    let a = answer.expect("answered");
                    if a.spid == Some(true) {
                        online_spid += 1;
                    }
                    if a.cie == Some(true) {
                        online_cie += 1;
                    }
                    for (flag, value) in [("spid", a.spid), ("cie", a.cie)] {
                        flag_questions
                            .push((format!("services.{}.{flag}", service.id), value.is_some()));
                    }
                }
                (
                    text_fn(|lang| format!("{} – {}", l, level_name.get(lang))),
                    Some(s),
                    text_fn(|lang| {
                        format!(
                            "{} × {} = {}",
                            fmt_num(p.level_points.value, lang),
                            l,
                            fmt_num(s, lang)
                        )
                    }),
                )
            }
        };
        dps_items.push(ItemScore {
            id: service.id.clone(),
            path,
            code: service.id.clone(),
            label: service.name.clone(),
            answer: answer_text,
            score: item_score,
            formula,
            subtotal: false,
        });
    }
    let dps = if level_scores.is_empty() {
        None
    } else {
        Some(level_scores.iter().sum::<f64>() / level_scores.len() as f64)
    };
    let dps_formula = text_fn(|lang| match dps {
        Some(v) => match lang {
            Lang::It => format!(
                "media di {} servizi valutati = {}",
                level_scores.len(),
                fmt_num(v, lang)
            ),
            Lang::En => format!(
                "mean of {} rated services = {}",
                level_scores.len(),
                fmt_num(v, lang)
            ),
        },
        None => match lang {
            Lang::It => "nessun servizio valutato".to_string(),
            Lang::En => "no service rated".to_string(),
        },
    });

    // ---- DPA ----
    // Flags of online services, in service order, then pagoPA, payments, ANPR.
    for (path, answered) in &flag_questions {
        progress.dpa.add(*answered);
        if !*answered {
            missing.push(path.clone());
        }
    }
    let mut dpa_items = Vec::new();
    for (id, with, flag_name) in [("p1", online_spid, "SPID"), ("p2", online_cie, "CIE")] {
        let score = if any_applicable_answered {
            Some(if online == 0 {
                0.0
            } else {
                100.0 * f64::from(with) / f64::from(online)
            })
        } else {
            None
        };
        let (code, label, _) = item_def(edition, id);
        dpa_items.push(ItemScore {
            id: id.to_string(),
            path: "services".to_string(),
            code,
            label,
            answer: if score.is_some() {
                text_fn(|lang| match lang {
                    Lang::It => format!("{with} servizi online su {online} con {flag_name}"),
                    Lang::En => format!("{with} of {online} online services with {flag_name}"),
                })
            } else {
                unanswered()
            },
            score,
            formula: match score {
                Some(s) if online > 0 => {
                    text_fn(|lang| format!("100 × {with}/{online} = {}", fmt_num(s, lang)))
                }
                Some(_) => Text::new("nessun servizio online = 0", "no online service = 0"),
                None => Text::default(),
            },
            subtotal: false,
        });
    }
    // P3 pagoPA
    progress.dpa.add(answers.pagopa.active.is_some());
    if answers.pagopa.active.is_none() {
        missing.push("pagopa.active".to_string());
    }
    if answers.pagopa.active != Some(false) {
        for pt in &edition.payment_types {
            let given = answers.pagopa.payments.get(&pt.id);
            progress.dpa.add(given.is_some());
            if given.is_none() {
                missing.push(format!("pagopa.payments.{}", pt.id));
            }
        }
    }
    let (through_pagopa, collected) = super::items::pagopa_counts(edition, answers);
    let p3 = super::items::p3(p, answers.pagopa.active, through_pagopa, collected);
    {
        let (code, label, _) = item_def(edition, "p3");
        dpa_items.push(ItemScore {
            id: "p3".into(),
            path: "pagopa.active".into(),
            code,
            label,
            answer: match answers.pagopa.active {
                None => unanswered(),
                Some(false) => Text::new("non attivo su pagoPA", "not active on pagoPA"),
                Some(true) => text_fn(|lang| match lang {
                    Lang::It => format!(
                        "attivo; {through_pagopa} tipi di pagamento con pagoPA su {collected} riscossi"
                    ),
                    Lang::En => format!(
                        "active; {through_pagopa} of {collected} collected payment types through pagoPA"
                    ),
                }),
            },
            score: p3,
            formula: match (answers.pagopa.active, p3) {
                (Some(true), Some(s)) if collected > 0 => text_fn(|lang| {
                    format!("100 × {through_pagopa}/{collected} = {}", fmt_num(s, lang))
                }),
                (Some(true), Some(_)) => Text::new(
                    "nessun pagamento riscosso = 0",
                    "no payment collected = 0",
                ),
                (Some(false), Some(s)) => text_fn(|lang| format!("= {}", fmt_num(s, lang))),
                _ => Text::default(),
            },
            subtotal: false,
        });
    }
    // P4 ANPR
    progress.dpa.add(answers.anpr.is_some());
    if answers.anpr.is_none() {
        missing.push("anpr".to_string());
    }
    let p4 = super::items::p4(p, answers.anpr);
    {
        let (code, label, _) = item_def(edition, "p4");
        dpa_items.push(ItemScore {
            id: "p4".into(),
            path: "anpr".into(),
            code,
            label,
            answer: answers
                .anpr
                .map(|a| choice_name(&edition.anpr_states, a.id()))
                .unwrap_or_else(unanswered),
            score: p4,
            formula: p4
                .map(|s| text_fn(|lang| format!("= {}", fmt_num(s, lang))))
                .unwrap_or_default(),
            subtotal: false,
        });
    }
    let dpa_weights = [
        p.dpa_weight_spid.value,
        p.dpa_weight_cie.value,
        p.dpa_weight_pagopa.value,
        p.dpa_weight_anpr.value,
    ];
    let dpa_parts: Vec<(Option<f64>, f64)> = dpa_items
        .iter()
        .zip(dpa_weights)
        .map(|(i, w)| (i.score, w))
        .collect();
    let dpa = weighted_mean(&dpa_parts);
    let dpa_formula = mean_formula(&dpa_items, dpa);

    // ---- DO ----
    let od = &answers.open_data;
    for (field, answered) in [
        ("datasets", od.datasets.is_some()),
        ("open_format_share", od.open_format_share.is_some()),
        ("licence", od.licence.is_some()),
        ("dcat_harvested", od.dcat_harvested.is_some()),
        ("api_or_bulk", od.api_or_bulk.is_some()),
    ] {
        progress.do_.add(answered);
        if !answered {
            missing.push(format!("open_data.{field}"));
        }
    }
    for network in &edition.social_networks {
        let answered = answers.social.contains_key(&network.id);
        progress.do_.add(answered);
        if !answered {
            missing.push(format!("social.{}", network.id));
        }
    }
    let anchor = p.od1_full_datasets.value.max(1.0);
    let [od1, od2, od3, od4] = super::items::open_data_items(p, od);
    let w = p.od_item_weight.value;
    let od_score = weighted_mean(&[(od1, w), (od2, w), (od3, w), (od4, w)]);
    let social = super::items::social_counts(edition, answers);
    let (accounts, active, networks) = (social.accounts, social.active, social.networks);
    let so_answered = social.answered;
    let (so1, so2) = super::items::social_items(social);
    let so = super::items::social_score(p, so1, so2);
    let do_ = weighted_mean(&[
        (od_score, p.do_open_data_weight.value),
        (so, p.do_social_weight.value),
    ]);

    let mut do_items = Vec::new();
    let mk =
        |id: &str, path: &str, answer: Text, score: Option<f64>, formula: Text, subtotal: bool| {
            let (code, label, _) = item_def(edition, id);
            ItemScore {
                id: id.to_string(),
                path: path.to_string(),
                code,
                label,
                answer,
                score,
                formula: if score.is_some() {
                    formula
                } else {
                    Text::default()
                },
                subtotal,
            }
        };
    do_items.push(mk(
        "od1",
        "open_data.datasets",
        od.datasets
            .map(|n| {
                text_fn(|lang| match lang {
                    Lang::It => format!("{n} dataset"),
                    Lang::En => format!("{n} datasets"),
                })
            })
            .unwrap_or_else(unanswered),
        od1,
        text_fn(|lang| {
            format!(
                "100 × log10(1 + {}) / log10({}) = {}",
                od.datasets.unwrap_or(0),
                fmt_num(1.0 + anchor, lang),
                fmt_num(od1.unwrap_or(0.0), lang)
            )
        }),
        false,
    ));
    do_items.push(mk(
        "od2",
        "open_data.open_format_share",
        od2.map(|s| text_fn(|lang| format!("{}%", fmt_num(s, lang))))
            .unwrap_or_else(unanswered),
        od2,
        text_fn(|lang| format!("= {}", fmt_num(od2.unwrap_or(0.0), lang))),
        false,
    ));
    do_items.push(mk(
        "od3",
        "open_data.licence",
        od.licence
            .map(|l| choice_name(&edition.licence_options, l.id()))
            .unwrap_or_else(unanswered),
        od3,
        text_fn(|lang| format!("= {}", fmt_num(od3.unwrap_or(0.0), lang))),
        false,
    ));
    do_items.push(mk(
        "od4",
        "open_data.dcat_harvested",
        {
            let d = yes_no(od.dcat_harvested);
            let a = yes_no(od.api_or_bulk);
            text_fn(|lang| match lang {
                Lang::It => format!("DCAT-AP_IT: {}; API o download: {}", d.it, a.it),
                Lang::En => format!("DCAT-AP_IT: {}; API or bulk: {}", d.en, a.en),
            })
        },
        od4,
        text_fn(|lang| {
            let d = if od.dcat_harvested == Some(true) {
                p.od4_dcat_points.value
            } else {
                0.0
            };
            let a = if od.api_or_bulk == Some(true) {
                p.od4_api_points.value
            } else {
                0.0
            };
            format!(
                "{} + {} = {}",
                fmt_num(d, lang),
                fmt_num(a, lang),
                fmt_num(d + a, lang)
            )
        }),
        false,
    ));
    do_items.push(mk(
        "od",
        "open_data",
        Text::default(),
        od_score,
        {
            let answered = [od1, od2, od3, od4].iter().filter(|v| v.is_some()).count();
            text_fn(|lang| match lang {
                Lang::It => format!(
                    "media di {answered} voci = {}",
                    fmt_num(od_score.unwrap_or(0.0), lang)
                ),
                Lang::En => format!(
                    "mean of {answered} items = {}",
                    fmt_num(od_score.unwrap_or(0.0), lang)
                ),
            })
        },
        true,
    ));
    do_items.push(mk(
        "so1",
        "social",
        if so_answered {
            text_fn(|lang| match lang {
                Lang::It => format!("{accounts} account ufficiali su {networks} reti"),
                Lang::En => format!("{accounts} official accounts of {networks} networks"),
            })
        } else {
            unanswered()
        },
        so1,
        text_fn(|lang| {
            format!(
                "100 × {accounts}/{networks} = {}",
                fmt_num(so1.unwrap_or(0.0), lang)
            )
        }),
        false,
    ));
    do_items.push(mk(
        "so2",
        "social",
        if so_answered {
            text_fn(|lang| match lang {
                Lang::It => format!("{active} account attivi su {accounts}"),
                Lang::En => format!("{active} active accounts of {accounts}"),
            })
        } else {
            unanswered()
        },
        so2,
        if accounts == 0 {
            Text::new("nessun account = 0", "no account = 0")
        } else {
            text_fn(|lang| {
                format!(
                    "100 × {active}/{accounts} = {}",
                    fmt_num(so2.unwrap_or(0.0), lang)
                )
            })
        },
        false,
    ));
    do_items.push(mk(
        "so",
        "social",
        Text::default(),
        so,
        text_fn(|lang| {
            format!(
                "{} × {} + {} × {} = {}",
                fmt_num(p.so_presence_weight.value, lang),
                fmt_num(so1.unwrap_or(0.0), lang),
                fmt_num(p.so_activity_weight.value, lang),
                fmt_num(so2.unwrap_or(0.0), lang),
                fmt_num(so.unwrap_or(0.0), lang)
            )
        }),
        true,
    ));
    let do_formula = text_fn(|lang| match (od_score, so, do_) {
        (Some(o), Some(s), Some(d)) => format!(
            "{} × {} + {} × {} = {}",
            fmt_num(p.do_open_data_weight.value, lang),
            fmt_num(o, lang),
            fmt_num(p.do_social_weight.value, lang),
            fmt_num(s, lang),
            fmt_num(d, lang)
        ),
        (Some(_), None, Some(d)) => match lang {
            Lang::It => format!("solo open data = {}", fmt_num(d, lang)),
            Lang::En => format!("open data only = {}", fmt_num(d, lang)),
        },
        (None, Some(_), Some(d)) => match lang {
            Lang::It => format!("solo social = {}", fmt_num(d, lang)),
            Lang::En => format!("social media only = {}", fmt_num(d, lang)),
        },
        _ => match lang {
            Lang::It => "nessuna risposta".to_string(),
            Lang::En => "nothing answered".to_string(),
        },
    });

    // ---- composite, bands, class ----
    let bands = Bands {
        dps: dps.map(|v| band(p, v)),
        dpa: dpa.map(|v| band(p, v)),
        do_: do_.map(|v| band(p, v)),
    };
    let (care, care_display, class, sub_label) = match (dps, dpa, do_) {
        (Some(a), Some(b), Some(c)) => {
            let cl = classify_with(edition, a, b, c);
            (
                Some(cl.care),
                Some(cl.care_display),
                Some(cl.class),
                cl.sub_label,
            )
        }
        _ => (None, None, None, None),
    };
    progress.total = Count {
        answered: progress.dps.answered + progress.dpa.answered + progress.do_.answered,
        total: progress.dps.total + progress.dpa.total + progress.do_.total,
    };
    let complete = missing.is_empty();
    Scores {
        dps,
        dpa,
        do_,
        care,
        care_display,
        bands,
        class,
        sub_label,
        online_services: online,
        applicable_services: applicable,
        complete,
        progress,
        missing,
        dps_detail: DimensionScore {
            id: "dps".into(),
            score: dps,
            band: bands.dps,
            formula: dps_formula,
            items: dps_items,
        },
        dpa_detail: DimensionScore {
            id: "dpa".into(),
            score: dpa,
            band: bands.dpa,
            formula: dpa_formula,
            items: dpa_items,
        },
        do_detail: DimensionScore {
            id: "do".into(),
            score: do_,
            band: bands.do_,
            formula: do_formula,
            items: do_items,
        },
    }
}

fn mean_formula(items: &[ItemScore], result: Option<f64>) -> Text {
    let answered: Vec<&ItemScore> = items.iter().filter(|i| i.score.is_some()).collect();
    text_fn(|lang| match result {
        Some(r) => {
            let codes: Vec<&str> = answered.iter().map(|i| i.code.as_str()).collect();
            match lang {
                Lang::It => format!("media di {} = {}", codes.join(", "), fmt_num(r, lang)),
                Lang::En => format!("mean of {} = {}", codes.join(", "), fmt_num(r, lang)),
            }
        }
        None => match lang {
            Lang::It => "nessuna risposta".to_string(),
            Lang::En => "nothing answered".to_string(),
        },
    })
}
