//! The answers file v1: example files, round trip, and errors that name the field in both languages.
#![allow(clippy::disallowed_methods)] // Native only: the standard sorts (see clippy.toml) cost the web modules nothing.

mod examples_support;

use care::model::answers_file::{self, FormatErrorKind};
use care::model::{self, Lang};
use examples_support::{example, example_files, example_text};

fn examples() -> Vec<(String, String)> {
    example_files()
        .into_iter()
        .map(|name| {
            let text = example_text(&name);
            (name, text)
        })
        .collect()
}

#[test]
fn example_files_parse_and_round_trip() {
    let ex = examples();
    assert_eq!(ex.len(), 4);
    for (path, text) in ex {
        let a = answers_file::parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let written = answers_file::to_json(&a);
        assert_eq!(answers_file::parse(&written).as_ref(), Ok(&a), "{path}");
        // The examples are written in the canonical form.
        assert_eq!(written, text, "{path} is not in canonical form");
    }
}

#[test]
fn example_files_score_as_documented() {
    let load = example;
    let large = model::score(model::current(), &load("large-city.json"));
    assert!(large.complete);
    assert_eq!(large.class, Some(model::Class::Spinta));
    let small = model::score(model::current(), &load("small-comune.json"));
    assert!(small.complete);
    assert_eq!(small.class, Some(model::Class::Stacco));
    let partial = model::score(model::current(), &load("partial.json"));
    assert!(!partial.complete);
    assert!(partial.care.is_some());
}

fn err(text: &str) -> answers_file::FormatError {
    answers_file::parse(text).expect_err(text)
}

fn file(body: &str) -> String {
    format!(
        r#"{{"format": "care-answers", "version": 1, "model": "care-2021", "comune": {{"name": "Comune di Prova"}}{body}}}"#
    )
}

#[test]
fn level_error_message_as_in_the_spec() {
    let e = err(&file(r#", "services": {"imu": {"level": 7}}"#));
    assert_eq!(e.path, "services.imu.level");
    assert_eq!(
        e.message(Lang::It),
        r#"services.imu.level: 7 non è un livello (0-4 o "na")"#
    );
    assert_eq!(
        e.message(Lang::En),
        r#"services.imu.level: 7 is not a level (0-4 or "na")"#
    );
    for bad in ["-1", "2.5", "\"4\"", "\"NA\"", "null", "true", "[]"] {
        let e = err(&file(&format!(
            r#", "services": {{"imu": {{"level": {bad}}}}}"#
        )));
        assert_eq!(e.path, "services.imu.level", "{bad}");
        assert!(matches!(e.kind, FormatErrorKind::NotALevel { .. }), "{bad}");
    }
}

#[test]
fn header_errors_say_which() {
    let e = err(r#"{"format": "other-thing", "version": 1}"#);
    assert_eq!(e.path, "format");
    assert!(e
        .message(Lang::En)
        .contains("\"other-thing\" is not a Ca.Re answers file"));
    let e = err(r#"{"format": "care-answers", "version": 3, "model": "care-2021"}"#);
    assert_eq!(e.kind, FormatErrorKind::NewerVersion { found: 3 });
    assert!(e.message(Lang::It).contains("versione 3"));
    assert!(e.message(Lang::It).contains("fino alla 2"));
    assert!(e.message(Lang::En).contains("version 3 is newer"));
    for v in ["0", "1.5", "\"1\"", "-1"] {
        let e = err(&format!(
            r#"{{"format": "care-answers", "version": {v}, "model": "care-2021"}}"#
        ));
        assert!(matches!(e.kind, FormatErrorKind::BadVersion { .. }), "{v}");
    }
    let e = err(r#"{"format": "care-answers", "version": 1, "model": "care-2030", "comune": {}}"#);
    assert_eq!(e.path, "model");
    assert!(e
        .message(Lang::En)
        .contains("model \"care-2030\" is unknown"));
    assert!(e.message(Lang::En).contains("care-2021"));
    assert_eq!(err(r#"{"version": 1}"#).path, "format");
    assert_eq!(err(r#"{"format": "care-answers"}"#).path, "version");
    assert_eq!(
        err(r#"{"format": "care-answers", "version": 1}"#).path,
        "model"
    );
}

#[test]
fn whole_file_errors() {
    assert_eq!(err("").kind, FormatErrorKind::Empty);
    assert_eq!(err("  \n\t").kind, FormatErrorKind::Empty);
    assert_eq!(err("\u{feff}").kind, FormatErrorKind::Empty);
    let e = err("{\"format\": ");
    assert!(
        matches!(e.kind, FormatErrorKind::NotJson { line: 1, .. }),
        "{e:?}"
    );
    // Cut short: said in Italian, without the JSON parser's English text.
    assert_eq!(
        e.message(Lang::It),
        "non è un file JSON valido: il testo si interrompe prima della fine (riga 1, colonna 11)"
    );
    assert!(matches!(err("hello").kind, FormatErrorKind::NotJson { .. }));
    assert_eq!(
        err("{\"format\": care}").message(Lang::It),
        "non è un file JSON valido: carattere inatteso alla riga 1, colonna 12"
    );
    // A key written twice is refused at its path, not read as its last value.
    let twice = file("").replacen(
        "\"format\": \"care-answers\"",
        "\"format\": \"x\", \"format\": \"care-answers\"",
        1,
    );
    assert!(twice.contains("\"format\": \"x\""), "{twice}");
    let e = err(&twice);
    assert_eq!(
        (e.path.as_str(), &e.kind),
        ("format", &FormatErrorKind::DuplicateKey)
    );
    assert_eq!(
        e.message(Lang::It),
        "format: questo campo compare due volte: ogni campo può comparire una sola volta"
    );
    let e = err("[1, 2]");
    assert_eq!(e.path, "");
    assert_eq!(e.message(Lang::En), "expected an object, found a list");
    let huge = " ".repeat(answers_file::MAX_INPUT_BYTES + 1);
    assert!(matches!(err(&huge).kind, FormatErrorKind::TooLarge { .. }));
    let deep = "[".repeat(100_000);
    assert!(matches!(err(&deep).kind, FormatErrorKind::NotJson { .. }));
    // A byte-order mark is accepted.
    assert!(answers_file::parse(&format!("\u{feff}{}", file(""))).is_ok());
}

#[test]
fn field_errors_name_the_path() {
    let cases: &[(&str, &str)] = &[
        (r#", "extra": 1"#, "extra"),
        (
            r#", "services": {"imu": {"level": 3, "spidd": true}}"#,
            "services.imu.spidd",
        ),
        (r#", "services": {"imux": {"level": 3}}"#, "services.imux"),
        (
            r#", "services": {"imu": {"spid": true}}"#,
            "services.imu.level",
        ),
        (
            r#", "services": {"imu": {"level": 3, "spid": "yes"}}"#,
            "services.imu.spid",
        ),
        (r#", "services": []"#, "services"),
        (r#", "pagopa": {"active": 1}"#, "pagopa.active"),
        (
            r#", "pagopa": {"payments": {"tari": "cash"}}"#,
            "pagopa.payments.tari",
        ),
        (
            r#", "pagopa": {"payments": {"tasse": "pagopa"}}"#,
            "pagopa.payments.tasse",
        ),
        (r#", "pagopa": {"other": 1}"#, "pagopa.other"),
        (r#", "anpr": "done""#, "anpr"),
        (r#", "anpr": 1"#, "anpr"),
        (r#", "open_data": {"datasets": -1}"#, "open_data.datasets"),
        (r#", "open_data": {"datasets": 1.5}"#, "open_data.datasets"),
        (
            r#", "open_data": {"datasets": 5000000000}"#,
            "open_data.datasets",
        ),
        (r#", "open_data": {"datasets": "12"}"#, "open_data.datasets"),
        (
            r#", "open_data": {"open_format_share": 100.5}"#,
            "open_data.open_format_share",
        ),
        (
            r#", "open_data": {"open_format_share": -0.1}"#,
            "open_data.open_format_share",
        ),
        (
            r#", "open_data": {"licence": "cc-by"}"#,
            "open_data.licence",
        ),
        (
            r#", "open_data": {"api_or_bulk": "true"}"#,
            "open_data.api_or_bulk",
        ),
        (r#", "open_data": {"stars": 3}"#, "open_data.stars"),
        (r#", "social": {"tiktok": "active"}"#, "social.tiktok"),
        (r#", "social": {"x": "yes"}"#, "social.x"),
    ];
    for (body, path) in cases {
        let e = err(&file(body));
        assert_eq!(&e.path, path, "{body}: {e}");
        for lang in Lang::ALL {
            assert!(
                e.message(lang).starts_with(&format!("{path}: ")),
                "{}",
                e.message(lang)
            );
        }
        assert_ne!(e.message(Lang::It), e.message(Lang::En));
    }
    let e = err(&file(r#", "social": {"tiktok": "active"}"#));
    assert!(e
        .message(Lang::En)
        .contains("is not a social network of model care-2021"));
    let e = err(&file(r#", "open_data": {"datasets": -1}"#));
    assert_eq!(
        e.message(Lang::En),
        "open_data.datasets: -1 is not an integer from 0 to 4294967295"
    );
    let e = err(&file(r#", "pagopa": {"payments": {"tari": "cash"}}"#));
    assert_eq!(
        e.message(Lang::En),
        r#"pagopa.payments.tari: "cash" is not an allowed value (allowed: "pagopa", "other", "na")"#
    );
}

#[test]
fn comune_rules() {
    let with = |comune: &str| {
        answers_file::parse(&format!(
            r#"{{"format": "care-answers", "version": 1, "model": "care-2021", "comune": {comune}}}"#
        ))
    };
    assert_eq!(
        with(r#"{"name": "  Forlì  "}"#).unwrap().comune.name,
        "Forlì"
    );
    let long = "è".repeat(120);
    assert_eq!(
        with(&format!(r#"{{"name": "{long}"}}"#))
            .unwrap()
            .comune
            .name
            .chars()
            .count(),
        120
    );
    let e = with(&format!(r#"{{"name": "{long}x"}}"#)).unwrap_err();
    assert_eq!(
        (e.path.as_str(), &e.kind),
        ("comune.name", &FormatErrorKind::NameTooLong { chars: 121 })
    );
    assert_eq!(
        with(r#"{"name": "   "}"#).unwrap_err().kind,
        FormatErrorKind::NameEmpty
    );
    assert_eq!(
        with(r#"{"name": "a\nb"}"#).unwrap_err().kind,
        FormatErrorKind::NameControlChar
    );
    assert_eq!(with(r#"{"name": 5}"#).unwrap_err().path, "comune.name");
    assert_eq!(with(r#"{}"#).unwrap_err().kind, FormatErrorKind::Missing);
    assert_eq!(
        with(r#"{"name": "A", "code": 1}"#).unwrap_err().path,
        "comune.code"
    );
    for bad in [r#""04007""#, r#""0400071""#, r#""04000a""#, "40007"] {
        let e = with(&format!(r#"{{"name": "A", "istat_code": {bad}}}"#)).unwrap_err();
        assert_eq!(e.path, "comune.istat_code", "{bad}");
    }
    assert_eq!(
        with(r#"{"name": "A", "istat_code": "040007", "year": 2100}"#)
            .unwrap()
            .comune
            .istat_code
            .as_deref(),
        Some("040007")
    );
    for bad in ["1999", "2101", "2020.5", "\"2020\""] {
        let e = with(&format!(r#"{{"name": "A", "year": {bad}}}"#)).unwrap_err();
        assert_eq!(e.path, "comune.year", "{bad}");
    }
    let missing =
        answers_file::parse(r#"{"format": "care-answers", "version": 1, "model": "care-2021"}"#);
    assert_eq!(missing.unwrap_err().path, "comune");
}

#[test]
fn null_is_unanswered_where_optional() {
    let a = answers_file::parse(&file(
        r#", "services": {"imu": null, "tari": {"level": 3, "spid": null}}, "anpr": null,
           "pagopa": {"active": null, "payments": null}, "open_data": null, "social": {"x": null}"#,
    ))
    .unwrap();
    assert!(!a.services.contains_key("imu"));
    assert_eq!(a.services["tari"].spid, None);
    assert_eq!(a.anpr, None);
    assert!(a.social.is_empty());
    assert_eq!(a, {
        let mut b = care::model::Answers::new("Comune di Prova");
        b.services
            .insert("tari".into(), care::model::ServiceAnswer::level(3));
        b
    });
}

#[test]
fn to_json_is_stable_and_ordered() {
    let mut a = care::model::Answers::new("Città \"di\" <b>Prova</b>");
    a.services.insert(
        "suap".into(),
        care::model::ServiceAnswer::online(4, true, false),
    );
    a.services.insert(
        "accesso-atti".into(),
        care::model::ServiceAnswer::not_applicable(),
    );
    a.open_data.open_format_share = Some(33.5);
    let text = answers_file::to_json(&a);
    let suap = text.find("\"suap\"").unwrap();
    let atti = text.find("\"accesso-atti\"").unwrap();
    assert!(atti < suap, "edition order, not alphabetical");
    assert!(text.contains(r#""suap": { "level": 4, "spid": true, "cie": false }"#));
    assert!(text.contains(r#""accesso-atti": { "level": "na" }"#));
    assert!(text.starts_with(
        "{\n  \"format\": \"care-answers\",\n  \"version\": 1,\n  \"model\": \"care-2021\","
    ));
    assert_eq!(answers_file::parse(&text), Ok(a.clone()));
    assert_eq!(answers_file::to_json(&a), text);
}

/// The JSON Schema lists exactly the ids of the edition and the format's fields (no schema validator crate:
/// the parser is the reference, the schema is for other tools).
#[test]
fn schema_matches_the_edition() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/answers.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let e = model::current();
    let mut ids: Vec<String> = e.services.iter().map(|s| s.id.clone()).collect();
    ids.sort();
    assert_eq!(keys(&schema["properties"]["services"]["properties"]), ids);
    let mut ids: Vec<String> = e.payment_types.iter().map(|s| s.id.clone()).collect();
    ids.sort();
    assert_eq!(
        keys(&schema["properties"]["pagopa"]["properties"]["payments"]["properties"]),
        ids
    );
    let mut ids: Vec<String> = e.social_networks.iter().map(|s| s.id.clone()).collect();
    ids.sort();
    assert_eq!(keys(&schema["properties"]["social"]["properties"]), ids);
    assert_eq!(
        keys(&schema["properties"]),
        [
            "anpr",
            "assessed_on",
            "comune",
            "format",
            "model",
            "notes",
            "open_data",
            "pagopa",
            "respondents",
            "services",
            "social",
            "version"
        ]
    );
    // Version 2: notes in the shape of the answers, with the same ids.
    let notes = &schema["properties"]["notes"]["properties"];
    assert_eq!(
        keys(&notes["services"]["properties"]),
        keys(&schema["properties"]["services"]["properties"])
    );
    assert_eq!(
        keys(&notes["pagopa"]["properties"]["payments"]["properties"]),
        keys(&schema["properties"]["pagopa"]["properties"]["payments"]["properties"])
    );
    assert_eq!(
        keys(&notes["social"]["properties"]),
        keys(&schema["properties"]["social"]["properties"])
    );
    assert_eq!(
        keys(&notes["open_data"]["properties"]),
        keys(&schema["properties"]["open_data"]["properties"])
    );
    assert_eq!(
        keys(&schema["properties"]["respondents"]["properties"]),
        ["digital_pa", "openness", "services"]
    );
    assert_eq!(
        schema["properties"]["version"]["enum"],
        serde_json::json!([1, 2])
    );
    assert_eq!(
        schema["properties"]["model"]["enum"][0],
        model::CURRENT_EDITION_ID
    );
}
