//! One edit path: the what-if simulation, the questionnaire (the store) and the improvement plan change answers
//! through the same `Edit`, with the same SPID/CIE rule, so the same change gives the same answers and scores.

mod examples_support;

use examples_support::example;

use care::model::typed_values::{parse_datasets, FieldError};
use care::model::{self, score, Answers, Edit, LevelAnswer, ServiceAnswer};
use care::report::plan::{self, Knob, Setting};
use care::report::whatif::{SimAction, Simulation};
use care::store::{Action, Store};

/// The answers after the questionnaire sends `edits` for the assessment holding `answers`.
fn through_the_questionnaire(answers: &Answers, edits: &[Edit]) -> Answers {
    let mut store = Store::default();
    store.apply(Action::Create {
        id: "a".into(),
        name: answers.comune.name.clone(),
        now_ms: 0.0,
    });
    store.apply(Action::SetAnswers {
        answers: answers.clone(),
        now_ms: 0.0,
    });
    for edit in edits {
        store.apply(Action::Edit {
            edit: edit.clone(),
            now_ms: 1.0,
        });
    }
    store.current().unwrap().answers.clone()
}

fn through_the_simulation(answers: &Answers, edits: &[Edit]) -> Answers {
    let e = model::current();
    let mut sim = Simulation::default();
    sim.apply(e, SimAction::Begin(answers.clone()));
    for edit in edits {
        sim.apply(e, SimAction::Edit(edit.clone()));
    }
    sim.copy.unwrap()
}

#[test]
fn a_service_going_online_in_the_simulation_scores_like_in_the_questionnaire() {
    // small-comune is complete; "Occupazione di suolo pubblico" is at level 1. Set to level 4 in a simulation,
    // it used to leave SPID and CIE unanswered: "provvisorio — Mancano 2 risposte su 62".
    let e = model::current();
    let saved = example("small-comune.json");
    assert!(score(e, &saved).complete);
    assert_eq!(saved.services["suolo-pubblico"], ServiceAnswer::level(1));
    let to_4 = [Edit::Level {
        service: "suolo-pubblico".into(),
        level: LevelAnswer::Level(4),
    }];
    let simulated = through_the_simulation(&saved, &to_4);
    let s = score(e, &simulated);
    assert!(s.complete, "not provisional");
    assert!(s.missing.is_empty(), "{:?}", s.missing);
    assert_eq!(
        simulated.services["suolo-pubblico"],
        ServiceAnswer::online(4, false, false),
        "the unticked boxes: no"
    );
    assert_eq!(simulated, through_the_questionnaire(&saved, &to_4));
    assert_eq!(s, score(e, &through_the_questionnaire(&saved, &to_4)));
}

#[test]
fn a_plan_step_gives_the_answers_of_the_same_step_in_the_questionnaire() {
    let e = model::current();
    let saved = example("small-comune.json");
    // The plan's step "to level 3 with SPID and CIE" is three edits...
    let step = plan::edits(
        e,
        &saved,
        &Knob::ServiceLevel("suolo-pubblico".into()),
        Setting::Level(3),
    );
    let by_hand = [
        Edit::Level {
            service: "suolo-pubblico".into(),
            level: LevelAnswer::Level(3),
        },
        Edit::Spid {
            service: "suolo-pubblico".into(),
            value: true,
        },
        Edit::Cie {
            service: "suolo-pubblico".into(),
            value: true,
        },
    ];
    assert_eq!(step, by_hand);
    // ... the ones a user makes by choosing level 3 and ticking both boxes.
    let mut planned = saved.clone();
    plan::set(
        e,
        &mut planned,
        &Knob::ServiceLevel("suolo-pubblico".into()),
        Setting::Level(3),
    );
    assert_eq!(
        planned.services["suolo-pubblico"],
        ServiceAnswer::online(3, true, true)
    );
    assert_eq!(planned, through_the_questionnaire(&saved, &by_hand));
    assert_eq!(planned, through_the_simulation(&saved, &by_hand));
    // Every one-step change of every knob: the plan, the questionnaire and the simulation agree.
    for (knob, chain) in plan::knobs(e, &saved) {
        for to in &chain[1..] {
            let edits = plan::edits(e, &saved, &knob, *to);
            assert!(!edits.is_empty(), "{knob:?}");
            let mut planned = saved.clone();
            plan::set(e, &mut planned, &knob, *to);
            assert_eq!(
                planned,
                through_the_questionnaire(&saved, &edits),
                "{knob:?}"
            );
            assert_eq!(planned, through_the_simulation(&saved, &edits), "{knob:?}");
        }
    }
}

#[test]
fn a_suggested_plan_applied_in_the_simulation_is_the_plan() {
    let e = model::current();
    let saved = example("small-comune.json");
    let plan::Outcome::Found(p) = plan::next_class(e, &saved) else {
        panic!("small-comune has a plan");
    };
    let mut sim = Simulation::default();
    sim.apply(e, SimAction::Begin(saved.clone()));
    sim.apply(e, SimAction::Plan(p.changes.clone()));
    let copy = sim.copy.unwrap();
    assert_eq!(copy, plan::apply(e, &saved, &p.changes));
    assert_eq!(score(e, &copy).class, Some(p.after.class));
}

#[test]
fn the_simulation_refuses_what_the_questionnaire_refuses() {
    // Both read a typed count of datasets with `parse_datasets` (the what-if used to turn "12.7" into 12).
    assert_eq!(parse_datasets("12.7"), Err(FieldError::NotAWholeNumber));
    assert_eq!(parse_datasets("12,7"), Err(FieldError::NotAWholeNumber));
    assert_eq!(parse_datasets("12"), Ok(Some(12)));
}
