//! Merging a colleague's answers into one's own, planned before anything changes: which questions the file adds
//! (unanswered here, answered there), which it conflicts on (answered in both, differently) and, once the user
//! chose a side for each conflict, the [`Edit`]s that carry it out through the one edit path. Questions answered
//! alike, or answered here only, are left as they are: a file never clears an answer.

use std::collections::BTreeMap;

use super::answer_keys::AnswerKey;
use super::{Answers, Edit, Edition};

/// Which answer a conflict keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Side {
    /// The answer already given here ("tieni il mio"), the default: nothing changes unless chosen.
    #[default]
    Mine,
    /// The answer of the file ("usa il file").
    Theirs,
}

/// What merging a file would do, question by question (in questionnaire order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePlan {
    /// Unanswered here, answered in the file: added.
    pub adds: Vec<AnswerKey>,
    /// Answered in both, differently: the user chooses.
    pub conflicts: Vec<AnswerKey>,
    /// Answered alike in both.
    pub same: usize,
}

impl MergePlan {
    /// Compares `mine` with `theirs` (the file), question by question.
    pub fn of(edition: &Edition, mine: &Answers, theirs: &Answers) -> MergePlan {
        let mut plan = MergePlan::default();
        for key in AnswerKey::all(edition) {
            match (key.edits(mine), key.edits(theirs)) {
                (_, None) => {}
                (None, Some(_)) => plan.adds.push(key),
                (Some(m), Some(t)) if m == t => plan.same += 1,
                (Some(_), Some(_)) => plan.conflicts.push(key),
            }
        }
        plan
    }

    /// Whether the file brings nothing new.
    pub fn is_empty(&self) -> bool {
        self.adds.is_empty() && self.conflicts.is_empty()
    }

    /// The edits of the merge: every addition, and the file's answer of each conflict chosen
    /// [`Side::Theirs`] (a conflict not in `choices` keeps mine), in questionnaire order.
    pub fn edits(&self, theirs: &Answers, choices: &BTreeMap<AnswerKey, Side>) -> Vec<Edit> {
        let chosen = |k: &&AnswerKey| choices.get(*k).copied().unwrap_or_default() == Side::Theirs;
        let mut keys: Vec<&AnswerKey> = self
            .adds
            .iter()
            .chain(self.conflicts.iter().filter(chosen))
            .collect();
        keys.sort();
        keys.into_iter()
            .flat_map(|k| k.edits(theirs).unwrap_or_default())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edit::applied;
    use crate::model::{current, Anpr, Licence, ServiceAnswer, SocialStatus};

    fn mine() -> Answers {
        let mut a = Answers::new("Siena");
        a.services
            .insert("imu".into(), ServiceAnswer::online(3, true, false));
        a.services.insert("tari".into(), ServiceAnswer::level(2));
        a.anpr = Some(Anpr::InProgress);
        a.open_data.licence = Some(Licence::Some);
        a
    }

    fn theirs() -> Answers {
        let mut a = Answers::new("Siena");
        // Same answer, a conflict on the flags, a new service.
        a.services.insert("tari".into(), ServiceAnswer::level(2));
        a.services
            .insert("imu".into(), ServiceAnswer::online(3, true, true));
        a.services
            .insert("suap".into(), ServiceAnswer::online(4, false, true));
        a.anpr = Some(Anpr::Completed);
        a.social.insert("x".into(), SocialStatus::Active);
        a
    }

    #[test]
    fn adds_conflicts_and_same_answers_are_told_apart() {
        let plan = MergePlan::of(current(), &mine(), &theirs());
        assert_eq!(
            plan.adds,
            vec![
                AnswerKey::Service("suap".into()),
                AnswerKey::Social("x".into())
            ]
        );
        assert_eq!(
            plan.conflicts,
            vec![AnswerKey::Service("imu".into()), AnswerKey::Anpr]
        );
        assert_eq!(plan.same, 1);
        assert!(!plan.is_empty());
        assert!(MergePlan::of(current(), &mine(), &mine()).is_empty());
    }

    #[test]
    fn the_chosen_side_of_each_conflict_is_applied_and_nothing_is_cleared() {
        let e = current();
        let (m, t) = (mine(), theirs());
        let plan = MergePlan::of(e, &m, &t);
        // Default: every conflict keeps mine; the additions land.
        let kept = applied(e, &m, &plan.edits(&t, &BTreeMap::new()));
        assert_eq!(kept.services["imu"], m.services["imu"]);
        assert_eq!(kept.anpr, m.anpr);
        assert_eq!(kept.services["suap"], t.services["suap"]);
        assert_eq!(kept.social["x"], SocialStatus::Active);
        assert_eq!(
            kept.open_data.licence,
            Some(Licence::Some),
            "answered here only"
        );
        // The file's side of one conflict.
        let choices = BTreeMap::from([
            (AnswerKey::Service("imu".into()), Side::Theirs),
            (AnswerKey::Anpr, Side::Mine),
        ]);
        let merged = applied(e, &m, &plan.edits(&t, &choices));
        assert_eq!(merged.services["imu"], t.services["imu"]);
        assert_eq!(merged.anpr, Some(Anpr::InProgress));
        // Every conflict from the file: the file's answers wherever it has one.
        let all = plan
            .conflicts
            .iter()
            .map(|k| (k.clone(), Side::Theirs))
            .collect();
        let theirs_won = applied(e, &m, &plan.edits(&t, &all));
        for key in AnswerKey::all(e) {
            if key.edits(&t).is_some() {
                assert!(key.same_in(&theirs_won, &t), "{key:?}");
            } else {
                assert!(key.same_in(&theirs_won, &m), "{key:?}");
            }
        }
    }
}
