//! `care diff OLD NEW` on the example files (versions 1 and 2) and on bad input: the changed answers with each
//! one's effect, the score deltas, and a message naming the field with a non-zero exit on a bad file.

mod cli_support;

use cli_support::{assert_success, care, json, scratch_dir};

const OLD: &str = "assets/examples/small-comune.json";
const NEW: &str = "assets/examples/small-comune-2027.json";

#[test]
fn diff_prints_the_changed_answers_and_the_deltas() {
    let out = care(&["diff", OLD, NEW]);
    assert_success(&out);
    let v = json(&out);
    let changes = v["changes"].as_array().unwrap();
    let items: Vec<&str> = changes
        .iter()
        .map(|c| c["item"].as_str().unwrap())
        .collect();
    assert_eq!(
        items,
        [
            "services.certificati-anagrafici",
            "services.cambio-residenza",
            "services.iscrizione-nido",
            "services.tari",
            "pagopa.payments.imu",
            "anpr",
            "open_data.datasets",
            "open_data.open_format_share",
            "open_data.licence",
            "open_data.dcat_harvested",
            "social.instagram",
            "social.telegram",
        ]
    );
    let nido = &changes[2];
    assert_eq!(nido["before"], serde_json::json!({"level": 2}));
    assert_eq!(
        nido["after"],
        serde_json::json!({"level": 3, "spid": true, "cie": true})
    );
    assert!(nido["effect"]["dps"].as_f64().unwrap() > 0.0);
    assert_eq!(nido["effect"]["do"].as_f64(), Some(0.0));
    assert_eq!(changes[5]["before"], "in_progress");
    assert_eq!(changes[5]["after"], "completed");
    assert!(changes[5]["effect"]["dpa"].as_f64().unwrap() > 0.0);
    // The deltas are the difference of the two files' own scores (care score).
    let score = |f: &str| json(&care(&["score", f]));
    let (a, b) = (score(OLD), score(NEW));
    for k in ["dps", "dpa", "do", "care"] {
        let d = b[k].as_f64().unwrap() - a[k].as_f64().unwrap();
        assert!((v["delta"][k].as_f64().unwrap() - d).abs() < 1e-9, "{k}");
        assert_eq!(v["before"][k], a[k], "{k}");
        assert_eq!(v["after"][k], b[k], "{k}");
    }
    assert_eq!(v["before"]["class"], a["class"]);
    // Nothing changed: no changes, zero deltas.
    let same = json(&care(&["diff", NEW, NEW]));
    assert_eq!(same["changes"], serde_json::json!([]));
    assert_eq!(same["delta"]["care"].as_f64(), Some(0.0));
}

#[test]
fn a_bad_file_exits_2_naming_the_field() {
    let dir = scratch_dir("diff");
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(NEW))
        .unwrap()
        .replace(
            "https://checkout.pagopa.it/",
            "javascript:alert(document.cookie)",
        );
    std::fs::write(&bad, text).unwrap();
    let out = care(&["diff", OLD, bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "notes.pagopa.payments.imu.evidence: un indirizzo \"javascript:\" non è accettato"
        ),
        "{err}"
    );
    assert!(err
        .contains("notes.pagopa.payments.imu.evidence: a \"javascript:\" address is not accepted"));
    let out = care(&["diff", OLD]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("care diff"));
    let _ = std::fs::remove_dir_all(dir);
}
