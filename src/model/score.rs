//! Scoring, numbers first: item scores, the three dimensions, the composite, bands, class and completeness of
//! complete and partial answers (`../shared/answers-format.md`) in one pass that builds no text, fast enough for
//! the improvement plan to score thousands of candidates (`examples/bench_score.rs`). The explanation in words
//! is a layer that reads these numbers.

use super::answers::{Answers, LevelAnswer, OpenData};
use super::edition::{Edition, Params};
use super::id_order::{join, IdOrder};
use super::items::{self, weighted_mean, PaymentCounts, SocialCounts};

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

    /// Nothing left to answer.
    pub fn is_complete(self) -> bool {
        self.answered >= self.total
    }

    /// Completeness in whole percent, rounded down (100 only when complete): the figure every view shows.
    pub fn percent(self) -> u32 {
        super::number::completeness_percent(self.answered, self.total)
    }
}

/// Completeness, in total and per questionnaire section, with totals fixed by the edition (they never change
/// while answering): a service is one question, answered with its level and, at an online level, SPID and CIE;
/// the payment types are counted from the start and a "no" to pagoPA settles them. The one definition of
/// progress: the questionnaire's bar, the list of assessments, the results, the files and the embeds read it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// All questions (44 in the 2021 edition).
    pub total: Count,
    /// The services (20), each with its SPID/CIE flags when online.
    pub services: Count,
    /// pagoPA, its payment types (10), ANPR.
    pub digital_pa: Count,
    /// Open data (5) and social networks (7).
    pub openness: Count,
}

/// The item scores behind the three dimensions and the counts they come from: numbers only (the explanation in
/// words reads them, see [`details`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemScores {
    /// The item score of each service, in the edition's order; `None` when unanswered or not applicable.
    pub services: Vec<Option<f64>>,
    /// P1 SPID, P2 CIE, P3 pagoPA, P4 ANPR.
    pub dpa: [Option<f64>; 4],
    /// OD1-OD4.
    pub open_data: [Option<f64>; 4],
    /// OD: OD1-OD4 weighted.
    pub od: Option<f64>,
    /// SO1 presence and SO2 activity.
    pub social: [Option<f64>; 2],
    /// SO: SO1 and SO2 weighted.
    pub so: Option<f64>,
    /// Services answered with a level (not "not applicable").
    pub rated_services: u32,
    /// Online services with SPID access.
    pub spid_services: u32,
    /// Online services with CIE access.
    pub cie_services: u32,
    /// What the payment answers count.
    pub payments: PaymentCounts,
    /// What the social answers count.
    pub social_counts: SocialCounts,
}

/// Everything computed from one set of answers: numbers only, no text.
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
    /// The item scores of the three dimensions.
    pub items: ItemScores,
}

impl Scores {
    /// The classification (points and bands as an array too), when all three dimensions are defined.
    pub fn classification(&self, edition: &Edition) -> Option<Classification> {
        match (self.dps, self.dpa, self.do_) {
            (Some(a), Some(b), Some(c)) => Some(classify_with(edition, a, b, c)),
            _ => None,
        }
    }
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

/// Whether the payment types are asked: unless the comune said it is not on pagoPA.
fn payments_asked(active: Option<bool>) -> bool {
    active != Some(false)
}

/// The five open-data questions with whether each is answered, in questionnaire order.
fn open_data_answered(od: &OpenData) -> [(&'static str, bool); 5] {
    [
        ("datasets", od.datasets.is_some()),
        ("open_format_share", od.open_format_share.is_some()),
        ("licence", od.licence.is_some()),
        ("dcat_harvested", od.dcat_harvested.is_some()),
        ("api_or_bulk", od.api_or_bulk.is_some()),
    ]
}

/// What the service answers give: item scores and counts.
struct ServiceTally {
    scores: Vec<Option<f64>>,
    answered: u32,
    not_applicable: u32,
    rated: u32,
    online: u32,
    spid: u32,
    cie: u32,
    /// Services with nothing left to answer: a level, and both flags when online.
    settled: u32,
}

fn tally_services(edition: &Edition, order: &IdOrder, answers: &Answers) -> ServiceTally {
    let p = &edition.params;
    let services = &edition.services;
    let mut t = ServiceTally {
        scores: vec![None; services.len()],
        answered: 0,
        not_applicable: 0,
        rated: 0,
        online: 0,
        spid: 0,
        cie: 0,
        settled: 0,
    };
    join(&order.services, &answers.services, |at, a| {
        t.answered += 1;
        let flags_stated = a.spid.is_some() && a.cie.is_some();
        t.settled += u32::from(!edition.is_online(a.level) || flags_stated);
        let LevelAnswer::Level(level) = a.level else {
            t.not_applicable += 1;
            return;
        };
        let level = level.min(4);
        t.rated += 1;
        t.scores[at] = Some((p.level_points.value * f64::from(level)).clamp(0.0, 100.0));
        if edition.is_online(a.level) {
            t.online += 1;
            t.spid += u32::from(a.spid == Some(true));
            t.cie += u32::from(a.cie == Some(true));
        }
    });
    t
}

fn count(answered: u32, total: u32) -> Count {
    Count { answered, total }
}

fn progress_of(
    edition: &Edition,
    answers: &Answers,
    services: &ServiceTally,
    payments: &PaymentCounts,
    social: &SocialCounts,
) -> Progress {
    let payment_types = edition.payment_types.len() as u32;
    let payments_settled = if payments_asked(answers.pagopa.active) {
        payments.answered
    } else {
        payment_types
    };
    let digital_pa = count(
        u32::from(answers.pagopa.active.is_some())
            + payments_settled
            + u32::from(answers.anpr.is_some()),
        1 + payment_types + 1,
    );
    let open_data = open_data_answered(&answers.open_data);
    let openness = count(
        open_data.iter().filter(|(_, a)| *a).count() as u32 + social.answered,
        open_data.len() as u32 + social.networks,
    );
    let services = count(services.settled, edition.services.len() as u32);
    Progress {
        total: count(
            services.answered + digital_pa.answered + openness.answered,
            services.total + digital_pa.total + openness.total,
        ),
        services,
        digital_pa,
        openness,
    }
}

/// The answer paths of the unanswered questions, in questionnaire order: service levels, the SPID/CIE flags of
/// online services, pagoPA and its payment types, ANPR, open data, social networks.
fn missing_paths(edition: &Edition, answers: &Answers) -> Vec<String> {
    let mut missing = Vec::new();
    for s in &edition.services {
        if !answers.services.contains_key(&s.id) {
            missing.push(format!("services.{}.level", s.id));
        }
    }
    for s in &edition.services {
        let Some(a) = answers.services.get(&s.id) else {
            continue;
        };
        if edition.is_online(a.level) {
            for (flag, value) in [("spid", a.spid), ("cie", a.cie)] {
                if value.is_none() {
                    missing.push(format!("services.{}.{flag}", s.id));
                }
            }
        }
    }
    if answers.pagopa.active.is_none() {
        missing.push("pagopa.active".to_string());
    }
    if payments_asked(answers.pagopa.active) {
        for pt in &edition.payment_types {
            if !answers.pagopa.payments.contains_key(&pt.id) {
                missing.push(format!("pagopa.payments.{}", pt.id));
            }
        }
    }
    if answers.anpr.is_none() {
        missing.push("anpr".to_string());
    }
    for (field, answered) in open_data_answered(&answers.open_data) {
        if !answered {
            missing.push(format!("open_data.{field}"));
        }
    }
    for n in &edition.social_networks {
        if !answers.social.contains_key(&n.id) {
            missing.push(format!("social.{}", n.id));
        }
    }
    missing
}

/// Scores `answers` with `edition` (complete or partial answers): item scores, dimensions, composite, bands,
/// class and completeness, without building any text. The one scoring of the model: the results, the
/// improvement plan and the explanations ([`details`]) all read it.
pub fn score(edition: &Edition, answers: &Answers) -> Scores {
    let p = &edition.params;
    let order = IdOrder::of(edition);
    let services = tally_services(edition, &order, answers);
    let dps = (services.rated > 0)
        .then(|| services.scores.iter().flatten().sum::<f64>() / f64::from(services.rated));

    let share = |with: u32| {
        (services.rated > 0).then(|| {
            if services.online == 0 {
                0.0
            } else {
                100.0 * f64::from(with) / f64::from(services.online)
            }
        })
    };
    let payments = items::payment_counts(&order, answers);
    let dpa_items = [
        share(services.spid),
        share(services.cie),
        items::p3(
            p,
            answers.pagopa.active,
            payments.through_pagopa,
            payments.collected,
        ),
        items::p4(p, answers.anpr),
    ];
    let dpa = weighted_mean(&[
        (dpa_items[0], p.dpa_weight_spid.value),
        (dpa_items[1], p.dpa_weight_cie.value),
        (dpa_items[2], p.dpa_weight_pagopa.value),
        (dpa_items[3], p.dpa_weight_anpr.value),
    ]);

    let open_data = items::open_data_items(p, &answers.open_data);
    let w = p.od_item_weight.value;
    let od = weighted_mean(&open_data.map(|v| (v, w)));
    let social_counts = items::social_counts(edition, &order, answers);
    let (so1, so2) = items::social_items(social_counts);
    let so = items::social_score(p, so1, so2);
    let do_ = weighted_mean(&[
        (od, p.do_open_data_weight.value),
        (so, p.do_social_weight.value),
    ]);

    let bands = Bands {
        dps: dps.map(|v| band(p, v)),
        dpa: dpa.map(|v| band(p, v)),
        do_: do_.map(|v| band(p, v)),
    };
    let classification = match (dps, dpa, do_) {
        (Some(a), Some(b), Some(c)) => Some(classify_with(edition, a, b, c)),
        _ => None,
    };
    let progress = progress_of(edition, answers, &services, &payments, &social_counts);
    let complete = progress.total.answered == progress.total.total;
    Scores {
        dps,
        dpa,
        do_,
        care: classification.map(|c| c.care),
        care_display: classification.map(|c| c.care_display),
        bands,
        class: classification.map(|c| c.class),
        sub_label: classification.and_then(|c| c.sub_label),
        online_services: services.online,
        applicable_services: edition.services.len() as u32 - services.not_applicable,
        complete,
        progress,
        missing: if complete {
            Vec::new()
        } else {
            missing_paths(edition, answers)
        },
        items: ItemScores {
            services: services.scores,
            dpa: dpa_items,
            open_data,
            od,
            social: [so1, so2],
            so,
            rated_services: services.rated,
            spid_services: services.spid,
            cie_services: services.cie,
            payments,
            social_counts,
        },
    }
}
