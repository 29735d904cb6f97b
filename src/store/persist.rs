//! The saved state: how [`Store`] is written to and read back from one localStorage entry, versioned.
//!
//! Each assessment's answers are kept as an answers file v1 (the public format), so that the saved state is
//! validated by the same parser as an import. A state that cannot be read is never thrown away: the caller keeps
//! the raw text under a backup key and starts afresh, and assessments that can be read are recovered one by one.

use crate::sorted_map::SortedMap;

use serde_json::{json, Map, Value};

use super::{Assessment, Step, Store};
use crate::model::answers_file::{self, FormatError};
use crate::model::Lang;

/// The localStorage key of the state; the number is the version of the envelope below.
pub const STATE_KEY: &str = "care.state.v1";
/// The prefix of the keys under which unreadable states are kept.
pub const BACKUP_PREFIX: &str = "care.state.v1.unreadable.";
/// Marks the envelope as ours.
const APP: &str = "care-selfassessment";
/// Stands in for an empty comune name inside the answers file (the name is kept in the envelope).
const BLANK_NAME: &str = "-";

/// The state as one JSON text.
pub fn encode(store: &Store) -> String {
    let assessments: Vec<Value> = store
        .assessments
        .iter()
        .map(|a| {
            let mut answers = a.answers.clone();
            let name = std::mem::take(&mut answers.comune.name);
            if name.trim().is_empty() {
                answers.comune.name = BLANK_NAME.to_string();
            } else {
                answers.comune.name = name.clone();
            }
            let file: Value =
                serde_json::from_str(&answers_file::to_json(&answers)).unwrap_or(Value::Null);
            json!({
                "id": a.id,
                "name": name,
                "step": a.step.slug(),
                "updated_ms": a.updated_ms,
                "respondent": a.respondent,
                "stamps": a.stamps,
                "answers": file,
            })
        })
        .collect();
    json!({
        "app": APP,
        "version": 1,
        "lang": store.lang.code(),
        "current": store.current,
        "assessments": assessments,
        "deleted": store.deleted,
    })
    .to_string()
}

/// Why an assessment of a saved state was set aside.
#[derive(Clone, Debug, PartialEq)]
pub enum DropReason {
    /// Another assessment before it has the same id.
    RepeatedId,
    /// It has no id.
    MissingId,
    /// It has no name.
    MissingName,
    /// It has no answers.
    MissingAnswers,
    /// Its name or its answers do not pass the checks of an import (the same parser and the same name checks).
    Invalid(FormatError),
}

/// An assessment of a saved state that was set aside (it stays in the backup copy of the state).
#[derive(Clone, Debug, PartialEq)]
pub struct Dropped {
    /// Its position in the saved list, from 1.
    pub position: usize,
    /// Its name, when it could be read (with any control character taken out, for showing).
    pub name: Option<String>,
    /// Why.
    pub reason: DropReason,
}

/// What was read back: the state, and a description of each assessment that could not be recovered.
#[derive(Debug)]
pub struct Decoded {
    /// The recovered state (storage status and notices are left to the caller).
    pub store: Store,
    /// The assessments that were set aside.
    pub dropped: Vec<Dropped>,
}

/// Reads a saved state. `Err` says, in Italian, why nothing could be read.
pub fn decode(text: &str) -> Result<Decoded, String> {
    let v = answers_file::read_json(text).map_err(|e| e.message(Lang::It))?;
    let obj = v
        .as_object()
        .ok_or_else(|| "non è un oggetto JSON".to_string())?;
    if obj.get("app").and_then(Value::as_str) != Some(APP) {
        return Err("non è uno stato salvato da questa applicazione".into());
    }
    match obj.get("version").and_then(Value::as_u64) {
        Some(1) => {}
        Some(n) => return Err(format!("versione {n} non supportata (attesa 1)")),
        None => return Err("manca la versione".into()),
    }
    let mut store = Store {
        lang: obj
            .get("lang")
            .and_then(Value::as_str)
            .and_then(Lang::from_code)
            .unwrap_or(Lang::It),
        ..Store::default()
    };
    let mut dropped = Vec::new();
    let list = obj
        .get("assessments")
        .and_then(Value::as_array)
        .ok_or_else(|| "manca l'elenco delle valutazioni".to_string())?;
    for (i, item) in list.iter().enumerate() {
        let reason = match decode_assessment(item) {
            Ok(a) if store.get(&a.id).is_none() => {
                store.assessments.push(a);
                continue;
            }
            Ok(_) => DropReason::RepeatedId,
            Err(reason) => reason,
        };
        let name = item.get("name").and_then(Value::as_str).map(|n| {
            n.chars()
                .filter(|c| !c.is_control() && !crate::model::typed_values::is_bidi_control(*c))
                .take(crate::model::typed_values::MAX_NAME_CHARS)
                .collect()
        });
        dropped.push(Dropped {
            position: i + 1,
            name,
            reason,
        });
    }
    store.deleted = obj
        .get("deleted")
        .and_then(Value::as_object)
        .map(times)
        .unwrap_or_default();
    store.current = obj
        .get("current")
        .and_then(Value::as_str)
        .filter(|id| store.get(id).is_some())
        .map(str::to_string);
    Ok(Decoded { store, dropped })
}

/// Times by key (stamps, deletions): numbers only, others left out.
fn times(obj: &Map<String, Value>) -> SortedMap<String, f64> {
    obj.iter()
        .filter(|(k, _)| k.len() <= 200)
        .filter_map(|(k, v)| Some((k.clone(), v.as_f64().filter(|t| t.is_finite())?)))
        .collect()
}

fn decode_assessment(item: &Value) -> Result<Assessment, DropReason> {
    let id = item
        .get("id")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty() && s.len() <= 64)
        .ok_or(DropReason::MissingId)?
        .to_string();
    let name = item
        .get("name")
        .and_then(Value::as_str)
        .ok_or(DropReason::MissingName)?;
    // The same checks as an import: a name that an export would refuse is not taken in (an empty name is an
    // assessment not named yet).
    let name = if name.trim().is_empty() {
        String::new()
    } else {
        answers_file::validate_name(name)
            .map_err(|kind| DropReason::Invalid(FormatError::new("comune.name", kind)))?
    };
    let step = item
        .get("step")
        .and_then(Value::as_str)
        .and_then(Step::from_slug)
        .unwrap_or_default();
    let updated_ms = item
        .get("updated_ms")
        .and_then(Value::as_f64)
        .unwrap_or(0.0);
    // Absent in states saved before it was asked; never a reason to drop an assessment.
    let respondent: String = item
        .get("respondent")
        .and_then(Value::as_str)
        .map(|s| {
            s.chars()
                .filter(|c| !c.is_control() && !crate::model::typed_values::is_bidi_control(*c))
                .take(500)
                .collect()
        })
        .unwrap_or_default();
    let stamps = item
        .get("stamps")
        .and_then(Value::as_object)
        .map(times)
        .unwrap_or_default();
    let file = item.get("answers").ok_or(DropReason::MissingAnswers)?;
    let mut answers = answers_file::parse_value(file).map_err(DropReason::Invalid)?;
    answers.comune.name = name;
    Ok(Assessment {
        id,
        answers,
        step,
        updated_ms,
        respondent,
        stamps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Action;

    fn sample() -> Store {
        let mut s = Store::default();
        s.apply(Action::Create {
            id: "a1".into(),
            name: "Comune di Prova".into(),
            now_ms: 1.0,
        });
        s.apply(Action::SetStep(Step::Openness));
        s.apply(Action::Edit {
            edit: crate::store::Edit::Respondent("Ufficio RTD".into()),
            now_ms: 1.5,
        });
        s.apply(Action::Create {
            id: "a2".into(),
            name: String::new(),
            now_ms: 2.0,
        });
        s.apply(Action::SetLang(Lang::En));
        s
    }

    #[test]
    fn encode_then_decode_gives_the_same_state() {
        let s = sample();
        let d = decode(&encode(&s)).unwrap();
        assert!(d.dropped.is_empty(), "{:?}", d.dropped);
        assert_eq!(d.store.assessments, s.assessments);
        assert_eq!(d.store.current, s.current);
        assert_eq!(d.store.lang, Lang::En);
    }

    #[test]
    fn a_state_saved_without_respondents_still_reads() {
        let mut v: Value = serde_json::from_str(&encode(&sample())).unwrap();
        v["assessments"][0]
            .as_object_mut()
            .unwrap()
            .remove("respondent");
        let d = decode(&v.to_string()).unwrap();
        assert!(d.dropped.is_empty());
        assert_eq!(d.store.assessments[0].respondent, "");
        assert_eq!(
            decode(&encode(&sample())).unwrap().store.assessments[0].respondent,
            "Ufficio RTD"
        );
    }

    #[test]
    fn garbage_and_foreign_states_are_refused_with_a_reason() {
        assert!(decode("{not json").unwrap_err().contains("JSON"));
        let twice = encode(&sample()).replacen("\"version\":1", "\"version\":1,\"version\":1", 1);
        assert!(decode(&twice)
            .unwrap_err()
            .contains("version: questo campo compare due volte"));
        assert!(decode("{\"todos\":[]}")
            .unwrap_err()
            .contains("questa applicazione"));
        let newer = encode(&sample()).replace("\"version\":1", "\"version\":9");
        assert!(decode(&newer).unwrap_err().contains("versione 9"));
    }

    #[test]
    fn one_broken_assessment_does_not_lose_the_others() {
        let mut v: Value = serde_json::from_str(&encode(&sample())).unwrap();
        v["assessments"][1]["answers"]["format"] = json!("something-else");
        let d = decode(&v.to_string()).unwrap();
        assert_eq!(d.store.assessments.len(), 1);
        assert_eq!(d.store.assessments[0].id, "a1");
        assert_eq!(d.dropped.len(), 1);
        assert_eq!(
            d.store.current, None,
            "the current assessment was the dropped one"
        );
    }
}
