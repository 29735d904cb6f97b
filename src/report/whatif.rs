//! The what-if simulation as plain Rust: a copy of the answers, changed only by [`Edit`]s (the questionnaire's
//! own changes, with the same rules) or by the suggested plan (whose steps are edits too), never saved; and how
//! many answers the copy changes from the saved ones.

use crate::model::{Answers, Edit, Edition};

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

/// The simulated copy, `None` when no simulation is on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Simulation {
    /// The copy of the answers.
    pub copy: Option<Answers>,
}

impl Simulation {
    /// Applies one change.
    pub fn apply(&mut self, edition: &Edition, action: SimAction) {
        match action {
            SimAction::Begin(answers) => self.copy = Some(answers),
            SimAction::End => self.copy = None,
            SimAction::Edit(edit) => {
                if let Some(copy) = &mut self.copy {
                    edit.apply(edition, copy);
                }
            }
            SimAction::Plan(changes) => {
                if let Some(copy) = &mut self.copy {
                    *copy = plan::apply(edition, copy, &changes);
                }
            }
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
}
