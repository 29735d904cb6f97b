//! The embedded editions load and are internally consistent.

use care::model::{self, Lang, Tag};

#[test]
fn current_edition_loads_and_validates() {
    let e = model::current();
    assert_eq!(e.id, "care-2021");
    assert_eq!(model::edition("care-2021").map(|e| &e.id), Some(&e.id));
    assert!(model::edition("care-2099").is_none());
    let problems = e.validate();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn edition_has_the_spec_ids_and_parameters() {
    let e = model::current();
    let ids: Vec<&str> = e.services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "certificati-anagrafici",
            "cambio-residenza",
            "carta-identita",
            "iscrizione-nido",
            "iscrizione-infanzia",
            "iscrizione-mensa",
            "pagamento-mensa-rette",
            "trasporto-scolastico",
            "contributi-bonus",
            "tari",
            "imu",
            "contravvenzioni",
            "ztl-parcheggi",
            "contrassegno-invalidi",
            "accesso-atti",
            "segnalazioni",
            "suap",
            "sue",
            "suolo-pubblico",
            "canone-unico"
        ]
    );
    let payable: Vec<&str> = e
        .services
        .iter()
        .filter(|s| s.payable)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        payable,
        [
            "carta-identita",
            "pagamento-mensa-rette",
            "trasporto-scolastico",
            "tari",
            "imu",
            "contravvenzioni",
            "ztl-parcheggi",
            "suap",
            "sue",
            "suolo-pubblico",
            "canone-unico"
        ]
    );
    let payments: Vec<&str> = e.payment_types.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        payments,
        [
            "tari",
            "imu",
            "mensa-rette",
            "trasporto-scolastico",
            "contravvenzioni",
            "canone-unico",
            "diritti-segreteria-cie",
            "cimiteriali",
            "oneri-edilizi-suap",
            "ztl-sosta"
        ]
    );
    let social: Vec<&str> = e.social_networks.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        social,
        [
            "facebook",
            "instagram",
            "x",
            "youtube",
            "linkedin",
            "telegram",
            "whatsapp"
        ]
    );
    let p = &e.params;
    assert_eq!(p.level_points.value, 25.0);
    assert_eq!(p.od1_full_datasets.value, 200.0);
    assert_eq!(
        (
            p.od3_all_points.value,
            p.od3_some_points.value,
            p.od3_none_points.value
        ),
        (100.0, 50.0, 0.0)
    );
    assert_eq!(
        (p.od4_dcat_points.value, p.od4_api_points.value),
        (50.0, 50.0)
    );
    assert_eq!(
        (p.so_presence_weight.value, p.so_activity_weight.value),
        (0.6, 0.4)
    );
    assert_eq!(
        (p.do_open_data_weight.value, p.do_social_weight.value),
        (0.5, 0.5)
    );
    assert_eq!((p.band_low_cut.value, p.band_high_cut.value), (40.0, 60.0));
    assert_eq!(p.spinta_min_points.value, 4.0);
    assert_eq!(p.cut_tolerance.value, 1e-9);
    assert_eq!(p.composite_weight_dps.tag, Tag::Inferred);
    assert_eq!(p.band_low_cut.tag, Tag::Assumption);
    // Every parameter and rule is documented in both languages.
    for (name, param) in p.all() {
        for lang in Lang::ALL {
            assert!(!param.title.get(lang).is_empty(), "{name}");
            assert!(!param.source.get(lang).is_empty(), "{name}");
        }
    }
    assert_eq!(p.all().len(), 32);
    assert!(e.rules.iter().any(|r| r.tag == Tag::Sourced));
    for s in &e.services {
        assert!(!s.users.is_empty(), "{}", s.id);
    }
}

#[test]
fn lang_codes() {
    assert_eq!(Lang::It.code(), "it");
    assert_eq!(Lang::from_code("EN-gb"), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), None);
    assert_eq!(serde_json::to_string(&Lang::En).unwrap(), "\"en\"");
    let l: Lang = serde_json::from_str("\"it\"").unwrap();
    assert_eq!(l, Lang::It);
}
