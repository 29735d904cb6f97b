//! Merging a colleague's answers file into the open assessment, as store actions: the preview
//! ([`crate::model::merge_plan::MergePlan`]) changes nothing; confirming sends the plan's edits as one
//! [`Action::Edits`] (the one edit path, `Assessment::apply`); the undo puts back every answer the merge changed,
//! exactly as it was, with [`Action::RestoreAnswers`] and the leaves of [`crate::store::merge`] (the same
//! mechanism that restores answers changed in another tab).

use crate::sorted_map::SortedMap;

use super::history::same_comune;
use crate::model::answer_keys::AnswerKey;
use crate::model::merge_plan::{MergePlan, Side};
use crate::model::{self, Answers};
use crate::store::merge::{leaves, previous_values, questions, Leaves};
use crate::store::{Action, Store};

/// A file read for merging, with its plan against the open assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// The id of the open assessment it merges into.
    pub id: String,
    /// The open assessment's answers when the file was read.
    pub mine: Answers,
    /// The file's answers.
    pub theirs: Answers,
    /// What it adds and where it conflicts.
    pub plan: MergePlan,
    /// Whether the file is of the same comune ([`same_comune`]).
    pub same_comune: bool,
}

/// The preview of merging `theirs` into the open assessment; `None` when no assessment is open.
pub fn preview(store: &Store, theirs: Answers) -> Option<Preview> {
    let open = store.current()?;
    let edition = model::edition(&open.answers.model).unwrap_or_else(model::current);
    Some(Preview {
        id: open.id.clone(),
        plan: MergePlan::of(edition, &open.answers, &theirs),
        same_comune: same_comune(&open.answers, &theirs),
        mine: open.answers.clone(),
        theirs,
    })
}

/// A merge done, for its message and its undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Done {
    /// The assessment merged into.
    pub id: String,
    /// Its comune's name.
    pub name: String,
    /// Every answer the merge changed, with its value before (`null`: unanswered before).
    pub previous: Leaves,
    /// How many questions changed (a service's level and flags count as one).
    pub changed: usize,
}

/// The action that merges the preview with the user's `choices` (a conflict not chosen keeps mine), and what it
/// will have done; `None` when the assessment is no longer open or the merge changes nothing.
pub fn merge_action(
    store: &Store,
    preview: &Preview,
    choices: &SortedMap<AnswerKey, Side>,
    now_ms: f64,
) -> Option<(Action, Done)> {
    let open = store.current().filter(|a| a.id == preview.id)?;
    let edits = preview.plan.edits(&preview.theirs, choices);
    let mut after = open.clone();
    for e in &edits {
        after.apply(e);
    }
    let previous = previous_values(&leaves(open), &leaves(&after));
    if previous.is_empty() {
        return None;
    }
    let done = Done {
        id: open.id.clone(),
        name: open.answers.comune.name.clone(),
        changed: questions(&previous),
        previous,
    };
    Some((Action::Edits { edits, now_ms }, done))
}

/// The action that undoes a merge: every answer it changed back to its value before.
pub fn undo_action(done: &Done, now_ms: f64) -> Action {
    Action::RestoreAnswers {
        id: done.id.clone(),
        previous: done.previous.clone(),
        now_ms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Anpr, LevelAnswer, ServiceAnswer, SocialStatus};

    fn open_store() -> Store {
        let mut s = Store::default();
        s.apply(Action::Create {
            id: "a".into(),
            name: "Siena".into(),
            now_ms: 1.0,
        });
        let mut mine = Answers::new("Siena");
        mine.services
            .insert("imu".into(), ServiceAnswer::online(3, true, false));
        mine.anpr = Some(Anpr::InProgress);
        s.apply(Action::SetAnswers {
            answers: mine,
            now_ms: 2.0,
        });
        s
    }

    fn file() -> Answers {
        let mut t = Answers::new("Siena");
        t.services.insert("imu".into(), ServiceAnswer::level(2));
        t.services
            .insert("tari".into(), ServiceAnswer::online(4, true, true));
        t.anpr = Some(Anpr::Completed);
        t.social.insert("x".into(), SocialStatus::Active);
        t
    }

    #[test]
    fn the_preview_changes_nothing_and_the_merge_applies_the_chosen_sides() {
        let mut s = open_store();
        let before = s.clone();
        let p = preview(&s, file()).unwrap();
        assert_eq!(s, before, "a preview changes nothing");
        assert!(p.same_comune);
        assert_eq!(p.plan.adds.len(), 2);
        assert_eq!(p.plan.conflicts.len(), 2);
        let choices = SortedMap::from([(AnswerKey::Anpr, Side::Theirs)]);
        let (action, done) = merge_action(&s, &p, &choices, 10.0).unwrap();
        s.apply(action);
        let a = &s.current().unwrap().answers;
        assert_eq!(a.anpr, Some(Anpr::Completed), "the file's side");
        assert_eq!(
            a.services["imu"],
            ServiceAnswer::online(3, true, false),
            "mine kept"
        );
        assert_eq!(
            a.services["tari"],
            ServiceAnswer::online(4, true, true),
            "added"
        );
        assert_eq!(a.social["x"], SocialStatus::Active);
        assert_eq!(done.changed, 3);
        // The undo puts back exactly the answers before the merge.
        s.apply(undo_action(&done, 11.0));
        assert_eq!(
            s.current().unwrap().answers,
            before.current().unwrap().answers
        );
    }

    #[test]
    fn nothing_to_merge_or_nothing_open_gives_no_action() {
        let s = open_store();
        let mine = s.current().unwrap().answers.clone();
        let p = preview(&s, mine).unwrap();
        assert!(p.plan.is_empty());
        assert!(merge_action(&s, &p, &SortedMap::new(), 3.0).is_none());
        let mut other = Answers::new("Lucca");
        other.services.insert(
            "imu".into(),
            ServiceAnswer {
                level: LevelAnswer::NotApplicable,
                spid: None,
                cie: None,
            },
        );
        assert!(!preview(&s, other).unwrap().same_comune);
        assert!(preview(&Store::default(), file()).is_none());
    }
}
