//! Scoring of complete and partial answers, band edges, classes and sub-labels, completeness and
//! explanations, with expected values computed by hand from `../shared/care-model.md` and
//! `../shared/answers-format.md`.

use care::model::{
    self, Anpr, Answers, Band, Class, Lang, LevelAnswer, Licence, PaymentChannel, ServiceAnswer,
    SocialStatus, SubLabel,
};
use care::report::score_details::{dimension_details, DimensionDetail};

const EPS: f64 = 1e-9;

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-6)
}

/// Complete answers: every service at `level` with both flags `flags` (when online), pagoPA active with
/// every type through pagoPA, ANPR completed, open data full, every network active.
fn complete(level: u8, flags: bool) -> Answers {
    let e = model::current();
    let mut a = Answers::new("Comune di Prova");
    for s in &e.services {
        let mut ans = ServiceAnswer::level(level);
        if level >= 3 {
            ans.spid = Some(flags);
            ans.cie = Some(flags);
        }
        a.services.insert(s.id.clone(), ans);
    }
    a.pagopa.active = Some(true);
    for p in &e.payment_types {
        a.pagopa
            .payments
            .insert(p.id.clone(), PaymentChannel::Pagopa);
    }
    a.anpr = Some(Anpr::Completed);
    a.open_data.datasets = Some(200);
    a.open_data.open_format_share = Some(100.0);
    a.open_data.licence = Some(Licence::All);
    a.open_data.dcat_harvested = Some(true);
    a.open_data.api_or_bulk = Some(true);
    for n in &e.social_networks {
        a.social.insert(n.id.clone(), SocialStatus::Active);
    }
    a
}

fn score(a: &Answers) -> model::Scores {
    model::score(model::current(), a)
}

/// The explanation of the three dimensions in `lang`.
fn details(a: &Answers, s: &model::Scores, lang: Lang) -> [DimensionDetail; 3] {
    dimension_details(model::current(), a, s, lang)
}

/// The example of `../shared/answers-format.md`, a partial questionnaire.
fn spec_example() -> Answers {
    let text = r#"{
      "format": "care-answers", "version": 1, "model": "care-2021",
      "comune": { "name": "Comune di Esempio", "istat_code": "040007", "year": 2026 },
      "services": {
        "certificati-anagrafici": { "level": 4, "spid": true, "cie": true },
        "cambio-residenza": { "level": 2 },
        "iscrizione-nido": { "level": "na" }
      },
      "pagopa": { "active": true,
        "payments": { "tari": "pagopa", "imu": "pagopa", "contravvenzioni": "other", "cimiteriali": "na" } },
      "anpr": "completed",
      "open_data": { "datasets": 120, "open_format_share": 80, "licence": "all",
                     "dcat_harvested": true, "api_or_bulk": false },
      "social": { "facebook": "active", "instagram": "inactive", "x": "none" }
    }"#;
    model::answers_file::parse(text).expect("the spec example parses")
}

#[test]
fn spec_example_partial_scores() {
    let s = score(&spec_example());
    // DPS: (25*4 + 25*2) / 2, the N/A service and 17 unanswered ones leave the denominator.
    assert!(close(s.dps, 75.0), "{:?}", s.dps);
    // P1 = P2 = 100 (1 of 1 online service), P3 = 100 * 2/3, P4 = 100.
    assert!(close(s.dpa, (100.0 + 100.0 + 200.0 / 3.0 + 100.0) / 4.0));
    // OD1 = 100 log10(121)/log10(201); OD2 80; OD3 100; OD4 50 + 0.
    let od1 = 100.0 * 121f64.log10() / 201f64.log10();
    let od = (od1 + 80.0 + 100.0 + 50.0) / 4.0;
    // SO1 = 2 accounts of 7 (unanswered networks count as none); SO2 = 1 active of 2.
    let so = 0.6 * (200.0 / 7.0) + 0.4 * 50.0;
    assert!(close(s.do_, 0.5 * od + 0.5 * so), "{:?}", s.do_);
    let care = (75.0 + (100.0 + 100.0 + 200.0 / 3.0 + 100.0) / 4.0 + 0.5 * od + 0.5 * so) / 3.0;
    assert!(close(s.care, care));
    assert_eq!(s.care_display, Some(care.trunc() as u32));
    assert!(!s.complete);
    assert_eq!(s.online_services, 1);
    assert_eq!(s.applicable_services, 19);
    assert_eq!(s.class, Some(Class::Spinta)); // provisional: elevato, elevato, sufficiente
    assert_eq!(s.sub_label, Some(SubLabel::Omogeneo));
    // What is missing, in questionnaire order, with stable ids.
    assert!(s
        .missing
        .contains(&"services.carta-identita.level".to_string()));
    assert!(s
        .missing
        .contains(&"pagopa.payments.mensa-rette".to_string()));
    assert!(s.missing.contains(&"social.youtube".to_string()));
    assert!(!s
        .missing
        .contains(&"services.certificati-anagrafici.spid".to_string()));
    assert!(!s.missing.contains(&"anpr".to_string()));
    assert_eq!(s.missing[0], "services.carta-identita.level");
    // 17 service levels + 6 payment types + 4 networks.
    assert_eq!(s.missing.len(), 17 + 6 + 4);
    // Progress: a service is one question (its flags inside it), the totals are the edition's, fixed.
    assert_eq!(s.progress.services.answered, 3);
    assert_eq!(s.progress.services.total, 20);
    // Digital PA: active + 10 payment types + anpr = 12 asked, 6 answered.
    let digital_pa = (s.progress.digital_pa.answered, s.progress.digital_pa.total);
    assert_eq!(digital_pa, (6, 12));
    let openness = (s.progress.openness.answered, s.progress.openness.total);
    assert_eq!(openness, (8, 12));
    assert_eq!(
        (s.progress.total.answered, s.progress.total.total),
        (17, 44)
    );
}

#[test]
fn nothing_answered_is_undefined() {
    let s = score(&Answers::new("Vuoto"));
    assert_eq!((s.dps, s.dpa, s.do_, s.care), (None, None, None, None));
    assert_eq!((s.class, s.sub_label, s.care_display), (None, None, None));
    assert_eq!(s.bands, model::Bands::default());
    assert!(!s.complete);
    assert_eq!(s.applicable_services, 20);
    assert_eq!(s.progress.total.answered, 0);
    // 20 services; active + 10 payments + anpr; 5 open data + 7 networks.
    assert_eq!(s.progress.total.total, 20 + 12 + 12);
    assert_eq!(s.missing.len(), 44);
}

#[test]
fn partial_rules_of_the_answers_format() {
    // Only N/A services: DPS undefined, P1/P2 unanswered.
    let mut a = Answers::new("X").with_level("imu", LevelAnswer::NotApplicable);
    let s = score(&a);
    assert_eq!((s.dps, s.dpa), (None, None));
    // One service at level 2: P1 = P2 = 0 (none online), answered.
    a = a.with_level("tari", LevelAnswer::Level(2));
    let s = score(&a);
    assert!(close(s.dps, 50.0));
    assert!(close(s.dpa, 0.0));
    assert_eq!(s.items.dpa[0], Some(0.0));
    // Online with a missing CIE flag: it counts as false and the flag is missing.
    a.services.insert(
        "tari".into(),
        ServiceAnswer {
            level: LevelAnswer::Level(3),
            spid: Some(true),
            cie: None,
        },
    );
    let s = score(&a);
    assert!(close(s.dpa, 50.0)); // P1 100, P2 0
    assert!(s.missing.contains(&"services.tari.cie".to_string()));
    // pagoPA: unanswered -> P3 unanswered; false -> 0; true with nothing collected -> 0.
    let mut b = Answers::new("Y");
    b.pagopa.active = Some(false);
    assert!(close(score(&b).dpa, 0.0));
    assert!(!score(&b)
        .missing
        .iter()
        .any(|m| m.starts_with("pagopa.payments")));
    b.pagopa.active = Some(true);
    b.pagopa
        .payments
        .insert("tari".into(), PaymentChannel::NotApplicable);
    assert!(close(score(&b).dpa, 0.0));
    b.pagopa
        .payments
        .insert("imu".into(), PaymentChannel::Other);
    b.pagopa
        .payments
        .insert("tari".into(), PaymentChannel::Pagopa);
    assert!(close(score(&b).dpa, 50.0));
    b.anpr = Some(Anpr::InProgress);
    assert!(close(score(&b).dpa, 50.0)); // mean(P3 50, P4 50)
    b.anpr = Some(Anpr::NotStarted);
    assert!(close(score(&b).dpa, 25.0));
    // DO: OD4 answered through either boolean; SO alone; both halves.
    let mut c = Answers::new("Z");
    c.open_data.api_or_bulk = Some(true);
    assert!(close(score(&c).do_, 50.0)); // OD4 = 0 + 50, only OD answered
    c.open_data.licence = Some(Licence::Some);
    assert!(close(score(&c).do_, 50.0)); // mean(50, 50)
    let mut d = Answers::new("W");
    d.social.insert("x".into(), SocialStatus::Inactive);
    assert!(close(score(&d).do_, 0.6 * 100.0 / 7.0)); // SO2 = 0
    d.open_data.datasets = Some(0);
    assert!(close(score(&d).do_, 0.5 * 0.0 + 0.5 * 0.6 * 100.0 / 7.0));
    // Ca.Re needs all three dimensions.
    assert_eq!(score(&d).care, None);
    assert_eq!(score(&d).class, None);
}

#[test]
fn od1_log_anchor() {
    let mut a = Answers::new("X");
    for (n, expected) in [
        (0u32, 0.0),
        (9, 100.0 * 10f64.log10() / 201f64.log10()),
        (200, 100.0),
        (5000, 100.0),
    ] {
        a.open_data.datasets = Some(n);
        let s = score(&a);
        assert!(close(s.do_, expected), "{n}: {:?}", s.do_);
    }
}

#[test]
fn complete_answers_full_and_empty() {
    let s = score(&complete(4, true));
    assert!(s.complete, "{:?}", s.missing);
    assert!(s.missing.is_empty());
    assert_eq!(
        (s.dps, s.dpa, s.do_, s.care),
        (Some(100.0), Some(100.0), Some(100.0), Some(100.0))
    );
    assert_eq!(s.care_display, Some(100));
    assert_eq!(
        (s.class, s.sub_label),
        (Some(Class::Spinta), Some(SubLabel::Eccellente))
    );
    assert_eq!((s.online_services, s.applicable_services), (20, 20));
    assert_eq!(s.progress.total.answered, s.progress.total.total);
    // 20 services (their 40 flags inside them) + active + 10 payments + anpr + 12: the same total as with
    // nothing answered.
    assert_eq!(s.progress.total.total, 20 + 12 + 12);

    let mut zero = complete(0, false);
    zero.pagopa.active = Some(false);
    zero.pagopa.payments.clear();
    zero.anpr = Some(Anpr::NotStarted);
    zero.open_data.datasets = Some(0);
    zero.open_data.open_format_share = Some(0.0);
    zero.open_data.licence = Some(Licence::None);
    zero.open_data.dcat_harvested = Some(false);
    zero.open_data.api_or_bulk = Some(false);
    for v in zero.social.values_mut() {
        *v = SocialStatus::None;
    }
    let s = score(&zero);
    assert!(s.complete, "{:?}", s.missing); // pagoPA inactive: payment types are not asked
    assert_eq!(
        (s.dps, s.dpa, s.do_, s.care),
        (Some(0.0), Some(0.0), Some(0.0), Some(0.0))
    );
    assert_eq!(
        (s.class, s.sub_label),
        (Some(Class::BlocchiDiPartenza), None)
    );
    assert_eq!(s.online_services, 0);
}

#[test]
fn classify_at_band_edges() {
    let b = |v: f64| model::classify(v, 0.0, 0.0).bands[0];
    assert_eq!(b(39.99), Band::Basso);
    assert_eq!(b(40.0 - 2e-9), Band::Basso);
    assert_eq!(
        b(40.0 - 1e-10),
        Band::Sufficiente,
        "within 1e-9 counts as at the cut"
    );
    assert_eq!(b(40.0), Band::Sufficiente);
    assert_eq!(b(59.99), Band::Sufficiente);
    assert_eq!(b(60.0 - 5e-10), Band::Elevato);
    assert_eq!(b(60.0), Band::Elevato);
    assert_eq!(b(0.0), Band::Basso);
    assert_eq!(b(100.0), Band::Elevato);
    // Display truncation with the same tolerance.
    assert_eq!(model::classify(59.0, 60.0, 60.0).care_display, 59);
    assert_eq!(model::classify(60.0 - 1e-12, 60.0, 60.0).care_display, 60);
    assert_eq!(model::classify(59.9, 59.9, 59.9).care_display, 59);
}

#[test]
fn every_class_and_sub_label() {
    use Class::*;
    use SubLabel::*;
    let cases = [
        ((60.0, 60.0, 60.0), Spinta, Some(Eccellente)),
        ((60.0, 60.0, 40.0), Spinta, Some(Omogeneo)),
        ((60.0, 40.0, 40.0), Spinta, Some(Omogeneo)),
        ((60.0, 60.0, 39.99), Spinta, Some(Differenziato)),
        ((59.99, 59.99, 59.99), Stacco, None),
        ((59.99, 40.0, 39.99), Stacco, None),
        ((60.0, 40.0, 39.99), Stacco, None), // sum 3
        ((100.0, 0.0, 0.0), BlocchiDiPartenza, None),
        ((39.99, 39.99, 59.99), BlocchiDiPartenza, None),
        ((0.0, 0.0, 0.0), BlocchiDiPartenza, None),
    ];
    for ((a, b, c), class, sub) in cases {
        let got = model::classify(a, b, c);
        assert_eq!((got.class, got.sub_label), (class, sub), "{a} {b} {c}");
        // The order of the dimensions does not matter.
        let rotated = model::classify(c, a, b);
        assert_eq!(
            (rotated.class, rotated.sub_label),
            (class, sub),
            "{c} {a} {b}"
        );
    }
}

/// DPS exactly at the cuts from service levels (other services N/A), DO at and just below the cuts from the
/// open-format share alone (DO = OD = OD2 when only OD2 is answered).
#[test]
fn answers_at_band_edges() {
    let with_levels = |levels: &[u8]| {
        let mut a = Answers::new("X");
        for s in &model::current().services {
            a.services
                .insert(s.id.clone(), ServiceAnswer::not_applicable());
        }
        for (s, l) in model::current().services.iter().zip(levels) {
            a.services.insert(s.id.clone(), ServiceAnswer::level(*l));
        }
        score(&a)
    };
    let at40 = with_levels(&[2, 2, 2, 1, 1]);
    assert_eq!(at40.dps, Some(40.0));
    assert_eq!(at40.bands.dps, Some(Band::Sufficiente));
    let below40 = with_levels(&[2, 2, 1, 1, 1, 2, 2, 1]); // 12/8 * 25 = 37.5
    assert_eq!(below40.bands.dps, Some(Band::Basso));
    let at60 = with_levels(&[3, 3, 2, 2, 2]);
    assert_eq!(at60.dps, Some(60.0));
    assert_eq!(at60.bands.dps, Some(Band::Elevato));
    let below60 = with_levels(&[3, 2, 2, 2, 2]); // 55
    assert_eq!(below60.bands.dps, Some(Band::Sufficiente));
    let mut twenty = vec![1u8; 20];
    for l in twenty.iter_mut().take(12) {
        *l = 2; // 32 levels * 25 / 20 = 40
    }
    assert_eq!(with_levels(&twenty).bands.dps, Some(Band::Sufficiente));
    twenty[0] = 1; // 31 * 1.25 = 38.75
    assert_eq!(with_levels(&twenty).bands.dps, Some(Band::Basso));

    for (share, band) in [
        (39.99, Band::Basso),
        (40.0, Band::Sufficiente),
        (59.99, Band::Sufficiente),
        (60.0, Band::Elevato),
    ] {
        let mut a = Answers::new("X");
        a.open_data.open_format_share = Some(share);
        let s = score(&a);
        assert_eq!(s.do_, Some(share));
        assert_eq!(s.bands.do_, Some(band), "{share}");
    }

    // DPA = mean(100 × 1/3, 100 × 2/3, 100 × 2/5, 100) = 60 up to rounding: elevato either way.
    let mut a = Answers::new("X");
    let ids: Vec<String> = model::current()
        .services
        .iter()
        .map(|s| s.id.clone())
        .collect();
    for (i, id) in ids.iter().take(3).enumerate() {
        a.services
            .insert(id.clone(), ServiceAnswer::online(3, i == 0, i != 0));
    }
    a.pagopa.active = Some(true);
    let pts: Vec<String> = model::current()
        .payment_types
        .iter()
        .map(|p| p.id.clone())
        .collect();
    for (i, id) in pts.iter().take(5).enumerate() {
        let ch = if i < 2 {
            PaymentChannel::Pagopa
        } else {
            PaymentChannel::Other
        };
        a.pagopa.payments.insert(id.clone(), ch);
    }
    a.anpr = Some(Anpr::Completed);
    let s = score(&a);
    assert!((s.dpa.unwrap() - 60.0).abs() < EPS);
    assert_eq!(s.bands.dpa, Some(Band::Elevato));
}

#[test]
fn classes_from_answers() {
    // Eccellente: everything full.
    let s = score(&complete(4, true));
    assert_eq!(s.sub_label, Some(SubLabel::Eccellente));
    // Level 3 everywhere, no SPID/CIE, pagoPA half: DPS 75, DPA (0+0+50+100)/4 = 37.5, DO 100.
    let mut a = complete(3, false);
    for (i, v) in a.pagopa.payments.values_mut().enumerate() {
        if i % 2 == 0 {
            *v = PaymentChannel::Other;
        }
    }
    let s = score(&a);
    assert_eq!((s.dps, s.dpa), (Some(75.0), Some(37.5)));
    assert_eq!(
        (s.class, s.sub_label),
        (Some(Class::Spinta), Some(SubLabel::Differenziato))
    );
    // Level 2 everywhere (DPS 50, P1 = P2 = 0 -> DPA 50), DO 100: 1 + 1 + 2 = 4, omogeneo.
    let s = score(&complete(2, false));
    assert_eq!((s.dps, s.dpa), (Some(50.0), Some(50.0)));
    assert_eq!(
        (s.class, s.sub_label),
        (Some(Class::Spinta), Some(SubLabel::Omogeneo))
    );
    // Level 2 and no social/open data: DO 0 -> 1 + 1 + 0 = Stacco.
    let mut b = complete(2, false);
    b.open_data.datasets = Some(0);
    b.open_data.open_format_share = Some(0.0);
    b.open_data.licence = Some(Licence::None);
    b.open_data.dcat_harvested = Some(false);
    b.open_data.api_or_bulk = Some(false);
    for v in b.social.values_mut() {
        *v = SocialStatus::None;
    }
    let s = score(&b);
    assert_eq!((s.class, s.sub_label), (Some(Class::Stacco), None));
    // And level 1: DPS 25, DPA 50, DO 0 -> Blocchi di partenza.
    for v in b.services.values_mut() {
        v.level = LevelAnswer::Level(1);
    }
    let s = score(&b);
    assert_eq!(
        (s.class, s.sub_label),
        (Some(Class::BlocchiDiPartenza), None)
    );
}

#[test]
fn explanation_lists_every_item_with_its_formula() {
    let mut a = complete(4, true);
    a.services
        .insert("imu".into(), ServiceAnswer::online(3, false, true));
    a.services
        .insert("tari".into(), ServiceAnswer::online(3, false, false));
    let s = score(&a);
    let [dps, dpa, do_] = details(&a, &s, Lang::En);
    assert_eq!(dps.items.len(), 20);
    let imu = dps.items.iter().find(|i| i.id == "imu").unwrap();
    assert_eq!(imu.score, Some(75.0));
    assert_eq!(imu.path, "services.imu.level");
    assert_eq!(imu.formula, "25 × 3 = 75");
    let p1 = &dpa.items[0];
    assert_eq!(p1.code, "P1 SPID");
    assert_eq!(p1.score, Some(90.0));
    assert_eq!(p1.formula, "100 × 18/20 = 90");
    assert_eq!(p1.answer, "18 of 20 online services with SPID");
    let ids: Vec<&str> = do_.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["od1", "od2", "od3", "od4", "od", "so1", "so2", "so"]);
    assert!(do_.items.iter().all(|i| i.score == Some(100.0)));
    assert_eq!(
        details(&a, &s, Lang::It)[1].formula,
        "media di P1 SPID, P2 CIE, P3 pagoPA, P4 ANPR = 96,3"
    ); // (90 + 95 + 100 + 100) / 4 = 96,25: halves away from zero, the rule of `model::number`
    let na_answers = Answers::new("X").with_level("imu", LevelAnswer::NotApplicable);
    let na = score(&na_answers);
    let [dps, ..] = details(&na_answers, &na, Lang::It);
    let imu = dps.items.iter().find(|i| i.id == "imu").unwrap();
    assert_eq!(imu.score, None);
    assert_eq!(imu.answer, "Non di competenza");
}

/// Raising a single answer does not always raise the score: the model has two deliberate exceptions, pinned
/// here so that they are visible (see `tests/model_props.rs` for the monotonicity that does hold).
#[test]
fn documented_non_monotonic_changes() {
    // A new inactive account raises SO1 but dilutes SO2: SO falls.
    let mut a = complete(4, true);
    for v in a.social.values_mut() {
        *v = SocialStatus::None;
    }
    a.social.insert("facebook".into(), SocialStatus::Active);
    let before = score(&a).do_.unwrap();
    a.social.insert("x".into(), SocialStatus::Inactive);
    let after = score(&a).do_.unwrap();
    assert!(after < before, "{after} < {before}");
    // A service going online without SPID/CIE lowers P1/P2.
    let mut b = complete(4, true);
    b.services.insert("imu".into(), ServiceAnswer::level(2));
    let before = score(&b).dpa.unwrap();
    b.services
        .insert("imu".into(), ServiceAnswer::online(3, false, false));
    assert!(score(&b).dpa.unwrap() < before);
}
