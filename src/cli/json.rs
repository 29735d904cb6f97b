//! The JSON object that `care score` and `care classify` print (`../shared/answers-format.md`, "What
//! `care score FILE` prints"), with the fields in the documented order.

use crate::model::score::{Band, Classification, Scores};

fn number(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => serde_json::to_string(&x).unwrap_or_else(|_| "null".into()),
        _ => "null".to_string(),
    }
}

fn string(v: Option<&str>) -> String {
    match v {
        Some(s) => serde_json::to_string(s).unwrap_or_else(|_| "null".into()),
        None => "null".to_string(),
    }
}

fn band(b: Option<Band>) -> String {
    string(b.map(Band::id))
}

fn object(fields: &[(&str, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("  \"{k}\": {v}"))
        .collect();
    format!("{{\n{}\n}}\n", body.join(",\n"))
}

/// The common head: `dps` ... `sub_label`.
#[allow(clippy::too_many_arguments)]
fn head(
    dps: Option<f64>,
    dpa: Option<f64>,
    do_: Option<f64>,
    care: Option<f64>,
    care_display: Option<u32>,
    bands: [Option<Band>; 3],
    class: Option<&str>,
    sub_label: Option<&str>,
) -> Vec<(&'static str, String)> {
    vec![
        ("dps", number(dps)),
        ("dpa", number(dpa)),
        ("do", number(do_)),
        ("care", number(care)),
        (
            "care_display",
            care_display.map_or("null".to_string(), |d| d.to_string()),
        ),
        (
            "bands",
            format!(
                "{{ \"dps\": {}, \"dpa\": {}, \"do\": {} }}",
                band(bands[0]),
                band(bands[1]),
                band(bands[2])
            ),
        ),
        ("class", string(class)),
        ("sub_label", string(sub_label)),
    ]
}

/// What `care score FILE` prints: `dps`, `dpa`, `do`, `care`, `care_display`, `bands`, `class`,
/// `sub_label`, `online_services`, `applicable_services`, `complete` (numbers unrounded, `null` when
/// undefined). Ends with a newline.
pub fn scores_json(s: &Scores) -> String {
    let mut fields = head(
        s.dps,
        s.dpa,
        s.do_,
        s.care,
        s.care_display,
        [s.bands.dps, s.bands.dpa, s.bands.do_],
        s.class.map(|c| c.id()),
        s.sub_label.map(|l| l.id()),
    );
    fields.push(("online_services", s.online_services.to_string()));
    fields.push(("applicable_services", s.applicable_services.to_string()));
    fields.push(("complete", s.complete.to_string()));
    object(&fields)
}

/// What `care classify DPS DPA DO` prints: the fields of [`scores_json`] that follow from three sub-indices
/// (`dps` ... `sub_label`). Ends with a newline.
pub fn classification_json(c: &Classification) -> String {
    object(&head(
        Some(c.dps),
        Some(c.dpa),
        Some(c.do_),
        Some(c.care),
        Some(c.care_display),
        [Some(c.bands[0]), Some(c.bands[1]), Some(c.bands[2])],
        Some(c.class.id()),
        c.sub_label.map(|l| l.id()),
    ))
}
