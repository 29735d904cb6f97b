//! Property tests of the model: scores stay in 0-100 and follow from their item scores, the explanation shows
//! the same item scores, monotonicity, serialise-then-parse identity, and a parser that never panics. Case counts follow proptest's default (256), scaled with `PROPTEST_CASES`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods)] // Native only: the standard sorts (see clippy.toml) cost the web modules nothing.

use care::model::{
    self, answers_file, Anpr, Answers, Class, Lang, LevelAnswer, Licence, PaymentChannel,
    ServiceAnswer, SocialStatus,
};
use care::report::score_details::dimension_details;
use proptest::prelude::*;
use proptest::sample::Index;

fn level_answer() -> impl Strategy<Value = LevelAnswer> {
    prop_oneof![
        (0u8..=4).prop_map(LevelAnswer::Level),
        Just(LevelAnswer::NotApplicable)
    ]
}

fn service_answer() -> impl Strategy<Value = ServiceAnswer> {
    (level_answer(), any::<Option<bool>>(), any::<Option<bool>>())
        .prop_map(|(level, spid, cie)| ServiceAnswer { level, spid, cie })
}

fn channel() -> impl Strategy<Value = PaymentChannel> {
    prop::sample::select(PaymentChannel::ALL.to_vec())
}

fn social_status() -> impl Strategy<Value = SocialStatus> {
    prop::sample::select(SocialStatus::ALL.to_vec())
}

fn name() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿ' \\-\"<>&=+@]{1,40}"
        .prop_filter_map("a valid name", |s| answers_file::validate_name(&s).ok())
}

fn share() -> impl Strategy<Value = f64> {
    (0u32..=10_000).prop_map(|x| f64::from(x) / 100.0)
}

/// Any valid answers, partial or complete.
fn answers() -> impl Strategy<Value = Answers> {
    let e = model::current();
    let services = e.services.len();
    let payments = e.payment_types.len();
    let networks = e.social_networks.len();
    (
        name(),
        proptest::option::of("[0-9]{6}"),
        proptest::option::of(2000u16..=2100),
        prop::collection::vec(proptest::option::of(service_answer()), services),
        any::<Option<bool>>(),
        prop::collection::vec(proptest::option::of(channel()), payments),
        proptest::option::of(prop::sample::select(Anpr::ALL.to_vec())),
        (
            proptest::option::of(0u32..100_000),
            proptest::option::of(share()),
            proptest::option::of(prop::sample::select(Licence::ALL.to_vec())),
            any::<Option<bool>>(),
            any::<Option<bool>>(),
        ),
        prop::collection::vec(proptest::option::of(social_status()), networks),
    )
        .prop_map(|(name, istat, year, svc, active, pays, anpr, od, soc)| {
            let e = model::current();
            let mut a = Answers::new(name);
            a.comune.istat_code = istat;
            a.comune.year = year;
            for (s, v) in e.services.iter().zip(svc) {
                if let Some(v) = v {
                    a.services.insert(s.id.clone(), v);
                }
            }
            a.pagopa.active = active;
            for (p, v) in e.payment_types.iter().zip(pays) {
                if let Some(v) = v {
                    a.pagopa.payments.insert(p.id.clone(), v);
                }
            }
            a.anpr = anpr;
            a.open_data.datasets = od.0;
            a.open_data.open_format_share = od.1;
            a.open_data.licence = od.2;
            a.open_data.dcat_harvested = od.3;
            a.open_data.api_or_bulk = od.4;
            for (n, v) in e.social_networks.iter().zip(soc) {
                if let Some(v) = v {
                    a.social.insert(n.id.clone(), v);
                }
            }
            a
        })
}

/// Complete answers: every question answered (flags on every online service, all payment types).
fn complete_answers() -> impl Strategy<Value = Answers> {
    (
        answers(),
        prop::collection::vec(service_answer(), 20),
        any::<bool>(),
        prop::collection::vec(channel(), 10),
        prop::sample::select(Anpr::ALL.to_vec()),
        (
            0u32..1000,
            share(),
            prop::sample::select(Licence::ALL.to_vec()),
            any::<bool>(),
            any::<bool>(),
        ),
        prop::collection::vec(social_status(), 7),
    )
        .prop_map(|(mut a, svc, active, pays, anpr, od, soc)| {
            let e = model::current();
            for (s, mut v) in e.services.iter().zip(svc) {
                v.spid = Some(v.spid.unwrap_or(false));
                v.cie = Some(v.cie.unwrap_or(true));
                a.services.insert(s.id.clone(), v);
            }
            a.pagopa.active = Some(active);
            for (p, v) in e.payment_types.iter().zip(pays) {
                a.pagopa.payments.insert(p.id.clone(), v);
            }
            a.anpr = Some(anpr);
            a.open_data.datasets = Some(od.0);
            a.open_data.open_format_share = Some(od.1);
            a.open_data.licence = Some(od.2);
            a.open_data.dcat_harvested = Some(od.3);
            a.open_data.api_or_bulk = Some(od.4);
            for (n, v) in e.social_networks.iter().zip(soc) {
                a.social.insert(n.id.clone(), v);
            }
            a
        })
}

/// Raising one already given answer.
#[derive(Clone, Debug)]
enum Raise {
    /// A service level up by one (N/A excluded). Going online (2 -> 3) also sets SPID and CIE to true:
    /// a service that goes online without them lowers P1/P2 (see `documented_non_monotonic_changes`).
    Level(Index),
    /// SPID or CIE of an online service to true (from false or unanswered).
    Flag(Index, bool),
    /// A payment type to pagoPA (from other or na).
    Payment(Index),
    /// pagoPA active false -> true.
    Active,
    /// ANPR one step up.
    Anpr,
    /// More datasets.
    Datasets(u32),
    /// A larger open-format share.
    Share(f64),
    /// Licence one step up.
    Licence,
    /// DCAT harvesting false -> true.
    Dcat,
    /// API or bulk false -> true.
    Api,
    /// A network to active (from none or inactive). `none -> inactive` is NOT monotone: it raises SO1 and
    /// dilutes SO2 (see `documented_non_monotonic_changes`).
    Social(Index),
}

fn raise() -> impl Strategy<Value = Raise> {
    prop_oneof![
        any::<Index>().prop_map(Raise::Level),
        (any::<Index>(), any::<bool>()).prop_map(|(i, b)| Raise::Flag(i, b)),
        any::<Index>().prop_map(Raise::Payment),
        Just(Raise::Active),
        Just(Raise::Anpr),
        (1u32..500).prop_map(Raise::Datasets),
        (0.01f64..50.0).prop_map(Raise::Share),
        Just(Raise::Licence),
        Just(Raise::Dcat),
        Just(Raise::Api),
        any::<Index>().prop_map(Raise::Social),
    ]
}

/// Applies `op` to an answer that is already given; returns false when it does not apply.
fn apply(a: &mut Answers, op: &Raise) -> bool {
    let e = model::current();
    match op {
        Raise::Level(i) => {
            let id = &e.services[i.index(e.services.len())].id;
            match a.services.get_mut(id) {
                Some(s) => match s.level {
                    LevelAnswer::Level(l) if l < 4 => {
                        s.level = LevelAnswer::Level(l + 1);
                        if l + 1 == 3 {
                            s.spid = Some(true);
                            s.cie = Some(true);
                        }
                        true
                    }
                    _ => false,
                },
                None => false,
            }
        }
        Raise::Flag(i, spid) => {
            let id = &e.services[i.index(e.services.len())].id;
            match a.services.get_mut(id) {
                Some(s) if s.level.level().is_some_and(|l| l >= 3) => {
                    let f = if *spid { &mut s.spid } else { &mut s.cie };
                    if *f == Some(true) {
                        false
                    } else {
                        *f = Some(true);
                        true
                    }
                }
                _ => false,
            }
        }
        Raise::Payment(i) => {
            let id = &e.payment_types[i.index(e.payment_types.len())].id;
            match a.pagopa.payments.get_mut(id) {
                Some(c) if *c != PaymentChannel::Pagopa => {
                    *c = PaymentChannel::Pagopa;
                    true
                }
                _ => false,
            }
        }
        Raise::Active => {
            if a.pagopa.active == Some(false) {
                a.pagopa.active = Some(true);
                true
            } else {
                false
            }
        }
        Raise::Anpr => match a.anpr {
            Some(Anpr::NotStarted) => {
                a.anpr = Some(Anpr::InProgress);
                true
            }
            Some(Anpr::InProgress) => {
                a.anpr = Some(Anpr::Completed);
                true
            }
            _ => false,
        },
        Raise::Datasets(k) => match &mut a.open_data.datasets {
            Some(n) => {
                *n = n.saturating_add(*k);
                true
            }
            None => false,
        },
        Raise::Share(d) => match &mut a.open_data.open_format_share {
            Some(s) if *s < 100.0 => {
                *s = (*s + d).min(100.0);
                true
            }
            _ => false,
        },
        Raise::Licence => match a.open_data.licence {
            Some(Licence::None) => {
                a.open_data.licence = Some(Licence::Some);
                true
            }
            Some(Licence::Some) => {
                a.open_data.licence = Some(Licence::All);
                true
            }
            _ => false,
        },
        Raise::Dcat => {
            if a.open_data.dcat_harvested == Some(false) {
                a.open_data.dcat_harvested = Some(true);
                true
            } else {
                false
            }
        }
        Raise::Api => {
            if a.open_data.api_or_bulk == Some(false) {
                a.open_data.api_or_bulk = Some(true);
                true
            } else {
                false
            }
        }
        Raise::Social(i) => {
            let id = &e.social_networks[i.index(e.social_networks.len())].id;
            match a.social.get_mut(id) {
                Some(s) if *s != SocialStatus::Active => {
                    *s = SocialStatus::Active;
                    true
                }
                _ => false,
            }
        }
    }
}

fn class_rank(c: Option<Class>) -> u8 {
    match c {
        None => 0,
        Some(Class::BlocchiDiPartenza) => 1,
        Some(Class::Stacco) => 2,
        Some(Class::Spinta) => 3,
    }
}

fn not_lower(before: Option<f64>, after: Option<f64>) -> bool {
    match (before, after) {
        (Some(b), Some(a)) => a + 1e-9 >= b,
        (None, None) => true,
        _ => false, // raising a given answer never changes whether a dimension is defined
    }
}

fn check_monotone(a: &Answers, op: &Raise) -> Result<(), TestCaseError> {
    let mut raised = a.clone();
    if !apply(&mut raised, op) {
        return Ok(());
    }
    let e = model::current();
    let (b, r) = (model::score(e, a), model::score(e, &raised));
    prop_assert!(
        not_lower(b.dps, r.dps),
        "dps {:?} -> {:?} by {op:?}",
        b.dps,
        r.dps
    );
    prop_assert!(
        not_lower(b.dpa, r.dpa),
        "dpa {:?} -> {:?} by {op:?}",
        b.dpa,
        r.dpa
    );
    prop_assert!(
        not_lower(b.do_, r.do_),
        "do {:?} -> {:?} by {op:?}",
        b.do_,
        r.do_
    );
    prop_assert!(
        not_lower(b.care, r.care),
        "care {:?} -> {:?} by {op:?}",
        b.care,
        r.care
    );
    prop_assert!(
        class_rank(r.class) >= class_rank(b.class),
        "class by {op:?}"
    );
    Ok(())
}

fn mean(values: &[(Option<f64>, f64)]) -> Option<f64> {
    let answered: Vec<(f64, f64)> = values
        .iter()
        .filter_map(|(v, w)| v.map(|v| (v, *w)))
        .collect();
    let weights: f64 = answered.iter().map(|(_, w)| w).sum();
    if answered.is_empty() {
        None
    } else if weights > 0.0 {
        Some(answered.iter().map(|(v, w)| v * w).sum::<f64>() / weights)
    } else {
        Some(answered.iter().map(|(v, _)| v).sum::<f64>() / answered.len() as f64)
    }
}

fn near(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

/// Recomputes what follows from the item scores and the answers, and compares.
fn check_consistent(a: &Answers) -> Result<(), TestCaseError> {
    let e = model::current();
    let p = &e.params;
    let s = model::score(e, a);
    let it = &s.items;
    // Services: the item score of each answered level, in edition order.
    prop_assert_eq!(it.services.len(), e.services.len());
    for (svc, score) in e.services.iter().zip(&it.services) {
        let level = a.services.get(&svc.id).and_then(|x| x.level.level());
        prop_assert_eq!(
            *score,
            level.map(|l| p.level_points.value * f64::from(l.min(4)))
        );
    }
    let rated: Vec<f64> = it.services.iter().flatten().copied().collect();
    prop_assert_eq!(it.rated_services as usize, rated.len());
    let dps = (!rated.is_empty()).then(|| rated.iter().sum::<f64>() / rated.len() as f64);
    prop_assert!(near(s.dps, dps), "dps {:?} {dps:?}", s.dps);
    let dpa = mean(&[
        (it.dpa[0], p.dpa_weight_spid.value),
        (it.dpa[1], p.dpa_weight_cie.value),
        (it.dpa[2], p.dpa_weight_pagopa.value),
        (it.dpa[3], p.dpa_weight_anpr.value),
    ]);
    prop_assert!(near(s.dpa, dpa), "dpa {:?} {dpa:?}", s.dpa);
    let od = mean(&it.open_data.map(|v| (v, p.od_item_weight.value)));
    prop_assert!(near(it.od, od));
    let do_ = mean(&[
        (it.od, p.do_open_data_weight.value),
        (it.so, p.do_social_weight.value),
    ]);
    prop_assert!(near(s.do_, do_), "do {:?} {do_:?}", s.do_);
    // P1/P2: shares of the online services.
    let online = e
        .services
        .iter()
        .filter_map(|svc| a.services.get(&svc.id))
        .filter(|x| x.level.level().is_some_and(|l| l >= 3))
        .count() as u32;
    prop_assert_eq!(s.online_services, online);
    prop_assert!(it.spid_services <= online && it.cie_services <= online);
    // Bands and class from the dimensions.
    prop_assert_eq!(s.bands.dps, s.dps.map(|v| model::band(p, v)));
    prop_assert_eq!(s.bands.dpa, s.dpa.map(|v| model::band(p, v)));
    prop_assert_eq!(s.bands.do_, s.do_.map(|v| model::band(p, v)));
    let c = s.classification(e);
    prop_assert_eq!(c.map(|c| c.class), s.class);
    prop_assert_eq!(c.and_then(|c| c.sub_label), s.sub_label);
    prop_assert_eq!(c.map(|c| c.care), s.care);
    if let (Some(care), Some(x), Some(y), Some(z)) = (s.care, s.dps, s.dpa, s.do_) {
        prop_assert!(care + 1e-9 >= x.min(y).min(z) && care <= x.max(y).max(z) + 1e-9);
    }
    // Counts: every asked question is answered or missing, once.
    // Progress: every question left is missing (a service with both flags missing is one question, two paths),
    // and the totals are the edition's whatever the answers.
    let pr = s.progress;
    let mut questions_left: Vec<&str> = s
        .missing
        .iter()
        .map(|p| match p.strip_prefix("services.") {
            Some(rest) => rest.split('.').next().unwrap_or(rest),
            None => p.as_str(),
        })
        .collect();
    questions_left.dedup();
    prop_assert_eq!(
        pr.total.total - pr.total.answered,
        questions_left.len() as u32
    );
    let nothing = model::score(e, &model::Answers::default()).progress;
    prop_assert_eq!(pr.total.total, nothing.total.total);
    prop_assert_eq!(
        pr.total.total,
        pr.services.total + pr.digital_pa.total + pr.openness.total
    );
    prop_assert_eq!(pr.services.total as usize, e.services.len());
    prop_assert!(pr.services.answered as usize <= a.services.len());
    let mut unique = s.missing.clone();
    unique.sort();
    unique.dedup();
    prop_assert_eq!(unique.len(), s.missing.len());
    let na = a
        .services
        .values()
        .filter(|x| x.level.level().is_none())
        .count();
    prop_assert_eq!(s.applicable_services as usize, e.services.len() - na);
    Ok(())
}

proptest! {
    #[test]
    fn scores_stay_in_range(a in answers()) {
        let s = model::score(model::current(), &a);
        for v in [s.dps, s.dpa, s.do_, s.care].into_iter().flatten() {
            prop_assert!((0.0..=100.0).contains(&v), "{v}");
        }
        for d in dimension_details(model::current(), &a, &s, Lang::It) {
            for i in &d.items {
                if let Some(v) = i.score {
                    prop_assert!((0.0..=100.0).contains(&v), "{} {v}", i.id);
                }
            }
        }
        prop_assert!(s.care_display.is_none_or(|d| d <= 100));
        prop_assert_eq!(s.complete, s.missing.is_empty());
        prop_assert_eq!(s.complete, s.progress.total.answered == s.progress.total.total);
        prop_assert!(s.online_services <= s.applicable_services);
        prop_assert_eq!(s.care.is_some(), s.class.is_some());
    }

    /// The dimensions, the composite, the bands, the class and the counts follow from the item scores by the
    /// model's rules, recomputed here from the edition's parameters.
    #[test]
    fn scores_follow_from_their_item_scores(a in answers()) {
        check_consistent(&a)?;
    }

    /// The explanation shows, in both languages, exactly the item scores the numbers hold, one line per item.
    #[test]
    fn explanations_show_the_item_scores(a in answers()) {
        let e = model::current();
        let s = model::score(e, &a);
        let it = &s.items;
        let mut numbers: Vec<Option<f64>> = it.services.clone();
        numbers.extend(it.dpa);
        numbers.extend(it.open_data);
        numbers.push(it.od);
        numbers.extend(it.social);
        numbers.push(it.so);
        for lang in [Lang::It, Lang::En] {
            let d = dimension_details(e, &a, &s, lang);
            prop_assert_eq!([d[0].score, d[1].score, d[2].score], [s.dps, s.dpa, s.do_]);
            let shown: Vec<Option<f64>> =
                d.iter().flat_map(|d| d.items.iter().map(|i| i.score)).collect();
            prop_assert_eq!(&shown, &numbers);
            for i in d.iter().flat_map(|d| &d.items) {
                // A formula exactly where there is a score, and for N/A services (why they are left out).
                let na = a.services.get(&i.id).is_some_and(|x| x.level == LevelAnswer::NotApplicable);
                prop_assert_eq!(
                    i.score.is_some() || na,
                    !i.formula.is_empty(),
                    "{} {:?} {}", i.id, i.score, i.formula
                );
            }
        }
    }

    /// An edition that is not one of the embedded ones (a copy) scores the same: the id order is computed
    /// for it instead of taken from the cache.
    #[test]
    fn a_copy_of_the_edition_scores_the_same(a in answers()) {
        let e = model::current();
        let copy = e.clone();
        prop_assert_eq!(model::score(&copy, &a), model::score(e, &a));
    }

    /// On complete answers, raising one answer (the moves of [`Raise`]) never lowers DPS, DPA, DO, Ca.Re or
    /// the class.
    #[test]
    fn raising_an_answer_never_lowers_complete(a in complete_answers(), op in raise()) {
        prop_assert!(model::score(model::current(), &a).complete);
        check_monotone(&a, &op)?;
    }

    /// On partial answers the same holds for raising an answer that is already given (a missing SPID/CIE
    /// flag counts as false, so setting it to true is a raise too). Answering a new question is NOT
    /// monotone (a new level-0 service lowers DPS; a new "other" payment lowers P3), and neither is turning
    /// a level into N/A or back: N/A is outside the scale.
    #[test]
    fn raising_a_given_answer_never_lowers_partial(a in answers(), op in raise()) {
        check_monotone(&a, &op)?;
    }

    #[test]
    fn serialise_then_parse_is_identity(a in answers()) {
        let text = answers_file::to_json(&a);
        prop_assert_eq!(answers_file::parse(&text), Ok(a.clone()));
        prop_assert_eq!(answers_file::to_json(&answers_file::parse(&text).unwrap()), text);
    }

    #[test]
    fn parser_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = answers_file::parse(&text);
    }

    #[test]
    fn parser_never_panics_on_json_like_text(text in "[\\{\\}\\[\\]\":,0-9a-z_\\. \\-eE\\\\]{0,200}") {
        if let Err(e) = answers_file::parse(&text) {
            prop_assert!(!e.message(model::Lang::It).is_empty());
            prop_assert!(!e.message(model::Lang::En).is_empty());
        }
    }

    /// Mutations of valid files: a cut, or a replaced character. The result is Ok or an error with a path
    /// or a whole-file kind; never a panic.
    #[test]
    fn parser_never_panics_on_mutated_files(a in answers(), cut in any::<Index>(), at in any::<Index>(),
                                             ch in prop::sample::select(vec!['"', '{', '}', '9', '-', 'x', ',', ' ', 'n', '.'])) {
        let text = answers_file::to_json(&a);
        let chars: Vec<char> = text.chars().collect();
        let truncated: String = chars[..cut.index(chars.len() + 1)].iter().collect();
        let _ = answers_file::parse(&truncated);
        let mut replaced = chars.clone();
        let i = at.index(replaced.len());
        replaced[i] = ch;
        let replaced: String = replaced.into_iter().collect();
        if let Ok(b) = answers_file::parse(&replaced) {
            // Whatever is accepted is valid: it writes back to something that parses to itself.
            prop_assert_eq!(answers_file::parse(&answers_file::to_json(&b)), Ok(b));
        }
    }

    #[test]
    fn classify_never_panics_and_agrees_with_bands(d in 0.0f64..=100.0, p in 0.0f64..=100.0, o in 0.0f64..=100.0) {
        let c = model::classify(d, p, o);
        prop_assert!((0.0..=100.0).contains(&c.care));
        prop_assert!(f64::from(c.care_display) <= c.care + 1e-9);
        prop_assert_eq!(c.sub_label.is_some(), c.class == Class::Spinta);
    }
}
