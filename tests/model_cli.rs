//! The `care` binary on the example files and on bad input: exit codes and output.

mod cli_support;

use cli_support::{assert_success, care, json, scratch_dir};

#[test]
fn score_prints_the_documented_fields() {
    let out = care(&["score", "assets/examples/large-city.json"]);
    assert_success(&out);
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let keys = [
        "dps",
        "dpa",
        "do",
        "care",
        "care_display",
        "bands",
        "class",
        "sub_label",
        "online_services",
        "applicable_services",
        "complete",
    ];
    let mut last = 0;
    for k in keys {
        let at = text
            .find(&format!("\"{k}\":"))
            .unwrap_or_else(|| panic!("{k} missing"));
        assert!(at >= last, "{k} out of order");
        last = at;
    }
    let v = json(&out);
    assert_eq!(v.as_object().unwrap().len(), keys.len());
    assert_eq!(v["class"], "Spinta");
    assert_eq!(v["sub_label"], "eccellente");
    assert_eq!(v["complete"], true);
    assert_eq!(v["online_services"], 20);
    assert_eq!(v["bands"]["do"], "elevato");
    let care = v["care"].as_f64().unwrap();
    assert_eq!(v["care_display"].as_f64().unwrap(), care.trunc());
    assert_eq!(v["dps"].as_f64().unwrap(), 93.75);
}

#[test]
fn score_of_small_and_partial_files() {
    let v = json(&care(&["score", "assets/examples/small-comune.json"]));
    assert_eq!(v["class"], "Stacco");
    assert_eq!(v["sub_label"], serde_json::Value::Null);
    assert_eq!(v["applicable_services"], 18);
    let v = json(&care(&["score", "assets/examples/partial.json"]));
    assert_eq!(v["complete"], false);
    assert_eq!(v["dps"].as_f64(), Some(75.0));
}

#[test]
fn score_with_nothing_answered_prints_nulls() {
    let dir = scratch_dir("score");
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty-answers.json");
    std::fs::write(
        &empty,
        r#"{"format": "care-answers", "version": 1, "model": "care-2021", "comune": {"name": "X"}}"#,
    )
    .unwrap();
    let out = care(&["score", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    for k in [
        "dps",
        "dpa",
        "do",
        "care",
        "care_display",
        "class",
        "sub_label",
    ] {
        assert!(v[k].is_null(), "{k}");
    }
    assert!(v["bands"]["dps"].is_null());

    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"format": "care-answers", "version": 1, "model": "care-2021", "comune": {"name": "X"},
            "services": {"imu": {"level": 7}}}"#,
    )
    .unwrap();
    let out = care(&["score", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(r#"services.imu.level: 7 non è un livello (0-4 o "na")"#),
        "{err}"
    );
    assert!(
        err.contains(r#"services.imu.level: 7 is not a level (0-4 or "na")"#),
        "{err}"
    );

    let binary = dir.join("binary.json");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x7b]).unwrap();
    let out = care(&["score", binary.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn classify_prints_the_fields_that_follow() {
    let out = care(&["classify", "64.7", "61.7", "46.7"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v.as_object().unwrap().len(), 8);
    assert_eq!(v["class"], "Spinta");
    assert_eq!(v["sub_label"], "omogeneo");
    assert_eq!(v["care_display"], 57);
    assert_eq!(v["bands"]["do"], "sufficiente");
    let v = json(&care(&["classify", "39,99", "40", "10"]));
    assert_eq!(v["class"], "Blocchi di partenza");
    assert_eq!(v["bands"]["dpa"], "sufficiente");
}

#[test]
fn bad_command_lines_exit_2_without_panicking() {
    let cases: &[&[&str]] = &[
        &[],
        &["classify", "1", "2"],
        &["classify", "1", "2", "x"],
        &["classify", "101", "2", "3"],
        &["classify", "-1", "2", "3"],
        &["classify", "NaN", "2", "3"],
        &["classify", "inf", "2", "3"],
        &["score"],
        &["score", "a.json", "b.json"],
        &["score", "does/not/exist.json"],
        &["score", "Cargo.toml"],
        &["frobnicate"],
    ];
    for args in cases {
        let out = care(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(!err.is_empty(), "{args:?}");
    }
    let out = care(&["classify", "1", "2", "x"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("DO: \"x\" non è un numero") && err.contains("DO: \"x\" is not a number"),
        "{err}"
    );
    let out = care(&["score", "Cargo.toml"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid JSON"));
}

#[test]
fn help() {
    for flag in ["--help", "-h", "help"] {
        let out = care(&[flag]);
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("care score FILE") && text.contains("care classify DPS DPA DO"));
    }
}
