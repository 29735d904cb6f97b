//! How the state of another tab is combined with this tab's: answer by answer, the later change wins, so that two
//! tabs open on one assessment never undo each other's clicks, and an assessment deleted in one tab goes away in
//! the others unless it was changed there afterwards.
//!
//! Every assessment carries, per answer (a leaf of its answers file, e.g. `services.imu.level`, plus
//! `respondent`), the time of the last change to it ([`Assessment::stamps`]); deletions leave a time too
//! ([`Store::deleted`]). Merging is then a plain comparison of times, the same in every tab, so all tabs end up
//! with the same state whatever order their saves arrive in. What the merge changes in the assessment open in this
//! tab is reported ([`Notice::ChangedElsewhere`], [`Notice::DeletedElsewhere`]) so that no answer changes
//! silently.

use crate::sorted_map::{SortedMap, SortedSet};

use serde_json::{Map, Value};

use super::{Assessment, Notice, Store};
use crate::model::answers_file;

/// The answers of an assessment as `path → value` (absent answers have no entry).
pub type Leaves = SortedMap<String, Value>;

/// The path of the respondent among the leaves (it is not part of the answers file).
const RESPONDENT: &str = "respondent";
/// The path of the comune's name among the leaves.
const NAME: &str = "comune.name";
/// The stamp that marks an assessment brought back (undo, restore): later than its deletion.
const ITSELF: &str = "";
/// How many deletions are remembered (the oldest are forgotten first).
const MAX_DELETED: usize = 200;

/// The answers of `a` as leaves: every answer of its answers file (header left out), the name and the respondent.
pub fn leaves(a: &Assessment) -> Leaves {
    let mut answers = a.answers.clone();
    let name = std::mem::replace(&mut answers.comune.name, "-".into());
    let mut out = Leaves::new();
    if let Ok(Value::Object(root)) = serde_json::from_str(&answers_file::to_json(&answers)) {
        for (key, value) in root {
            if !matches!(key.as_str(), "format" | "version" | "model") {
                flatten(&key, value, &mut out);
            }
        }
    }
    out.insert(NAME.into(), Value::String(name));
    if !a.respondent.is_empty() {
        out.insert(RESPONDENT.into(), Value::String(a.respondent.clone()));
    }
    out
}

fn flatten(path: &str, value: Value, out: &mut Leaves) {
    match value {
        Value::Object(obj) => {
            for (key, v) in obj {
                flatten(&format!("{path}.{key}"), v, out);
            }
        }
        Value::Null => {}
        other => {
            out.insert(path.to_string(), other);
        }
    }
}

/// `template` with its answers and respondent replaced by `leaves`; `None` if they do not make a valid answers
/// file (then the caller keeps one side whole).
pub fn with_leaves(template: &Assessment, leaves: &Leaves) -> Option<Assessment> {
    let mut root = Map::new();
    root.insert("format".into(), Value::from(answers_file::FORMAT_ID));
    root.insert("version".into(), Value::from(answers_file::VERSION));
    root.insert("model".into(), Value::from(template.answers.model.clone()));
    let name = leaves.get(NAME).and_then(Value::as_str).unwrap_or_default();
    for (path, value) in leaves {
        if path == RESPONDENT || path == NAME {
            continue;
        }
        insert(&mut root, path, value.clone());
    }
    insert(&mut root, NAME, Value::from("-"));
    let mut answers = answers_file::parse_value(&Value::Object(root)).ok()?;
    answers.comune.name = name.to_string();
    let respondent = leaves
        .get(RESPONDENT)
        .and_then(Value::as_str)
        .unwrap_or_default();
    Some(Assessment {
        answers,
        respondent: respondent.to_string(),
        ..template.clone()
    })
}

fn insert(root: &mut Map<String, Value>, path: &str, value: Value) {
    let mut node = root;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            node.insert(part.to_string(), value);
            return;
        }
        let next = node
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !next.is_object() {
            *next = Value::Object(Map::new());
        }
        let Value::Object(inner) = next else { return };
        node = inner;
    }
}

/// Records, at `now_ms`, every answer that differs between `before` and the assessment's answers now.
pub fn stamp(a: &mut Assessment, before: &Leaves, now_ms: f64) {
    for path in previous_values(before, &leaves(a)).into_keys() {
        a.stamps.insert(path, now_ms);
    }
}

/// The answers that differ between `before` and `after`, each with its value in `before` (null where it had none).
pub fn previous_values(before: &Leaves, after: &Leaves) -> Leaves {
    before
        .keys()
        .chain(after.keys())
        .filter(|p| before.get(*p) != after.get(*p))
        .map(|p| (p.clone(), before.get(p).cloned().unwrap_or(Value::Null)))
        .collect()
}

/// The time of the latest change recorded for an assessment.
pub fn latest(a: &Assessment) -> f64 {
    a.stamps.values().copied().fold(a.updated_ms, f64::max)
}

/// Marks an assessment as brought back after a deletion that knew it as it is now.
pub fn revive(a: &mut Assessment) {
    let at = latest(a) + 1.0;
    a.stamps.insert(ITSELF.into(), at);
}

/// Remembers that `a` was deleted (as it was then).
pub fn remember_deleted(store: &mut Store, a: &Assessment) {
    store.deleted.insert(a.id.clone(), latest(a));
    while store.deleted.len() > MAX_DELETED {
        let oldest = store
            .deleted
            .iter()
            .min_by(|x, y| x.1.total_cmp(y.1))
            .map(|(id, _)| id.clone());
        match oldest {
            Some(id) => store.deleted.remove(&id),
            None => break,
        };
    }
}

/// One assessment present in both states: answer by answer, the side with the later stamp wins (equal stamps,
/// which only answers never changed since they were loaded can have: the greater value, so that every tab picks
/// the same). Returns the result and the answers of `mine` that it changed.
pub fn merge_assessment(mine: &Assessment, theirs: &Assessment) -> (Assessment, Leaves) {
    let (lm, lt) = (leaves(mine), leaves(theirs));
    let paths: SortedSet<&String> = lm
        .keys()
        .chain(lt.keys())
        .chain(mine.stamps.keys())
        .chain(theirs.stamps.keys())
        .collect();
    let mut merged = Leaves::new();
    let mut stamps = SortedMap::new();
    for path in paths {
        let sm = mine.stamps.get(path).copied().unwrap_or(0.0);
        let st = theirs.stamps.get(path).copied().unwrap_or(0.0);
        let mine_wins = match sm.total_cmp(&st) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => order_key(lm.get(path)) > order_key(lt.get(path)),
        };
        let winner = if mine_wins { &lm } else { &lt };
        if let Some(v) = winner.get(path) {
            merged.insert(path.clone(), v.clone());
        }
        if sm.max(st) > 0.0 {
            stamps.insert(path.clone(), sm.max(st));
        }
    }
    // The rest (step, model) from the assessment changed last; on a tie, the same one in every tab.
    let mine_newer = match mine.updated_ms.total_cmp(&theirs.updated_ms) {
        std::cmp::Ordering::Equal => mine.step.slug() > theirs.step.slug(),
        other => other == std::cmp::Ordering::Greater,
    };
    let newer = if mine_newer { mine } else { theirs };
    let whole = with_leaves(newer, &merged).unwrap_or_else(|| newer.clone());
    let result = Assessment {
        stamps,
        updated_ms: mine.updated_ms.max(theirs.updated_ms),
        ..whole
    };
    let changed = previous_values(&lm, &leaves(&result));
    (result, changed)
}

/// A total order of leaf values (absent first), for ties.
fn order_key(v: Option<&Value>) -> Option<String> {
    v.map(Value::to_string)
}

/// How many questions the changed answers `previous` make: a service's level and its SPID/CIE flags are one.
pub fn questions(previous: &Leaves) -> usize {
    let question = |path: &str| -> String {
        match path.strip_prefix("services.") {
            Some(rest) => rest.split('.').next().unwrap_or(rest).to_string(),
            None => path.to_string(),
        }
    };
    let questions: SortedSet<String> = previous.keys().map(|p| question(p)).collect();
    questions.len()
}

/// The assessments as a map by id: what two states hold regardless of their order.
fn by_id(list: &[Assessment]) -> SortedMap<&str, &Assessment> {
    list.iter().map(|a| (a.id.as_str(), a)).collect()
}

/// Combines `theirs` (the state another tab saved) into `mine`. Notices about the assessment open here are added
/// to `mine`. Returns whether the saved state must be written again because it lacks something of this tab.
pub fn merge_into(mine: &mut Store, theirs: Store) -> bool {
    let mut deleted = theirs.deleted.clone();
    for (id, at) in &mine.deleted {
        let e = deleted.entry(id.clone()).or_insert(*at);
        *e = e.max(*at);
    }
    let gone = |a: &Assessment| deleted.get(&a.id).is_some_and(|at| *at >= latest(a));
    let mut result = Vec::new();
    for a in &mine.assessments {
        match theirs.get(&a.id) {
            Some(t) => {
                let (merged, changed) = merge_assessment(a, t);
                if !changed.is_empty() && mine.current.as_deref() == Some(a.id.as_str()) {
                    note_changed(&mut mine.notices, &merged, changed);
                }
                result.push(merged);
            }
            None if gone(a) => {
                if mine.current.as_deref() == Some(a.id.as_str()) {
                    mine.notices.push(Notice::DeletedElsewhere {
                        assessment: Box::new(a.clone()),
                    });
                }
            }
            None => result.push(a.clone()),
        }
    }
    for t in &theirs.assessments {
        if mine.get(&t.id).is_none() && !gone(t) {
            result.push(t.clone());
        }
    }
    let current_gone = mine
        .current
        .as_deref()
        .is_some_and(|id| !result.iter().any(|a| a.id == id));
    if current_gone {
        mine.current = None;
    }
    mine.assessments = result;
    mine.deleted = deleted;
    mine.lang = theirs.lang;
    // Each tab keeps its own order: only a difference of content is written back (else two tabs with different
    // orders would write each other's order back and forth).
    by_id(&mine.assessments) != by_id(&theirs.assessments) || mine.deleted != theirs.deleted
}

/// Adds the answers changed in the open assessment to its notice (one notice per assessment, the earliest value of
/// each answer kept, so that "restore" gives back what this tab showed before).
fn note_changed(notices: &mut Vec<Notice>, a: &Assessment, changed: Leaves) {
    for n in notices.iter_mut() {
        if let Notice::ChangedElsewhere { id, previous, .. } = n {
            if *id == a.id {
                for (path, value) in changed {
                    previous.entry(path).or_insert(value);
                }
                return;
            }
        }
    }
    notices.push(Notice::ChangedElsewhere {
        id: a.id.clone(),
        name: a.answers.comune.name.clone(),
        previous: changed,
    });
}

/// `a` with the answers of `previous` put back (`null`: an answer that was not given).
pub fn restore_leaves(a: &Assessment, previous: &Leaves) -> Option<Assessment> {
    let mut now = leaves(a);
    for (path, value) in previous {
        if value.is_null() {
            now.remove(path);
        } else {
            now.insert(path.clone(), value.clone());
        }
    }
    with_leaves(a, &now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LevelAnswer;
    use crate::store::{Action, Edit};

    fn two_tabs() -> (Store, Store) {
        let mut s = Store::default();
        s.apply(Action::Create {
            id: "a".into(),
            name: "Siena".into(),
            now_ms: 1.0,
        });
        (s.clone(), s)
    }

    fn level(s: &mut Store, service: &str, l: u8, now_ms: f64) {
        s.apply(Action::Edit {
            edit: Edit::Level {
                service: service.into(),
                level: LevelAnswer::Level(l),
            },
            now_ms,
        });
    }

    fn services(s: &Store) -> Vec<String> {
        s.current()
            .unwrap()
            .answers
            .services
            .keys()
            .cloned()
            .collect()
    }

    #[test]
    fn answers_given_at_once_in_two_tabs_are_all_kept_whatever_the_order() {
        let (mut one, mut two) = two_tabs();
        level(&mut one, "imu", 2, 10.0);
        level(&mut two, "tari", 3, 11.0);
        let (saved_one, saved_two) = (one.clone(), two.clone());
        assert!(merge_into(&mut one, saved_two.clone()), "tab one adds imu");
        assert!(merge_into(&mut two, saved_one), "tab two adds tari");
        assert_eq!(services(&one), ["imu", "tari"]);
        assert_eq!(one.assessments, two.assessments);
        assert!(!merge_into(&mut two, one.clone()), "nothing left to write");
        assert!(one
            .notices
            .iter()
            .any(|n| matches!(n, Notice::ChangedElsewhere { .. })));
    }

    #[test]
    fn the_later_change_of_one_answer_wins_and_the_overwritten_one_is_reported() {
        let (mut one, mut two) = two_tabs();
        level(&mut one, "imu", 2, 10.0);
        merge_into(&mut two, one.clone());
        level(&mut two, "imu", 4, 20.0);
        merge_into(&mut one, two.clone());
        let imu = &one.current().unwrap().answers.services["imu"];
        assert_eq!(imu.level, LevelAnswer::Level(4));
        let Some(Notice::ChangedElsewhere { previous, .. }) = one.notices.last() else {
            panic!("{:?}", one.notices)
        };
        assert_eq!(previous["services.imu.level"], Value::from(2));
        let back = restore_leaves(one.current().unwrap(), previous).unwrap();
        assert_eq!(back.answers.services["imu"].level, LevelAnswer::Level(2));
    }

    #[test]
    fn a_deletion_elsewhere_removes_the_assessment_and_says_so_unless_changed_later() {
        let (mut one, mut two) = two_tabs();
        two.apply(Action::Delete("a".into()));
        merge_into(&mut one, two.clone());
        assert!(one.assessments.is_empty());
        assert_eq!(one.current, None);
        let Some(Notice::DeletedElsewhere { assessment }) = one.notices.last() else {
            panic!("{:?}", one.notices)
        };
        // Restoring it here brings it back in the other tab too.
        one.apply(Action::Restore(assessment.clone()));
        merge_into(&mut two, one.clone());
        assert_eq!(two.assessments.len(), 1);
        // A change made after the deletion keeps the assessment.
        let (mut three, mut four) = two_tabs();
        four.apply(Action::Delete("a".into()));
        level(&mut three, "imu", 1, 50.0);
        merge_into(&mut four, three.clone());
        assert_eq!(four.assessments.len(), 1);
    }

    #[test]
    fn two_tabs_settle_after_one_exchange_whatever_their_order() {
        let (mut one, mut two) = two_tabs();
        one.apply(Action::Create {
            id: "b".into(),
            name: "Lucca".into(),
            now_ms: 2.0,
        });
        two.apply(Action::Create {
            id: "c".into(),
            name: "Pisa".into(),
            now_ms: 3.0,
        });
        let saved_two = two.clone();
        assert!(merge_into(&mut two, one.clone()));
        assert!(merge_into(&mut one, saved_two));
        assert!(
            !merge_into(&mut one, two.clone()),
            "the same content in another order"
        );
        assert!(!merge_into(&mut two, one.clone()));
        assert_eq!(by_id(&one.assessments), by_id(&two.assessments));
    }

    #[test]
    fn a_level_and_its_flags_are_one_question() {
        let mut previous = Leaves::new();
        for p in [
            "services.imu.level",
            "services.imu.spid",
            "services.tari.level",
            "anpr",
        ] {
            previous.insert(p.into(), Value::Null);
        }
        assert_eq!(questions(&previous), 3);
    }

    #[test]
    fn leaves_round_trip() {
        let (mut one, _) = two_tabs();
        level(&mut one, "imu", 3, 2.0);
        one.apply(Action::Edit {
            edit: Edit::Respondent("Ufficio RTD".into()),
            now_ms: 3.0,
        });
        let a = one.current().unwrap();
        assert_eq!(with_leaves(a, &leaves(a)).as_ref(), Some(a));
    }
}
