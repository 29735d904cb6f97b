//! The what-if simulation as plain Rust: a copy of the answers, changed only by [`Edit`]s (the questionnaire's
//! own changes, with the same rules) or by the suggested plan (whose steps are edits too), never saved; how many
//! answers the copy changes from the saved ones; and what the last action did, in words ("Applicati 2 passi del
//! piano: …"), for the message the page moves the focus to.

use crate::i18n::strings;
use crate::model::{Answers, Edit, Edition, Lang};

use super::advice::change_text;
use super::plan::{self, Change};

/// A change to the simulation.
#[derive(Clone, Debug, PartialEq)]
pub enum SimAction {
    /// Start, or start again from: the copy becomes these answers (the saved ones).
    Begin(Answers),
    /// The end of the simulation: no copy.
    End,
    /// One change to one answer of the copy (ignored when no simulation is on).
    Edit(Edit),
    /// The suggested plan applied to the copy (ignored when no simulation is on).
    Plan(Vec<Change>),
}

/// What the last action on the simulation did, when it is worth a message (an edit of one answer is seen in the
/// control and in the live score, and clears the message).
#[derive(Clone, Debug, PartialEq)]
pub enum SimNotice {
    /// The copy went back to the saved answers.
    Reset,
    /// The suggested plan was applied to the copy: its changes, in its order.
    PlanApplied(Vec<Change>),
}

/// The simulated copy, `None` when no simulation is on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Simulation {
    /// The copy of the answers.
    pub copy: Option<Answers>,
    /// What the last action did, if it is worth saying.
    pub notice: Option<SimNotice>,
}

impl Simulation {
    /// Applies one change.
    pub fn apply(&mut self, edition: &Edition, action: SimAction) {
        let on = self.copy.is_some();
        self.notice = None;
        match action {
            SimAction::Begin(answers) => {
                self.notice = on.then_some(SimNotice::Reset);
                self.copy = Some(answers);
            }
            SimAction::End => self.copy = None,
            SimAction::Edit(edit) => {
                if let Some(copy) = &mut self.copy {
                    edit.apply(edition, copy);
                }
            }
            SimAction::Plan(changes) => {
                if let Some(copy) = &mut self.copy {
                    *copy = plan::apply(edition, copy, &changes);
                    self.notice = Some(SimNotice::PlanApplied(changes));
                }
            }
        }
    }
}

/// A notice in words, in the plan's own words for an applied plan: "Applicati 2 passi del piano: IMU: calcolo e
/// pagamento: dal livello 2 al livello 3, con accesso SPID e CIE; Subentro in ANPR: da … a …." (the count is the
/// plan's steps, as its lead says them; each change is the sentence of its line in the plan).
pub fn notice_text(edition: &Edition, notice: &SimNotice, lang: Lang) -> String {
    let r = &strings(lang).results();
    match notice {
        SimNotice::Reset => r.whatif_reset_done.to_string(),
        SimNotice::PlanApplied(changes) => {
            let steps: u32 = changes.iter().map(|c| c.steps).sum();
            let list = changes
                .iter()
                .map(|c| change_text(edition, c, lang))
                .collect::<Vec<_>>()
                .join("; ");
            r.whatif_plan_applied.fill(steps as usize, &[&list])
        }
    }
}

/// The number of questions whose answer differs between `saved` and `copy` (a service's level, SPID and CIE
/// count separately).
pub fn changed_answers(edition: &Edition, saved: &Answers, copy: &Answers) -> usize {
    let mut n = 0;
    for s in &edition.services {
        let (a, b) = (saved.services.get(&s.id), copy.services.get(&s.id));
        n += usize::from(a.map(|x| x.level) != b.map(|x| x.level));
        n += usize::from(a.and_then(|x| x.spid) != b.and_then(|x| x.spid));
        n += usize::from(a.and_then(|x| x.cie) != b.and_then(|x| x.cie));
    }
    n += usize::from(saved.pagopa.active != copy.pagopa.active);
    for p in &edition.payment_types {
        n += usize::from(saved.pagopa.payments.get(&p.id) != copy.pagopa.payments.get(&p.id));
    }
    n += usize::from(saved.anpr != copy.anpr);
    let (a, b) = (&saved.open_data, &copy.open_data);
    n += usize::from(a.datasets != b.datasets);
    n += usize::from(a.open_format_share != b.open_format_share);
    n += usize::from(a.licence != b.licence);
    n += usize::from(a.dcat_harvested != b.dcat_harvested);
    n += usize::from(a.api_or_bulk != b.api_or_bulk);
    for s in &edition.social_networks {
        n += usize::from(saved.social.get(&s.id) != copy.social.get(&s.id));
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{current, Anpr, LevelAnswer, ServiceAnswer};

    #[test]
    fn counts_each_changed_question() {
        let e = current();
        let mut a = Answers::new("X");
        a.services.insert("imu".into(), ServiceAnswer::level(2));
        a.anpr = Some(Anpr::InProgress);
        assert_eq!(changed_answers(e, &a, &a.clone()), 0);
        let mut b = a.clone();
        b.services
            .insert("imu".into(), ServiceAnswer::online(3, true, true));
        b.anpr = Some(Anpr::Completed);
        assert_eq!(changed_answers(e, &a, &b), 4);
    }

    #[test]
    fn edits_change_the_copy_only_while_the_simulation_is_on() {
        let e = current();
        let saved = Answers::new("X").with_level("imu", LevelAnswer::Level(1));
        let mut sim = Simulation::default();
        sim.apply(e, SimAction::Edit(Edit::Anpr(Anpr::Completed)));
        assert_eq!(sim.copy, None, "no simulation: nothing to change");
        sim.apply(e, SimAction::Begin(saved.clone()));
        sim.apply(e, SimAction::Edit(Edit::Anpr(Anpr::Completed)));
        sim.apply(
            e,
            SimAction::Edit(Edit::Level {
                service: "imu".into(),
                level: LevelAnswer::Level(3),
            }),
        );
        let copy = sim.copy.clone().unwrap();
        assert_eq!(copy.anpr, Some(Anpr::Completed));
        assert_eq!(copy.services["imu"], ServiceAnswer::online(3, false, false));
        assert_eq!(changed_answers(e, &saved, &copy), 4);
        sim.apply(e, SimAction::Begin(saved.clone()));
        assert_eq!(sim.copy.as_ref(), Some(&saved), "reset");
        sim.apply(e, SimAction::End);
        assert_eq!(sim.copy, None);
    }

    #[test]
    fn the_plan_applied_is_told_in_the_plan_s_words_and_an_edit_clears_the_notice() {
        use crate::report::advice::change_text;
        use crate::report::plan::{next_class, Outcome};
        let e = current();
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/examples/small-comune.json"
        ))
        .unwrap();
        let saved = crate::model::answers_file::parse(&text).unwrap();
        let Outcome::Found(p) = next_class(e, &saved) else {
            panic!("small-comune has a plan");
        };
        let mut sim = Simulation::default();
        sim.apply(e, SimAction::Begin(saved.clone()));
        assert_eq!(sim.notice, None, "start: nothing to say");
        sim.apply(e, SimAction::Plan(p.changes.clone()));
        let notice = sim.notice.clone().expect("a notice");
        let said = notice_text(e, &notice, Lang::It);
        let lines: Vec<String> = p
            .changes
            .iter()
            .map(|c| change_text(e, c, Lang::It))
            .collect();
        assert_eq!(
            said,
            format!(
                "Applicati {} passi del piano: {}.",
                p.steps,
                lines.join("; ")
            )
        );
        // The count is the plan's steps, not the answers changed (a service going online changes three).
        assert!(p.steps >= 2);
        sim.apply(e, SimAction::Edit(Edit::Anpr(Anpr::Completed)));
        assert_eq!(sim.notice, None, "an edit clears it");
        sim.apply(e, SimAction::Begin(saved));
        assert_eq!(
            notice_text(e, sim.notice.as_ref().unwrap(), Lang::En),
            "Simulation back to the saved answers."
        );
        sim.apply(e, SimAction::End);
        assert_eq!(sim.notice, None);
    }
}
