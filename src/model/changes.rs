//! What changed between two assessments of one comune, question by question, and the effect of each change on
//! the scores: the changes are applied to a copy of the older answers one at a time, in questionnaire order, and
//! the scores are computed by [`super::score`] after each; a change's effect is the difference from the step
//! before, so the effects of all the changes add up to the whole difference between the two assessments.

use super::answer_keys::AnswerKey;
use super::{score, Answers, Edition, Scores};

/// The change of each score, `None` when the score is undefined before or after.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Deltas {
    /// Digital Public Services.
    pub dps: Option<f64>,
    /// Digital PA.
    pub dpa: Option<f64>,
    /// Digital Openness.
    pub do_: Option<f64>,
    /// The composite Ca.Re index.
    pub care: Option<f64>,
}

impl Deltas {
    /// `after` minus `before`, score by score.
    pub fn between(before: &Scores, after: &Scores) -> Deltas {
        let d = |a: Option<f64>, b: Option<f64>| Some(b? - a?);
        Deltas {
            dps: d(before.dps, after.dps),
            dpa: d(before.dpa, after.dpa),
            do_: d(before.do_, after.do_),
            care: d(before.care, after.care),
        }
    }

    /// The four values in the order DPS, DPA, DO, Ca.Re.
    pub fn all(&self) -> [Option<f64>; 4] {
        [self.dps, self.dpa, self.do_, self.care]
    }
}

/// One question answered differently in the newer assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The question.
    pub key: AnswerKey,
    /// Its effect on each score, applied after the changes before it.
    pub effect: Deltas,
}

/// Every question answered differently in `new` than in `old` (answered, unanswered, or another answer), in
/// questionnaire order, with its effect on the scores (both scored with `edition`).
pub fn changes(edition: &Edition, old: &Answers, new: &Answers) -> Vec<Change> {
    let mut current = old.clone();
    let mut before = score(edition, &current);
    let mut out = Vec::new();
    for key in AnswerKey::all(edition) {
        if key.same_in(old, new) {
            continue;
        }
        key.copy(new, &mut current);
        let after = score(edition, &current);
        out.push(Change {
            effect: Deltas::between(&before, &after),
            key,
        });
        before = after;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{current, Anpr, ServiceAnswer, SocialStatus};

    fn year(n: u8) -> Answers {
        let mut a = Answers::new("Siena");
        for s in &current().services {
            a.services.insert(s.id.clone(), ServiceAnswer::level(n));
        }
        a.pagopa.active = Some(true);
        a.anpr = Some(Anpr::InProgress);
        a.social.insert("x".into(), SocialStatus::Active);
        a.open_data.datasets = Some(10);
        a
    }

    #[test]
    fn nothing_changed_gives_no_change() {
        assert!(changes(current(), &year(2), &year(2)).is_empty());
    }

    #[test]
    fn each_change_has_its_effect_and_the_effects_add_up() {
        let e = current();
        let old = year(1);
        let mut new = year(1);
        new.services.insert("imu".into(), ServiceAnswer::level(4));
        new.anpr = Some(Anpr::Completed);
        new.social.remove("x");
        let list = changes(e, &old, &new);
        let keys: Vec<AnswerKey> = list.iter().map(|c| c.key.clone()).collect();
        assert_eq!(
            keys,
            [
                AnswerKey::Service("imu".into()),
                AnswerKey::Anpr,
                AnswerKey::Social("x".into())
            ]
        );
        let imu = list[0].effect;
        assert!(imu.dps.unwrap() > 0.0);
        assert_eq!(
            imu.dpa,
            Some(0.0),
            "a level under 3 leaves SPID/CIE shares alone"
        );
        assert_eq!(imu.do_, Some(0.0));
        assert!(list[1].effect.dpa.unwrap() > 0.0, "ANPR completed");
        assert_eq!(list[1].effect.dps, Some(0.0));
        // The social network made unanswered: DO loses its only social answer.
        assert_ne!(list[2].effect.do_, Some(0.0));
        let (a, b) = (score(e, &old), score(e, &new));
        let total = Deltas::between(&a, &b);
        for i in 0..4 {
            let sum: f64 = list.iter().map(|c| c.effect.all()[i].unwrap()).sum();
            assert!((sum - total.all()[i].unwrap()).abs() < 1e-9, "score {i}");
        }
    }

    #[test]
    fn an_undefined_score_gives_no_delta() {
        let old = Answers::new("Siena");
        let mut new = Answers::new("Siena");
        new.anpr = Some(Anpr::Completed);
        let list = changes(current(), &old, &new);
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].effect.dpa, None, "DPA undefined before");
        assert_eq!(list[0].effect.care, None);
    }
}
