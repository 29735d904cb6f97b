//! The JSON objects that `care score`, `care classify` and `care diff` print (`../shared/answers-format.md`,
//! "What `care score FILE` prints"; `docs/answers-format.md` for `care diff`), with the fields in the documented
//! order.

use crate::model::answer_keys::AnswerKey;
use crate::model::answers_file::answer_value;
use crate::model::changes::{Change, Deltas};
use crate::model::score::{Band, Classification, Scores};
use crate::model::Answers;

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

fn deltas(d: &Deltas) -> String {
    format!(
        "{{ \"dps\": {}, \"dpa\": {}, \"do\": {}, \"care\": {} }}",
        number(d.dps),
        number(d.dpa),
        number(d.do_),
        number(d.care)
    )
}

/// The scores of one side of a diff on one line: `dps`, `dpa`, `do`, `care`, `class`, `complete`.
fn side(s: &Scores) -> String {
    format!(
        "{{ \"dps\": {}, \"dpa\": {}, \"do\": {}, \"care\": {}, \"class\": {}, \"complete\": {} }}",
        number(s.dps),
        number(s.dpa),
        number(s.do_),
        number(s.care),
        string(s.class.map(|c| c.id())),
        s.complete
    )
}

/// Two assessments, their scores and the changes between them ([`crate::model::changes::changes`]): what
/// [`diff_json`] prints.
pub struct DiffInput<'a> {
    /// OLD's answers.
    pub old: &'a Answers,
    /// NEW's answers.
    pub new: &'a Answers,
    /// OLD's scores.
    pub before: &'a Scores,
    /// NEW's scores.
    pub after: &'a Scores,
    /// The changed questions, each with its effect.
    pub changes: &'a [Change],
}

/// What `care diff OLD NEW` prints: `changes` (one object per changed question, in the questionnaire's order:
/// `item` (its path in the answers file), `before`, `after` (the answers as the file writes them, `null` when
/// unanswered), `effect` (the change of `dps`, `dpa`, `do`, `care` it makes, applied after the ones before it, so
/// that the effects add up to `delta`)), then `before` and `after` (`dps`, `dpa`, `do`, `care`, `class`,
/// `complete`) and `delta` (NEW minus OLD; `null` where a score is undefined on either side). Numbers unrounded.
/// Ends with a newline.
pub fn diff_json(d: &DiffInput) -> String {
    let line = |key: &AnswerKey, effect: &Deltas| {
        format!(
            "    {{ \"item\": {}, \"before\": {}, \"after\": {}, \"effect\": {} }}",
            string(Some(&key.path())),
            answer_value(d.old, key),
            answer_value(d.new, key),
            deltas(effect)
        )
    };
    let changes: Vec<String> = d.changes.iter().map(|c| line(&c.key, &c.effect)).collect();
    let changes = if changes.is_empty() {
        "[]".to_string()
    } else {
        format!("[\n{}\n  ]", changes.join(",\n"))
    };
    object(&[
        ("changes", changes),
        ("before", side(d.before)),
        ("after", side(d.after)),
        ("delta", deltas(&Deltas::between(d.before, d.after))),
    ])
}
