//! One line per saved assessment for the list of assessments: who, when, how complete, what score. Pure.

use crate::model::{current, edition, score, Class, Count};

use super::questions::shown_score;
use super::{Assessment, Store};

/// What the list of saved assessments shows of one assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    /// The assessment's id.
    pub id: String,
    /// The comune's name (may be empty).
    pub name: String,
    /// The year assessed.
    pub year: Option<u16>,
    /// Who fills it in.
    pub respondent: String,
    /// Last change, milliseconds since the epoch.
    pub updated_ms: f64,
    /// Questions answered and asked: the model's `Scores::progress`, as in the questionnaire.
    pub progress: Count,
    /// The Ca.Re index as shown, when all three dimensions are defined.
    pub care: Option<u32>,
    /// The class, provisional unless `complete`.
    pub class: Option<Class>,
    /// Every question answered.
    pub complete: bool,
    /// The one being worked on.
    pub is_current: bool,
}

impl Overview {
    /// Completeness in percent, rounded down (so 99.9 % is not shown as 100 %), as the questionnaire shows it.
    pub fn percent(&self) -> u32 {
        self.progress.percent()
    }
}

/// The overview of one assessment.
pub fn overview(a: &Assessment, is_current: bool) -> Overview {
    let ed = edition(&a.answers.model).unwrap_or_else(current);
    let sc = score(ed, &a.answers);
    Overview {
        id: a.id.clone(),
        name: a.answers.comune.name.clone(),
        year: a.answers.comune.year,
        respondent: a.respondent.clone(),
        updated_ms: a.updated_ms,
        progress: sc.progress.total,
        care: sc.care.map(shown_score),
        class: sc.class,
        complete: sc.complete,
        is_current,
    }
}

/// A name for a copy: `Siena` -> `Siena (copia)`, `Siena (copia)` -> `Siena (copia 2)`, and so on, unused among
/// the saved assessments; `copy_word` is the localised word.
pub fn copy_name(store: &Store, name: &str, copy_word: &str) -> String {
    let base = name.trim();
    let taken = |n: &str| store.assessments.iter().any(|a| a.answers.comune.name == n);
    let stem = strip_copy_suffix(base, copy_word);
    let mut candidate = format!("{stem} ({copy_word})");
    let mut k = 2;
    while taken(&candidate) {
        candidate = format!("{stem} ({copy_word} {k})");
        k += 1;
    }
    // Names are at most 120 characters: cut the stem, not the suffix.
    if candidate.chars().count() > crate::model::typed_values::MAX_NAME_CHARS {
        let suffix = &candidate[stem.len()..];
        let room =
            crate::model::typed_values::MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
        let cut: String = stem.chars().take(room).collect();
        candidate = format!("{}{suffix}", cut.trim_end());
    }
    candidate
}

fn strip_copy_suffix<'a>(name: &'a str, copy_word: &str) -> &'a str {
    if let Some(rest) = name.strip_suffix(')') {
        if let Some(pos) = rest.rfind(&format!(" ({copy_word}")) {
            let tail = &rest[pos + copy_word.len() + 2..];
            if tail.is_empty() || tail.trim_start().chars().all(|c| c.is_ascii_digit()) {
                return &name[..pos];
            }
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LevelAnswer;
    use crate::store::{Action, Edit};

    fn store() -> Store {
        let mut s = Store::default();
        for (i, n) in ["Siena", "Lucca"].iter().enumerate() {
            s.apply(Action::Create {
                id: format!("id{i}"),
                name: n.to_string(),
                now_ms: 10.0 * i as f64,
            });
        }
        s
    }

    #[test]
    fn completeness_of_each_assessment() {
        let mut s = store();
        s.apply(Action::Select("id0".into()));
        s.apply(Action::Edit {
            edit: Edit::Level {
                service: "imu".into(),
                level: LevelAnswer::Level(4),
            },
            now_ms: 99.0,
        });
        let v: Vec<Overview> = s
            .assessments
            .iter()
            .map(|a| overview(a, s.current.as_deref() == Some(a.id.as_str())))
            .collect();
        assert_eq!(v[0].name, "Siena");
        assert_eq!(v[0].updated_ms, 99.0, "the change time of the last edit");
        assert!(v[0].is_current);
        assert!(!v[1].is_current);
        // imu at level 4, its flags answered "no" by the level: one question of 44; the name is not counted.
        assert_eq!(
            v[0].progress,
            Count {
                answered: 1,
                total: 44
            }
        );
        assert_eq!(v[0].percent(), 2);
        assert_eq!(v[0].care, None, "DPA and DO are not defined yet");
        assert_eq!(v[1].progress.answered, 0);
    }

    #[test]
    fn a_complete_assessment_has_a_score_and_a_final_class() {
        let text = include_str!("../../assets/examples/small-comune.json");
        let answers = crate::model::answers_file::parse(text).unwrap();
        let a = Assessment::new("x", answers, 0.0);
        let o = overview(&a, false);
        assert!(o.complete);
        assert_eq!(o.percent(), 100);
        assert!(o.care.is_some());
        assert_eq!(o.class, Some(Class::Stacco));
    }

    #[test]
    fn copies_get_a_fresh_name() {
        let mut s = store();
        assert_eq!(copy_name(&s, "Siena", "copia"), "Siena (copia)");
        s.apply(Action::Create {
            id: "c".into(),
            name: "Siena (copia)".into(),
            now_ms: 1.0,
        });
        assert_eq!(copy_name(&s, "Siena", "copia"), "Siena (copia 2)");
        assert_eq!(copy_name(&s, "Siena (copia)", "copia"), "Siena (copia 2)");
        assert_eq!(copy_name(&s, "Siena (copy 3)", "copy"), "Siena (copy)");
        assert_eq!(
            copy_name(&s, "Torre (del Lago)", "copia"),
            "Torre (del Lago) (copia)"
        );
        let long = "x".repeat(120);
        let c = copy_name(&s, &long, "copia");
        assert_eq!(c.chars().count(), 120);
        assert!(c.ends_with(" (copia)"));
    }
}
