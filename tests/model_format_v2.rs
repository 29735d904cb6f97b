//! The answers file version 2 (notes and verification addresses per item, the assessment's date, respondents per
//! section): version 1 files read and written as before, version 2 files round-trip byte for byte, and every bad
//! value refused with a message naming the field in both languages (a `javascript:` or `data:` address above
//! all); `care diff`.

mod examples_support;

use examples_support::example_text;

use care::model::answers_file::{self, FormatErrorKind};
use care::model::{self, AnswerKey, Lang, Section};

fn v2(body: &str) -> String {
    format!(
        r#"{{"format": "care-answers", "version": 2, "model": "care-2021", "comune": {{"name": "Comune di Prova"}}{body}}}"#
    )
}

fn err(text: &str) -> answers_file::FormatError {
    answers_file::parse(text).expect_err(text)
}

#[test]
fn version_1_files_are_written_as_version_1_byte_for_byte() {
    for name in ["small-comune.json", "large-city.json", "partial.json"] {
        let text = example_text(name);
        let a = answers_file::parse(&text).unwrap();
        assert!(!a.uses_version_2(), "{name}");
        assert_eq!(answers_file::version_of(&a), 1);
        assert_eq!(answers_file::to_json(&a), text, "{name}");
    }
}

#[test]
fn a_version_2_file_round_trips_byte_for_byte() {
    let text = example_text("small-comune-2027.json");
    let a = answers_file::parse(&text).unwrap();
    assert!(a.uses_version_2());
    assert_eq!(answers_file::to_json(&a), text);
    assert_eq!(a.assessed_on.unwrap().to_string(), "2027-03-12");
    assert_eq!(
        a.respondents[&Section::DigitalPa].office,
        "Ufficio ragioneria"
    );
    assert_eq!(a.respondents[&Section::DigitalPa].name, "");
    let nido = &a.notes[&AnswerKey::Service("iscrizione-nido".into())];
    assert!(
        nido.note.as_deref().unwrap().contains('\n'),
        "line breaks kept"
    );
    assert_eq!(
        a.notes[&AnswerKey::Payment("imu".into())]
            .evidence
            .as_deref(),
        Some("https://checkout.pagopa.it/")
    );
    assert!(a.notes[&AnswerKey::Licence].evidence.is_none());
    // Removing every version-2 field writes version 1 again.
    let mut plain = a.clone();
    plain.notes.clear();
    plain.respondents.clear();
    plain.assessed_on = None;
    assert!(answers_file::to_json(&plain).contains("\"version\": 1,"));
}

#[test]
fn version_2_fields_in_a_version_1_file_are_refused() {
    for (body, path) in [
        (r#", "assessed_on": "2026-01-01""#, "assessed_on"),
        (r#", "notes": {}"#, "notes"),
        (r#", "respondents": {}"#, "respondents"),
    ] {
        let text = v2(body).replace("\"version\": 2", "\"version\": 1");
        let e = err(&text);
        assert_eq!(e.path, path);
        assert_eq!(e.kind, FormatErrorKind::NeedsVersion2);
        assert!(
            e.message(Lang::It).contains("versione 2"),
            "{}",
            e.message(Lang::It)
        );
        assert!(e.message(Lang::En).contains("version 2"));
    }
    // null is absent, as everywhere.
    let text = v2(r#", "notes": null"#).replace("\"version\": 2", "\"version\": 1");
    assert!(answers_file::parse(&text).is_ok());
}

#[test]
fn script_and_data_addresses_are_refused_naming_the_field() {
    for (address, scheme) in [
        ("javascript:alert(1)", "javascript"),
        ("JAVASCRIPT:alert(1)", "JAVASCRIPT"),
        (" data:text/html;base64,PHNjcmlwdD4=", "data"),
        ("ftp://example.org/x", "ftp"),
    ] {
        let e = err(&v2(&format!(
            r#", "notes": {{"services": {{"imu": {{"evidence": "{address}"}}}}}}"#
        )));
        assert_eq!(e.path, "notes.services.imu.evidence", "{address}");
        assert_eq!(
            e.kind,
            FormatErrorKind::NotWebAddress {
                scheme: scheme.into()
            }
        );
        let it = e.message(Lang::It);
        assert!(it.starts_with("notes.services.imu.evidence: "), "{it}");
        assert!(it.contains(&format!("\"{scheme}:\"")), "{it}");
        assert!(it.contains("https://"), "{it}");
        let en = e.message(Lang::En);
        assert!(en.contains("is not accepted"), "{en}");
    }
    let e = err(&v2(
        r#", "notes": {"social": {"x": {"evidence": "www.comune.it"}}}"#,
    ));
    assert_eq!(e.path, "notes.social.x.evidence");
    assert!(e.message(Lang::En).contains("not a web address"));
    let e = err(&v2(
        r#", "notes": {"anpr": {"evidence": "https://comune.it@evil.example/"}}"#,
    ));
    assert_eq!(e.path, "notes.anpr.evidence");
    assert!(matches!(e.kind, FormatErrorKind::BadWebAddress { .. }));
    assert!(e.message(Lang::It).contains("nome utente"));
}

#[test]
fn every_field_of_version_2_names_its_path() {
    let long = "x".repeat(501);
    let cases = [
        (
            format!(r#", "notes": {{"pagopa": {{"payments": {{"tari": {{"note": "{long}"}}}}}}}}"#),
            "notes.pagopa.payments.tari.note",
        ),
        (
            r#", "notes": {"pagopa": {"active": {"note": "a\tb"}}}"#.to_string(),
            "notes.pagopa.active.note",
        ),
        (
            r#", "notes": {"open_data": {"licence": {"note": 5}}}"#.to_string(),
            "notes.open_data.licence.note",
        ),
        (
            r#", "notes": {"open_data": {"colour": {}}}"#.to_string(),
            "notes.open_data.colour",
        ),
        (
            r#", "notes": {"services": {"nope": {}}}"#.to_string(),
            "notes.services.nope",
        ),
        (
            r#", "notes": {"social": {"x": {"link": "https://x.com"}}}"#.to_string(),
            "notes.social.x.link",
        ),
        (r#", "notes": {"comune": {}}"#.to_string(), "notes.comune"),
        (
            r#", "assessed_on": "2026-02-30""#.to_string(),
            "assessed_on",
        ),
        (r#", "assessed_on": 2026"#.to_string(), "assessed_on"),
        (
            r#", "respondents": {"services": {"name": "A\u202eB"}}"#.to_string(),
            "respondents.services.name",
        ),
        (
            format!(
                r#", "respondents": {{"openness": {{"office": "{}"}}}}"#,
                "u".repeat(121)
            ),
            "respondents.openness.office",
        ),
        (
            r#", "respondents": {"review": {}}"#.to_string(),
            "respondents.review",
        ),
    ];
    for (body, path) in cases {
        let e = err(&v2(&body));
        assert_eq!(e.path, path, "{body}");
        for lang in [Lang::It, Lang::En] {
            let m = e.message(lang);
            assert!(m.starts_with(&format!("{path}: ")), "{m}");
        }
    }
    let e = err(&v2(r#", "assessed_on": "2026-02-30""#));
    assert_eq!(
        e.message(Lang::It),
        r#"assessed_on: "2026-02-30" non è una data (AAAA-MM-GG, anni 2000-2100, es. "2026-03-15")"#
    );
    let e = err(&v2(&format!(
        r#", "notes": {{"anpr": {{"note": "{}"}}}}"#,
        "è".repeat(501)
    )));
    assert_eq!(
        e.message(Lang::En),
        "notes.anpr.note: the text is too long (501 characters, at most 500)"
    );
}

#[test]
fn empty_notes_and_respondents_are_absent() {
    let a = answers_file::parse(&v2(
        r#", "notes": {"services": {"imu": {"note": "  ", "evidence": null}}, "anpr": {}}, "respondents": {"services": {"name": ""}}"#,
    ))
    .unwrap();
    assert!(!a.uses_version_2());
    assert!(answers_file::to_json(&a).contains("\"version\": 1,"));
}

#[test]
fn notes_survive_the_shape_of_every_item() {
    let e = model::current();
    let mut a = model::Answers::new("Comune di Prova");
    for (i, item) in AnswerKey::all(e).into_iter().enumerate() {
        a.notes.insert(
            item,
            model::ItemNote {
                note: (i % 2 == 0).then(|| format!("Nota {i}\nseconda riga «ok»")),
                evidence: Some(format!("https://example.org/{i}?a=1&b=2")),
            },
        );
    }
    let text = answers_file::to_json(&a);
    assert_eq!(answers_file::parse(&text), Ok(a.clone()));
    assert!(text.contains("\"notes\": {\n    \"services\": {\n      \"certificati-anagrafici\": {"));
}
