//! The live score beside the questionnaire, as it can honestly be shown while answering. A dimension computed
//! from only part of its groups of questions (an online service without its SPID/CIE, pagoPA active without its
//! payment types, SPID/CIE answered but pagoPA and ANPR not yet reached) would show a value the next answers are
//! bound to move, like the red "DPA 0 basso" of a first online service; such a dimension is "in corso" and says
//! what it waits for. DPS is shown from the first service: each service is a whole item of its mean. Pure: the
//! score panel and the live announcer read it.

use crate::model::{Band, Class, Edition, Scores, Service, SubLabel};

/// What a dimension in corso waits for.
#[derive(Clone, Debug, PartialEq)]
pub enum Wait<'e> {
    /// The service levels: no service rated yet, so there is no share of online services with SPID/CIE.
    ServiceLevels,
    /// SPID and CIE of these online services (one of the two flags, or both, not stated).
    Access(Vec<&'e Service>),
    /// Whether the comune is active on pagoPA.
    Pagopa,
    /// How this many payment types are collected (pagoPA active).
    Payments(u32),
    /// The ANPR migration.
    Anpr,
    /// This many open-data questions.
    OpenData(u32),
    /// This many social networks.
    Social(u32),
}

/// One dimension of the live score.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveValue<'e> {
    /// Nothing of it answered yet.
    NotYet,
    /// Part of its groups answered: what it waits for, in questionnaire order.
    InProgress(Vec<Wait<'e>>),
    /// Its value (unrounded) and band.
    Shown { value: f64, band: Band },
}

impl LiveValue<'_> {
    /// The value and band, when shown.
    pub fn shown(&self) -> Option<(f64, Band)> {
        match self {
            LiveValue::Shown { value, band } => Some((*value, *band)),
            _ => None,
        }
    }
}

/// The live score: DPS, DPA, DO, then the index and the class once all three are shown.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveScore<'e> {
    /// DPS, DPA, DO.
    pub dims: [LiveValue<'e>; 3],
    /// The Ca.Re index as shown, when every dimension is shown.
    pub care: Option<u32>,
    /// The class and its sub-label, when every dimension is shown (provisional unless `complete`).
    pub class: Option<(Class, Option<SubLabel>)>,
    /// Every question answered.
    pub complete: bool,
}

/// The live score of some scores of `edition`.
pub fn live_score<'e>(edition: &'e Edition, scores: &Scores) -> LiveScore<'e> {
    let bands = [scores.bands.dps, scores.bands.dpa, scores.bands.do_];
    let values = [scores.dps, scores.dpa, scores.do_];
    let waits = [Vec::new(), dpa_waits(edition, scores), do_waits(scores)];
    let dims: [LiveValue<'e>; 3] = std::array::from_fn(|i| match (values[i], bands[i]) {
        (Some(value), Some(band)) if waits[i].is_empty() => LiveValue::Shown { value, band },
        (Some(_), Some(_)) => LiveValue::InProgress(waits[i].clone()),
        _ => LiveValue::NotYet,
    });
    let all_shown = dims.iter().all(|d| d.shown().is_some());
    LiveScore {
        care: scores.care_display.filter(|_| all_shown),
        class: scores
            .class
            .filter(|_| all_shown)
            .map(|c| (c, scores.sub_label)),
        complete: scores.complete,
        dims,
    }
}

/// The missing answer paths that start with `prefix`.
fn missing_under(scores: &Scores, prefix: &str) -> u32 {
    scores
        .missing
        .iter()
        .filter(|p| p.starts_with(prefix))
        .count() as u32
}

/// DPA's groups: SPID/CIE of the online services, pagoPA with its payment types, ANPR.
fn dpa_waits<'e>(edition: &'e Edition, scores: &Scores) -> Vec<Wait<'e>> {
    let mut waits = Vec::new();
    let flag_missing = |s: &Service| {
        ["spid", "cie"].iter().any(|f| {
            let path = format!("services.{}.{f}", s.id);
            scores.missing.contains(&path)
        })
    };
    let unstated: Vec<&Service> = edition
        .services
        .iter()
        .filter(|s| flag_missing(s))
        .collect();
    if scores.items.dpa[0].is_none() && scores.missing.iter().any(|p| p.ends_with(".level")) {
        waits.push(Wait::ServiceLevels);
    }
    if !unstated.is_empty() {
        waits.push(Wait::Access(unstated));
    }
    if scores.missing.iter().any(|p| p == "pagopa.active") {
        waits.push(Wait::Pagopa);
    } else {
        let payments = missing_under(scores, "pagopa.payments.");
        if payments > 0 {
            waits.push(Wait::Payments(payments));
        }
    }
    if scores.missing.iter().any(|p| p == "anpr") {
        waits.push(Wait::Anpr);
    }
    waits
}

/// DO's groups: open data, social networks.
fn do_waits<'e>(scores: &Scores) -> Vec<Wait<'e>> {
    let mut waits = Vec::new();
    let open_data = missing_under(scores, "open_data.");
    if open_data > 0 {
        waits.push(Wait::OpenData(open_data));
    }
    let social = missing_under(scores, "social.");
    if social > 0 {
        waits.push(Wait::Social(social));
    }
    waits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{current, score, Anpr, Answers, Edit, LevelAnswer, PaymentChannel};

    fn live(a: &Answers) -> LiveScore<'static> {
        live_score(current(), &score(current(), a))
    }

    fn apply(a: &mut Answers, edit: Edit) {
        edit.apply(current(), a);
    }

    #[test]
    fn a_first_online_service_shows_dps_and_keeps_dpa_in_corso_until_pagopa_and_anpr() {
        let mut a = Answers::default();
        apply(
            &mut a,
            Edit::Level {
                service: "certificati-anagrafici".into(),
                level: LevelAnswer::Level(4),
            },
        );
        let l = live(&a);
        assert_eq!(
            l.dims[0],
            LiveValue::Shown {
                value: 100.0,
                band: Band::Elevato
            }
        );
        // The alarm: DPA used to show "0 basso" here (the flags are "no" until ticked).
        assert_eq!(
            l.dims[1],
            LiveValue::InProgress(vec![Wait::Pagopa, Wait::Anpr])
        );
        assert_eq!(l.dims[2], LiveValue::NotYet);
        assert_eq!((l.care, l.class), (None, None));
    }

    #[test]
    fn pagopa_active_waits_for_its_payment_types() {
        let e = current();
        let mut a = Answers::default().with_level("imu", LevelAnswer::Level(2));
        a.anpr = Some(Anpr::Completed);
        a.pagopa.active = Some(true);
        a.pagopa
            .payments
            .insert("tari".into(), PaymentChannel::Pagopa);
        let n = e.payment_types.len() as u32;
        assert_eq!(
            live(&a).dims[1],
            LiveValue::InProgress(vec![Wait::Payments(n - 1)])
        );
        for p in &e.payment_types {
            a.pagopa
                .payments
                .insert(p.id.clone(), PaymentChannel::Other);
        }
        assert!(live(&a).dims[1].shown().is_some());
        // A "no" to pagoPA asks no payment type: nothing to wait for.
        a.pagopa.payments.clear();
        a.pagopa.active = Some(false);
        assert!(live(&a).dims[1].shown().is_some());
    }

    #[test]
    fn an_online_service_without_its_flags_is_named() {
        let e = current();
        let text = include_str!("../../assets/examples/partial.json");
        let a = crate::model::answers_file::parse(text).unwrap();
        // certificati-anagrafici is at level 4 with SPID and no CIE stated.
        let LiveValue::InProgress(waits) = &live(&a).dims[1] else {
            panic!("DPA is in corso")
        };
        assert_eq!(
            waits[0],
            Wait::Access(vec![e.service("certificati-anagrafici").unwrap()])
        );
        assert_eq!(waits[1], Wait::Payments(6));
        assert_eq!(
            live(&a).dims[2],
            LiveValue::InProgress(vec![Wait::OpenData(3), Wait::Social(5)])
        );
    }

    #[test]
    fn pagopa_and_anpr_before_any_service_wait_for_the_service_levels() {
        let mut a = Answers::default();
        a.pagopa.active = Some(false);
        a.anpr = Some(Anpr::InProgress);
        assert_eq!(
            live(&a).dims[1],
            LiveValue::InProgress(vec![Wait::ServiceLevels])
        );
        // Every service not applicable: no share of online services will ever come, nothing to wait for.
        for s in &current().services {
            a = a.with_level(&s.id, LevelAnswer::NotApplicable);
        }
        assert!(live(&a).dims[1].shown().is_some());
    }

    #[test]
    fn a_complete_questionnaire_shows_everything_as_the_model_scores_it() {
        let text = include_str!("../../assets/examples/small-comune.json");
        let a = crate::model::answers_file::parse(text).unwrap();
        let sc = score(current(), &a);
        let l = live_score(current(), &sc);
        assert!(l.complete);
        assert_eq!(l.dims[1].shown(), sc.dpa.zip(sc.bands.dpa));
        assert_eq!(l.care, sc.care_display);
        assert_eq!(l.class, sc.class.map(|c| (c, sc.sub_label)));
    }
}
