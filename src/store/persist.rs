//! The saved state: how [`Store`] is written to and read back from one localStorage entry, versioned.
//!
//! Each assessment's answers are kept as an answers file v1 (the public format), so that the saved state is
//! validated by the same parser as an import. A state that cannot be read is never thrown away: the caller keeps
//! the raw text under a backup key and starts afresh, and assessments that can be read are recovered one by one.

use serde_json::{json, Value};

use super::{Assessment, Step, Store};
use crate::model::{answers_file, Lang};

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
    })
    .to_string()
}

/// What was read back: the state, and a description of each assessment that could not be recovered.
#[derive(Debug)]
pub struct Decoded {
    /// The recovered state (storage status and notices are left to the caller).
    pub store: Store,
    /// One line per assessment that was dropped, in Italian.
    pub dropped: Vec<String>,
}

/// Reads a saved state. `Err` says, in Italian, why nothing could be read.
pub fn decode(text: &str) -> Result<Decoded, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("non è JSON valido ({e})"))?;
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
        match decode_assessment(item) {
            Ok(a) if store.get(&a.id).is_none() => store.assessments.push(a),
            Ok(a) => dropped.push(format!("valutazione {}: id ripetuto «{}»", i + 1, a.id)),
            Err(e) => dropped.push(format!("valutazione {}: {e}", i + 1)),
        }
    }
    store.current = obj
        .get("current")
        .and_then(Value::as_str)
        .filter(|id| store.get(id).is_some())
        .map(str::to_string);
    Ok(Decoded { store, dropped })
}

fn decode_assessment(item: &Value) -> Result<Assessment, String> {
    let id = item
        .get("id")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty() && s.len() <= 64)
        .ok_or("id mancante")?
        .to_string();
    let name = item
        .get("name")
        .and_then(Value::as_str)
        .ok_or("nome mancante")?
        .to_string();
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
        .map(|s| s.chars().filter(|c| !c.is_control()).take(500).collect())
        .unwrap_or_default();
    let file = item.get("answers").ok_or("risposte mancanti")?;
    let mut answers =
        answers_file::parse(&file.to_string()).map_err(|e| e.message(Lang::It).to_string())?;
    answers.comune.name = name;
    Ok(Assessment {
        id,
        answers,
        step,
        updated_ms,
        respondent,
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
