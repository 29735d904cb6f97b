//! The app's state as plain Rust: the saved assessments, the current one, the language, and the notices, with an
//! `Action` per change and [`Store::apply`] as the only way to change it. The web app wraps it in a yew reducer;
//! everything here is tested natively. Persistence (the versioned blob in localStorage) is in [`persist`].

pub mod live_score;
pub mod merge;
pub mod overview;
pub mod persist;
pub mod questions;

use crate::sorted_map::SortedMap;

use crate::model::{Answers, Lang};

pub use crate::model::Edit;

/// The sections of the questionnaire, in order, plus the review step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Step {
    /// The comune: name, ISTAT code, year, who fills it in.
    #[default]
    Comune,
    /// Digital Public Services: the 20 services.
    Services,
    /// Digital PA: pagoPA and its payment types, ANPR.
    DigitalPa,
    /// Digital Openness: open data and social channels.
    Openness,
    /// Review: what is unanswered, with links.
    Review,
}

impl Step {
    /// Every step in order.
    pub const ALL: [Step; 5] = [
        Step::Comune,
        Step::Services,
        Step::DigitalPa,
        Step::Openness,
        Step::Review,
    ];

    /// The stable slug used in URLs and in the saved state.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Comune => "comune",
            Step::Services => "servizi",
            Step::DigitalPa => "pa-digitale",
            Step::Openness => "apertura",
            Step::Review => "revisione",
        }
    }

    /// The step of a slug.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Position, 0-based.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// One saved assessment: a comune in a year, with where the user left off.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// Stable id (unique among the saved assessments).
    pub id: String,
    /// The answers, in the model of the answers file v1.
    pub answers: Answers,
    /// The step the user was on.
    pub step: Step,
    /// Last change, milliseconds since the epoch.
    pub updated_ms: f64,
    /// Who fills it in (a person or an office). Not part of the answers file v1: it stays in this browser's
    /// saved state and is neither exported nor shared.
    pub respondent: String,
    /// When each answer was last changed, in any tab (see [`merge`]): path of the answer → milliseconds.
    pub stamps: SortedMap<String, f64>,
}

impl Assessment {
    /// Applies one edit: the respondent to the assessment, every other edit to its answers (of the current
    /// edition).
    pub fn apply(&mut self, edit: &Edit) {
        match edit {
            Edit::Respondent(who) => self.respondent.clone_from(who),
            _ => edit.apply(crate::model::current(), &mut self.answers),
        }
    }

    /// A new assessment at the first step, with no respondent.
    pub fn new(id: impl Into<String>, answers: Answers, now_ms: f64) -> Assessment {
        Assessment {
            id: id.into(),
            answers,
            step: Step::default(),
            updated_ms: now_ms,
            respondent: String::new(),
            stamps: SortedMap::new(),
        }
    }
}

/// Whether what the user does is kept.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum StorageStatus {
    /// Saved on every change.
    #[default]
    Available,
    /// No localStorage (private mode, disabled): the app works, nothing is kept.
    Unavailable,
    /// The last save failed for lack of space.
    Full,
}

/// A message for the user, shown until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The saved state could not be read, whole or in part (`dropped`: the assessments set aside; empty when
    /// nothing could be read); a raw copy was kept under this storage key.
    CorruptStateKept {
        backup_key: String,
        dropped: Vec<persist::Dropped>,
    },
    /// The saved state could not be read, whole or in part, and there was no room for a copy: it is left where it
    /// is and nothing is saved until the copy can be written.
    CorruptStateNotCopied { dropped: Vec<persist::Dropped> },
    /// An assessment was deleted; it can be restored with [`Action::UndoDelete`].
    Deleted { name: String },
    /// The assessment open in this tab was deleted in another tab; it can be brought back with
    /// [`Action::Restore`].
    DeletedElsewhere { assessment: Box<Assessment> },
    /// Answers of the assessment open in this tab were changed in another tab; `previous` holds what this tab
    /// showed before (see [`merge::restore_leaves`]).
    ChangedElsewhere {
        id: String,
        name: String,
        previous: merge::Leaves,
    },
    /// Free text, already localised.
    Info(String),
}

/// The whole state of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    /// The interface language.
    pub lang: Lang,
    /// The saved assessments, most recent first is up to the views.
    pub assessments: Vec<Assessment>,
    /// The id of the assessment being worked on.
    pub current: Option<String>,
    /// Whether saving works.
    pub storage: StorageStatus,
    /// The last deleted assessment and its position, for undo.
    pub trash: Option<(usize, Assessment)>,
    /// Messages for the user.
    pub notices: Vec<Notice>,
    /// The assessments deleted, with the time of the latest change they had then (see [`merge`]).
    pub deleted: SortedMap<String, f64>,
    /// Counts the merges whose result the saved state lacks: a change of it makes the app save even when this
    /// tab's own state did not change.
    pub unsaved_merges: u32,
}

impl Default for Store {
    fn default() -> Self {
        Store {
            lang: Lang::It,
            assessments: Vec::new(),
            current: None,
            storage: StorageStatus::Available,
            trash: None,
            notices: Vec::new(),
            deleted: SortedMap::new(),
            unsaved_merges: 0,
        }
    }
}

/// Every change to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switches the interface language.
    SetLang(Lang),
    /// Creates an empty assessment and makes it current.
    Create {
        id: String,
        name: String,
        now_ms: f64,
    },
    /// Makes an assessment current.
    Select(String),
    /// Renames an assessment (the comune name).
    Rename {
        id: String,
        name: String,
        now_ms: f64,
    },
    /// Copies an assessment under a new id and makes the copy current.
    Duplicate {
        id: String,
        new_id: String,
        now_ms: f64,
    },
    /// Deletes an assessment (undoable once).
    Delete(String),
    /// Restores the last deleted assessment.
    UndoDelete,
    /// Replaces the answers of the current assessment.
    SetAnswers { answers: Answers, now_ms: f64 },
    /// Changes one answer of the current assessment.
    Edit { edit: Edit, now_ms: f64 },
    /// Changes several answers of the current assessment at once, in order (a merged file: one change to save
    /// and to undo).
    Edits { edits: Vec<Edit>, now_ms: f64 },
    /// Combines the state saved by another tab of the app with this one, answer by answer (see [`merge`]),
    /// keeping this tab's open assessment (unless deleted there), notices, storage status and undo.
    Merge(Box<Store>),
    /// Brings back an assessment deleted in another tab, and opens it.
    Restore(Box<Assessment>),
    /// Puts back the answers this tab showed before another tab changed them (the notice's `previous`).
    RestoreAnswers {
        id: String,
        previous: merge::Leaves,
        now_ms: f64,
    },
    /// Moves the current assessment to a step.
    SetStep(Step),
    /// Adds an assessment (from an import or a share link) and makes it current.
    Add(Assessment),
    /// Replaces the answers of an existing assessment with imported ones; the previous answers are kept as a
    /// new assessment so they stay recoverable.
    ReplaceKeepingOld {
        id: String,
        answers: Answers,
        backup_id: String,
        now_ms: f64,
    },
    /// Records whether saving works.
    SetStorage(StorageStatus),
    /// An unreadable state that had no room for its copy was copied at last, under this key.
    SetAside { backup_key: String },
    /// Shows a notice.
    Notify(Notice),
    /// Removes the notice at this index.
    Dismiss(usize),
}

impl Store {
    /// The assessment being worked on.
    pub fn current(&self) -> Option<&Assessment> {
        let id = self.current.as_deref()?;
        self.assessments.iter().find(|a| a.id == id)
    }

    /// An assessment by id.
    pub fn get(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    fn get_mut(&mut self, id: &str) -> Option<&mut Assessment> {
        self.assessments.iter_mut().find(|a| a.id == id)
    }

    /// An id not used by any saved assessment, derived from `seed` (e.g. a timestamp).
    pub fn fresh_id(&self, seed: u64) -> String {
        let mut n = seed;
        loop {
            let id = format!("a{n:x}");
            if self.get(&id).is_none() && self.trash.as_ref().is_none_or(|(_, a)| a.id != id) {
                return id;
            }
            n = n.wrapping_add(1);
        }
    }

    /// Changes an assessment at `now_ms`, recording which answers changed (see [`merge`]).
    fn change(&mut self, id: &str, now_ms: f64, f: impl FnOnce(&mut Assessment)) {
        if let Some(a) = self.get_mut(id) {
            let before = merge::leaves(a);
            f(a);
            a.updated_ms = now_ms;
            merge::stamp(a, &before, now_ms);
        }
    }

    /// Applies one action. Actions that name a missing assessment change nothing.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::Create { id, name, now_ms } => {
                self.assessments
                    .push(Assessment::new(id.clone(), Answers::new(name), now_ms));
                self.current = Some(id);
            }
            Action::Select(id) => {
                if self.get(&id).is_some() {
                    self.current = Some(id);
                }
            }
            Action::Rename { id, name, now_ms } => {
                self.change(&id, now_ms, |a| a.answers.comune.name = name);
            }
            Action::Duplicate { id, new_id, now_ms } => {
                if let Some(a) = self.get(&id).cloned() {
                    let copy = Assessment {
                        id: new_id.clone(),
                        updated_ms: now_ms,
                        ..a
                    };
                    self.assessments.push(copy);
                    self.current = Some(new_id);
                }
            }
            Action::Delete(id) => {
                if let Some(pos) = self.assessments.iter().position(|a| a.id == id) {
                    let removed = self.assessments.remove(pos);
                    merge::remember_deleted(self, &removed);
                    if self.current.as_deref() == Some(id.as_str()) {
                        self.current = None;
                    }
                    self.notices
                        .retain(|n| !matches!(n, Notice::Deleted { .. }));
                    self.notices.push(Notice::Deleted {
                        name: removed.answers.comune.name.clone(),
                    });
                    self.trash = Some((pos, removed));
                }
            }
            Action::UndoDelete => {
                if let Some((pos, mut a)) = self.trash.take() {
                    let pos = pos.min(self.assessments.len());
                    merge::revive(&mut a);
                    self.deleted.remove(&a.id);
                    if self.current.is_none() {
                        self.current = Some(a.id.clone());
                    }
                    self.assessments.insert(pos, a);
                    self.notices
                        .retain(|n| !matches!(n, Notice::Deleted { .. }));
                }
            }
            Action::SetAnswers { answers, now_ms } => {
                if let Some(id) = self.current.clone() {
                    self.change(&id, now_ms, |a| a.answers = answers);
                }
            }
            Action::Edit { edit, now_ms } => {
                if let Some(id) = self.current.clone() {
                    self.change(&id, now_ms, |a| a.apply(&edit));
                }
            }
            Action::Edits { edits, now_ms } => {
                if let Some(id) = self.current.clone() {
                    self.change(&id, now_ms, |a| edits.iter().for_each(|e| a.apply(e)));
                }
            }
            Action::Merge(saved) => {
                if merge::merge_into(self, *saved) {
                    self.unsaved_merges = self.unsaved_merges.wrapping_add(1);
                }
            }
            Action::Restore(a) => {
                let mut a = *a;
                merge::revive(&mut a);
                self.deleted.remove(&a.id);
                self.notices.retain(|n| {
                    !matches!(n, Notice::DeletedElsewhere { assessment } if assessment.id == a.id)
                });
                let id = a.id.clone();
                if self.get(&id).is_none() {
                    self.assessments.push(a);
                }
                self.current = Some(id);
            }
            Action::RestoreAnswers {
                id,
                previous,
                now_ms,
            } => {
                let back = self
                    .get(&id)
                    .and_then(|a| merge::restore_leaves(a, &previous));
                if let Some(back) = back {
                    self.change(&id, now_ms, |a| *a = back);
                }
                self.notices.retain(
                    |n| !matches!(n, Notice::ChangedElsewhere { id: other, .. } if *other == id),
                );
            }
            Action::SetStep(step) => {
                if let Some(id) = self.current.clone() {
                    if let Some(a) = self.get_mut(&id) {
                        a.step = step;
                    }
                }
            }
            Action::Add(a) => {
                let id = a.id.clone();
                if self.get(&id).is_none() {
                    self.assessments.push(a);
                    self.current = Some(id);
                }
            }
            Action::ReplaceKeepingOld {
                id,
                answers,
                backup_id,
                now_ms,
            } => {
                if let Some(old) = self.get(&id).cloned() {
                    if self.get(&backup_id).is_none() {
                        self.assessments.push(Assessment {
                            id: backup_id,
                            ..old
                        });
                    }
                    self.change(&id, now_ms, |a| a.answers = answers);
                    self.current = Some(id);
                }
            }
            Action::SetStorage(status) => self.storage = status,
            Action::SetAside { backup_key } => {
                for n in &mut self.notices {
                    if let Notice::CorruptStateNotCopied { dropped } = n {
                        *n = Notice::CorruptStateKept {
                            backup_key: backup_key.clone(),
                            dropped: std::mem::take(dropped),
                        };
                    }
                }
            }
            Action::Notify(n) => {
                if !self.notices.contains(&n) {
                    self.notices.push(n);
                }
            }
            Action::Dismiss(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with(names: &[&str]) -> Store {
        let mut s = Store::default();
        for (i, n) in names.iter().enumerate() {
            s.apply(Action::Create {
                id: format!("id{i}"),
                name: n.to_string(),
                now_ms: i as f64,
            });
        }
        s
    }

    #[test]
    fn create_makes_the_new_assessment_current() {
        let s = store_with(&["Siena", "Lucca"]);
        assert_eq!(s.assessments.len(), 2);
        assert_eq!(s.current().unwrap().answers.comune.name, "Lucca");
    }

    #[test]
    fn delete_then_undo_restores_at_the_same_place() {
        let mut s = store_with(&["Siena", "Lucca", "Pisa"]);
        s.apply(Action::Select("id1".into()));
        s.apply(Action::Delete("id1".into()));
        assert_eq!(s.assessments.len(), 2);
        assert!(s.current.is_none());
        assert!(matches!(&s.notices[0], Notice::Deleted { name } if name == "Lucca"));
        s.apply(Action::UndoDelete);
        assert_eq!(s.assessments[1].answers.comune.name, "Lucca");
        assert_eq!(s.current.as_deref(), Some("id1"));
        assert!(s.notices.is_empty());
    }

    #[test]
    fn duplicate_copies_answers_under_a_new_id() {
        let mut s = store_with(&["Siena"]);
        s.apply(Action::SetStep(Step::Openness));
        s.apply(Action::Duplicate {
            id: "id0".into(),
            new_id: "copy".into(),
            now_ms: 9.0,
        });
        let copy = s.current().unwrap();
        assert_eq!(copy.id, "copy");
        assert_eq!(copy.answers, s.get("id0").unwrap().answers);
        assert_eq!(copy.step, Step::Openness);
    }

    #[test]
    fn replace_keeps_the_old_answers_recoverable() {
        let mut s = store_with(&["Siena"]);
        let mut imported = Answers::default();
        imported.comune.name = "Siena (importato)".into();
        s.apply(Action::ReplaceKeepingOld {
            id: "id0".into(),
            answers: imported,
            backup_id: "bak".into(),
            now_ms: 5.0,
        });
        assert_eq!(
            s.get("id0").unwrap().answers.comune.name,
            "Siena (importato)"
        );
        assert_eq!(s.get("bak").unwrap().answers.comune.name, "Siena");
    }

    #[test]
    fn fresh_ids_are_unique() {
        let mut s = store_with(&["Siena"]);
        let a = s.fresh_id(1);
        s.apply(Action::Create {
            id: a.clone(),
            name: "x".into(),
            now_ms: 0.0,
        });
        assert_ne!(s.fresh_id(1), a);
    }

    #[test]
    fn edits_change_the_current_assessment_only_and_date_it() {
        let mut s = store_with(&["Siena", "Lucca"]);
        s.apply(Action::Edit {
            edit: Edit::Year(Some(2025)),
            now_ms: 42.0,
        });
        assert_eq!(s.get("id1").unwrap().answers.comune.year, Some(2025));
        assert_eq!(s.get("id1").unwrap().updated_ms, 42.0);
        assert_eq!(s.get("id0").unwrap().answers.comune.year, None);
        s.apply(Action::Edit {
            edit: Edit::Respondent("Ufficio transizione digitale".into()),
            now_ms: 43.0,
        });
        assert_eq!(
            s.get("id1").unwrap().respondent,
            "Ufficio transizione digitale"
        );
        assert_eq!(
            s.get("id1").unwrap().step,
            Step::Comune,
            "edits do not move the step"
        );
        s.current = None;
        let before = s.clone();
        s.apply(Action::Edit {
            edit: Edit::Year(Some(2030)),
            now_ms: 44.0,
        });
        assert_eq!(s, before, "no current assessment: nothing changes");
    }

    #[test]
    fn two_quick_edits_both_land() {
        // The reducer applies edits to the answers it holds: a second edit made from the same (stale) view
        // cannot undo the first, as a whole-answers replacement would.
        let mut s = store_with(&["Siena"]);
        for (service, level) in [("imu", 2), ("tari", 3)] {
            s.apply(Action::Edit {
                edit: Edit::Level {
                    service: service.into(),
                    level: crate::model::LevelAnswer::Level(level),
                },
                now_ms: 1.0,
            });
        }
        let a = &s.current().unwrap().answers;
        assert_eq!(a.services.len(), 2);
    }

    #[test]
    fn merge_takes_the_other_tabs_assessments_and_keeps_this_tabs_messages() {
        let mut here = store_with(&["Siena"]);
        here.apply(Action::Notify(Notice::Info("ciao".into())));
        here.storage = StorageStatus::Full;
        let mut other = here.clone();
        other.apply(Action::Create {
            id: "id1".into(),
            name: "Lucca".into(),
            now_ms: 5.0,
        });
        other.apply(Action::SetLang(Lang::En));
        here.apply(Action::Merge(Box::new(other.clone())));
        assert_eq!(here.assessments, other.assessments);
        assert_eq!(here.current.as_deref(), Some("id0"), "this tab's open one");
        assert_eq!(here.lang, Lang::En);
        assert_eq!(here.notices.len(), 1);
        assert_eq!(here.storage, StorageStatus::Full);
        assert_eq!(here.unsaved_merges, 0, "nothing the other tab lacks");
    }

    #[test]
    fn duplicate_keeps_the_respondent() {
        let mut s = store_with(&["Siena"]);
        s.apply(Action::Edit {
            edit: Edit::Respondent("Maria Rossi".into()),
            now_ms: 2.0,
        });
        s.apply(Action::Duplicate {
            id: "id0".into(),
            new_id: "c".into(),
            now_ms: 3.0,
        });
        assert_eq!(s.current().unwrap().respondent, "Maria Rossi");
    }

    #[test]
    fn steps_round_trip_through_slugs() {
        for st in Step::ALL {
            assert_eq!(Step::from_slug(st.slug()), Some(st));
        }
        assert_eq!(Step::from_slug("nope"), None);
    }
}
