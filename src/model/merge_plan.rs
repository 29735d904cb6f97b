//! Merging a colleague's answers into one's own, planned before anything changes: which questions the file adds
//! (unanswered here, answered there), which it conflicts on (answered in both, differently) and, once the user
//! chose a side for each conflict, the [`Edit`]s that carry it out through the one edit path. Questions answered
//! alike, or answered here only, are left as they are: a file never clears an answer.
//!
//! Notes and verification links (answers file version 2) travel with their answer: a question taken from the file
//! takes its note and link when the file has them; the file's note of a question that has none here is added too.
//! A section's respondent is added when this assessment names none for it.

use crate::sorted_map::SortedMap;

use super::answer_keys::{AnswerKey, Section};
use super::evidence::RespondentField;
use super::{Answers, Edit, Edition};
use crate::sort::sort_by_comparison;

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
    /// Questions whose note or link the file adds (none here), other than those it adds or may replace.
    pub notes: Vec<AnswerKey>,
    /// Sections whose respondent the file adds (none here).
    pub respondents: Vec<Section>,
}

impl MergePlan {
    /// Compares `mine` with `theirs` (the file), question by question.
    pub fn of(edition: &Edition, mine: &Answers, theirs: &Answers) -> MergePlan {
        let mut plan = MergePlan::default();
        for key in AnswerKey::all(edition) {
            match (key.edits(mine), key.edits(theirs)) {
                (_, None) => {}
                (None, Some(_)) => plan.adds.push(key.clone()),
                (Some(m), Some(t)) if m == t => plan.same += 1,
                (Some(_), Some(_)) => plan.conflicts.push(key.clone()),
            }
            let taken = plan.adds.last() == Some(&key) || plan.conflicts.last() == Some(&key);
            if !taken && mine.note(&key).is_none() && theirs.note(&key).is_some() {
                plan.notes.push(key);
            }
        }
        plan.respondents = Section::ALL
            .into_iter()
            .filter(|s| !mine.respondents.contains_key(s) && theirs.respondents.contains_key(s))
            .collect();
        plan
    }

    /// Whether the file brings nothing new.
    pub fn is_empty(&self) -> bool {
        self.adds.is_empty()
            && self.conflicts.is_empty()
            && self.notes.is_empty()
            && self.respondents.is_empty()
    }

    /// The edits of the merge: every addition, and the file's answer of each conflict chosen
    /// [`Side::Theirs`] (a conflict not in `choices` keeps mine), in questionnaire order.
    pub fn edits(&self, theirs: &Answers, choices: &SortedMap<AnswerKey, Side>) -> Vec<Edit> {
        let chosen = |k: &&AnswerKey| choices.get(*k).copied().unwrap_or_default() == Side::Theirs;
        let mut keys: Vec<&AnswerKey> = self
            .adds
            .iter()
            .chain(self.conflicts.iter().filter(chosen))
            .collect();
        sort_by_comparison(&mut keys, |a, b| a.cmp(b));
        let mut out: Vec<Edit> = Vec::new();
        for k in keys {
            out.extend(k.edits(theirs).unwrap_or_default());
            out.extend(note_edits(k, theirs));
        }
        for k in &self.notes {
            out.extend(note_edits(k, theirs));
        }
        for s in &self.respondents {
            let r = theirs.respondents.get(s).cloned().unwrap_or_default();
            for (field, value) in [
                (RespondentField::Name, r.name),
                (RespondentField::Office, r.office),
            ] {
                out.push(Edit::SectionRespondent {
                    section: *s,
                    field,
                    value,
                });
            }
        }
        out
    }
}

/// The edits that give `key` the note and link it has in `theirs` (none when it has none there).
fn note_edits(key: &AnswerKey, theirs: &Answers) -> Vec<Edit> {
    let Some(n) = theirs.note(key) else {
        return Vec::new();
    };
    vec![
        Edit::Note {
            key: key.clone(),
            note: n.note.clone(),
        },
        Edit::Evidence {
            key: key.clone(),
            address: n.evidence.clone(),
        },
    ]
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
    fn notes_travel_with_their_answers_and_respondents_are_added() {
        use crate::model::evidence::{ItemNote, Respondent};
        let e = current();
        let (mut m, mut t) = (mine(), theirs());
        let note = |text: &str| ItemNote {
            note: Some(text.into()),
            evidence: Some(format!("https://example.org/{text}")),
        };
        m.notes.insert(AnswerKey::Anpr, note("mine"));
        t.notes.insert(AnswerKey::Anpr, note("theirs"));
        t.notes
            .insert(AnswerKey::Service("suap".into()), note("suap"));
        t.notes
            .insert(AnswerKey::Service("tari".into()), note("tari"));
        let office = Respondent {
            name: String::new(),
            office: "SUAP".into(),
        };
        t.respondents.insert(Section::Services, office.clone());
        let plan = MergePlan::of(e, &m, &t);
        assert_eq!(
            plan.notes,
            vec![AnswerKey::Service("tari".into())],
            "same answer, new note"
        );
        assert_eq!(plan.respondents, vec![Section::Services]);
        let kept = applied(e, &m, &plan.edits(&t, &SortedMap::new()));
        assert_eq!(
            kept.note(&AnswerKey::Anpr),
            Some(&note("mine")),
            "mine kept with mine"
        );
        assert_eq!(
            kept.note(&AnswerKey::Service("suap".into())),
            Some(&note("suap"))
        );
        assert_eq!(
            kept.note(&AnswerKey::Service("tari".into())),
            Some(&note("tari"))
        );
        assert_eq!(kept.respondents[&Section::Services], office);
        let choices = SortedMap::from([(AnswerKey::Anpr, Side::Theirs)]);
        let theirs_won = applied(e, &m, &plan.edits(&t, &choices));
        assert_eq!(theirs_won.note(&AnswerKey::Anpr), Some(&note("theirs")));
    }

    #[test]
    fn the_chosen_side_of_each_conflict_is_applied_and_nothing_is_cleared() {
        let e = current();
        let (m, t) = (mine(), theirs());
        let plan = MergePlan::of(e, &m, &t);
        // Default: every conflict keeps mine; the additions land.
        let kept = applied(e, &m, &plan.edits(&t, &SortedMap::new()));
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
        let choices = SortedMap::from([
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
