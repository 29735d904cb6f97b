//! A section sent to a colleague and merged back (`care::transfer::files::export_section`,
//! `care::transfer::merge`): the section's file is an ordinary answers file (it imports as an assessment of its
//! own), holds who is assessed and that section's answers only, and once the colleague answered the rest of the
//! section it merges back into the open assessment, conflicts resolved as chosen, with an undo that gives back the
//! answers exactly.
#![cfg(not(target_arch = "wasm32"))]

mod examples_support;

use examples_support::example;

use care::model::answer_keys::{AnswerKey, Section};
use care::model::merge_plan::Side;
use care::model::{self, answers_file, Anpr, Answers, PaymentChannel, ServiceAnswer};
use care::sorted_map::SortedMap;
use care::store::{Action, Assessment, Store};
use care::transfer::files::{self, ImportChoice};
use care::transfer::merge;

fn open(answers: Answers) -> Store {
    let mut s = Store::default();
    s.apply(Action::Add(Assessment::new("mine", answers, 1.0)));
    s
}

#[test]
fn a_section_file_imports_normally_and_holds_that_section_only() {
    let a = example("partial.json");
    for section in Section::ALL {
        let text = files::export_section(&a, section).unwrap();
        let back = answers_file::parse(&text).expect("an ordinary answers file");
        assert_eq!(back.comune, a.comune);
        for key in AnswerKey::all(model::current()) {
            if key.section() == section {
                assert!(key.same_in(&back, &a), "{key:?} kept");
            } else {
                assert_eq!(key.edits(&back), None, "{key:?} left out");
            }
        }
        // It imports as an assessment of its own, like any answers file.
        let store = Store::default();
        let (actions, _) =
            files::import_actions(&store, back, &ImportChoice::AddNew, 5.0, " (copia)");
        let mut store = store;
        actions.into_iter().for_each(|x| store.apply(x));
        assert_eq!(store.assessments.len(), 1);
    }
    let name = files::section_file_name(&a, None, "sezione", Section::DigitalPa);
    assert!(name.ends_with("-sezione-pa-digitale.json"), "{name}");
}

#[test]
fn the_colleagues_section_merges_back_and_the_undo_restores_exactly() {
    let mut mine = example("partial.json");
    mine.anpr = Some(Anpr::InProgress);
    let mut store = open(mine.clone());
    // The colleague fills in the digital PA section of the exported file, changing one answer.
    let text = files::export_section(&mine, Section::DigitalPa).unwrap();
    let mut theirs = answers_file::parse(&text).unwrap();
    theirs.anpr = Some(Anpr::Completed);
    theirs.pagopa.active = Some(true);
    for p in &model::current().payment_types {
        theirs
            .pagopa
            .payments
            .insert(p.id.clone(), PaymentChannel::Pagopa);
    }
    theirs
        .services
        .insert("imu".into(), ServiceAnswer::level(0));
    let preview = merge::preview(&store, theirs.clone()).unwrap();
    assert!(preview.same_comune);
    assert!(preview.plan.conflicts.contains(&AnswerKey::Anpr));
    let before = store.clone();
    let choices = SortedMap::from([(AnswerKey::Anpr, Side::Theirs)]);
    let (action, done) = merge::merge_action(&store, &preview, &choices, 9.0).unwrap();
    store.apply(action);
    let merged = &store.current().unwrap().answers;
    assert_eq!(merged.anpr, Some(Anpr::Completed));
    assert_eq!(merged.pagopa.active, Some(true));
    assert_eq!(
        merged.pagopa.payments.len(),
        model::current().payment_types.len()
    );
    assert_eq!(merged.open_data, mine.open_data, "other sections untouched");
    store.apply(merge::undo_action(&done, 10.0));
    assert_eq!(
        store.current().unwrap().answers,
        before.current().unwrap().answers
    );
}
