//! Files in and out: the names of exported files, the check that an assessment can be exported as a valid
//! answers file, and the store actions of an import ("add as new" or "replace keeping the old one").

use crate::model::answer_keys::{section_only, Section};
use crate::model::answers_file::{self, FormatError};
use crate::model::typed_values::MAX_NAME_CHARS;
use crate::model::{self, Answers, Lang};
use crate::report::csv;
use crate::report::dates::AssessmentDate;
use crate::report::file_names::file_stem;
use crate::store::{Action, Assessment, Step, Store};

/// The name of the answers file of `answers` dated `date` ([`crate::report::dates::assessment_date`]):
/// `care-<slug>-<year>.json`.
pub fn json_file_name(answers: &Answers, date: Option<AssessmentDate>) -> String {
    format!("{}.json", file_stem(answers, date))
}

/// The name of the scores CSV of `answers` dated `date`: `care-<slug>-<year>.csv`.
pub fn csv_file_name(answers: &Answers, date: Option<AssessmentDate>) -> String {
    format!("{}.csv", file_stem(answers, date))
}

/// The answers file of `answers`, checked by the same parser as an import: an assessment that would give a file
/// this app refuses (an empty comune name, for one) is not exported, and the error says why.
pub fn export_json(answers: &Answers) -> Result<String, FormatError> {
    let text = answers_file::to_json(answers);
    answers_file::parse(&text)?;
    Ok(text)
}

/// The answers file of one section of `answers` for a colleague ([`section_only`]: who is assessed and that
/// section's answers), checked like [`export_json`]; it imports as an assessment of its own and merges back.
pub fn export_section(answers: &Answers, section: Section) -> Result<String, FormatError> {
    let edition = model::edition(&answers.model).unwrap_or_else(model::current);
    export_json(&section_only(edition, answers, section))
}

/// The name of a section's file: `care-<slug>-<year>-<word>-<section>.json` (`word` is "sezione").
pub fn section_file_name(
    answers: &Answers,
    date: Option<AssessmentDate>,
    word: &str,
    section: Section,
) -> String {
    format!("{}-{word}-{}.json", file_stem(answers, date), section.id())
}

/// The scores CSV of `answers` in `lang` (UTF-8 with BOM, `;` in Italian), with the same check as
/// [`export_json`].
pub fn export_csv(answers: &Answers, lang: Lang) -> Result<String, FormatError> {
    export_json(answers)?;
    let edition = model::edition(&answers.model).unwrap_or_else(model::current);
    Ok(csv::to_csv(edition, answers, lang))
}

/// A comune name as compared between assessments: trimmed, runs of white space as one space, case folded.
pub fn name_key(name: &str) -> String {
    crate::model::text_case::lower_case(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The saved assessment of the same comune (by name, ignoring case and spacing) and year as `answers`, the most
/// recently changed when there are several. Assessments without a year match only answers without a year.
pub fn same_comune_year<'a>(store: &'a Store, answers: &Answers) -> Option<&'a Assessment> {
    let key = name_key(&answers.comune.name);
    store
        .assessments
        .iter()
        .filter(|a| {
            name_key(&a.answers.comune.name) == key && a.answers.comune.year == answers.comune.year
        })
        .max_by(|a, b| a.updated_ms.total_cmp(&b.updated_ms))
}

/// A saved assessment whose answers are exactly `answers`, if any.
pub fn identical<'a>(store: &'a Store, answers: &Answers) -> Option<&'a Assessment> {
    store.assessments.iter().find(|a| a.answers == *answers)
}

/// The name given to the kept copy when an import replaces an assessment: the old name and `suffix`, within
/// the 120 characters of a comune name.
pub fn backup_name(name: &str, suffix: &str) -> String {
    let suffix_chars = suffix.chars().count();
    let room = MAX_NAME_CHARS.saturating_sub(suffix_chars);
    let base: String = name.trim().chars().take(room).collect();
    format!("{}{suffix}", base.trim_end())
}

/// What the user chose in the import dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Add the answers as a new assessment.
    AddNew,
    /// Replace the answers of this saved assessment; its previous answers are kept as a copy.
    Replace {
        /// The id of the assessment to replace.
        id: String,
    },
}

/// What an import did, for the message to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A new assessment with this id and name.
    Added {
        /// Its id.
        id: String,
        /// Its comune name.
        name: String,
    },
    /// The assessment `id` was replaced; the old answers are now `backup_id`, named `backup_name`.
    Replaced {
        /// The replaced assessment.
        id: String,
        /// Its (new) comune name.
        name: String,
        /// The copy of the old answers.
        backup_id: String,
        /// The copy's name.
        backup_name: String,
    },
}

/// The action that adds `answers` as a new assessment (never overwriting: the id is fresh), and its id.
pub fn add_action(store: &Store, answers: Answers, now_ms: f64) -> (Action, String) {
    let id = store.fresh_id(seed(now_ms));
    let action = Action::Add(Assessment {
        id: id.clone(),
        answers,
        step: Step::Review,
        updated_ms: now_ms,
        respondent: String::new(),
        stamps: Default::default(),
    });
    (action, id)
}

/// The actions of an import, to dispatch in order, and what they do. A [`ImportChoice::Replace`] of an id that
/// is no longer saved falls back to adding (nothing is lost either way).
pub fn import_actions(
    store: &Store,
    answers: Answers,
    choice: &ImportChoice,
    now_ms: f64,
    backup_suffix: &str,
) -> (Vec<Action>, ImportOutcome) {
    let name = answers.comune.name.clone();
    match choice {
        ImportChoice::Replace { id } if store.get(id).is_some() => {
            let old_name = store.get(id).map(|a| a.answers.comune.name.clone());
            let backup_id = store.fresh_id(seed(now_ms));
            let backup = backup_name(&old_name.unwrap_or_default(), backup_suffix);
            let actions = vec![
                Action::ReplaceKeepingOld {
                    id: id.clone(),
                    answers,
                    backup_id: backup_id.clone(),
                    now_ms,
                },
                Action::Rename {
                    id: backup_id.clone(),
                    name: backup.clone(),
                    now_ms,
                },
            ];
            let outcome = ImportOutcome::Replaced {
                id: id.clone(),
                name,
                backup_id,
                backup_name: backup,
            };
            (actions, outcome)
        }
        _ => {
            let (action, id) = add_action(store, answers, now_ms);
            (vec![action], ImportOutcome::Added { id, name })
        }
    }
}

fn seed(now_ms: f64) -> u64 {
    if now_ms.is_finite() && now_ms > 0.0 {
        now_ms as u64
    } else {
        0
    }
}
