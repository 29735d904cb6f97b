//! Files in and out (`care::transfer::files`): file names (with the slug of `care::report::file_names`), exports
//! checked by the parser, and what an import does to the store: add never overwrites, replace keeps the old
//! answers as a named copy.
#![cfg(not(target_arch = "wasm32"))]

mod examples_support;

use examples_support::example_text;

use care::model::answers_file::{self, FormatErrorKind};
use care::model::{self, Answers, Lang};
use care::report::dates::assessment_date;
use care::report::file_names::slug;
use care::store::{Action, Store};
use care::transfer::files::{self, ImportChoice, ImportOutcome};

fn example(name: &str) -> (String, Answers) {
    (example_text(name), examples_support::example(name))
}

fn store_with(list: &[Answers]) -> Store {
    let mut s = Store::default();
    for (i, a) in list.iter().enumerate() {
        s.apply(Action::Add(care::store::Assessment {
            id: format!("id{i}"),
            answers: a.clone(),
            step: care::store::Step::Comune,
            updated_ms: i as f64,
            respondent: String::new(),
            stamps: Default::default(),
        }));
    }
    s
}

#[test]
fn slugs_are_lower_case_ascii_with_dashes() {
    assert_eq!(slug("Comune di Forlì-Cesena"), "comune-di-forli-cesena");
    assert_eq!(slug("  Città  di  Sant'Agata  "), "citta-di-sant-agata");
    assert_eq!(
        slug("Comune di Borgomonte (esempio)"),
        "comune-di-borgomonte-esempio"
    );
    assert_eq!(slug("<script>alert(1)</script>"), "script-alert-1-script");
    assert_eq!(slug(""), "comune");
    assert_eq!(slug("«»!?"), "comune");
    assert_eq!(slug("Straße Ñoño"), "strasse-nono");
    let long = slug(&"Comune di Qualcosa ".repeat(10));
    assert!(long.len() <= 60, "{long}");
    assert!(!long.ends_with('-') && !long.starts_with('-'));
}

#[test]
fn file_names_carry_the_comune_and_the_year() {
    let (_, a) = example("small-comune.json");
    let date = assessment_date(&a, None);
    assert_eq!(
        files::json_file_name(&a, date),
        "care-comune-di-borgomonte-esempio-2026.json"
    );
    assert_eq!(
        files::csv_file_name(&a, date),
        "care-comune-di-borgomonte-esempio-2026.csv"
    );
    // Without a year: the last edit's year, and no year at all (never the current one) without an edit time.
    let (_, partial) = example("partial.json");
    assert_eq!(partial.comune.year, None);
    let edited_2025 = Some(1_750_000_000_000.0);
    assert_eq!(
        files::json_file_name(&partial, assessment_date(&partial, edited_2025)),
        "care-comune-di-collefiorito-esempio-2025.json"
    );
    assert_eq!(
        files::csv_file_name(&partial, assessment_date(&partial, None)),
        "care-comune-di-collefiorito-esempio.csv"
    );
}

#[test]
fn the_exported_file_is_the_canonical_answers_file() {
    for name in ["small-comune.json", "large-city.json", "partial.json"] {
        let (text, answers) = example(name);
        let exported = files::export_json(&answers).unwrap();
        assert_eq!(exported, text, "{name} is in canonical form");
        assert_eq!(answers_file::parse(&exported).unwrap(), answers);
    }
}

#[test]
fn an_assessment_that_would_give_an_unreadable_file_is_not_exported() {
    let unnamed = Answers::default();
    let err = files::export_json(&unnamed).unwrap_err();
    assert_eq!(err.path, "comune.name");
    assert_eq!(err.kind, FormatErrorKind::NameEmpty);
    assert!(files::export_csv(&unnamed, Lang::It).is_err());
}

#[test]
fn the_scores_csv_follows_the_language() {
    let (_, a) = example("small-comune.json");
    let it = files::export_csv(&a, Lang::It).unwrap();
    assert!(it.starts_with('\u{feff}'));
    assert!(it.contains("sezione;voce;descrizione;risposta;punteggio\r\n"));
    assert!(it.contains("Sintesi;care;Indice Ca.Re;50;50,2\r\n"), "{it}");
    let en = files::export_csv(&a, Lang::En).unwrap();
    assert!(en.contains("Summary,care,Ca.Re index,50,50.2\r\n"), "{en}");
}

#[test]
fn the_same_comune_and_year_is_found_ignoring_case_and_spacing() {
    let (_, small) = example("small-comune.json");
    let mut other_year = small.clone();
    other_year.comune.year = Some(2025);
    let mut again = small.clone();
    again.comune.name = "  comune di  BORGOMONTE (esempio) ".into();
    let store = store_with(&[small.clone(), other_year.clone(), again.clone()]);
    // Two match (ids 0 and 2): the most recently changed one is offered.
    assert_eq!(
        files::same_comune_year(&store, &small).map(|a| a.id.as_str()),
        Some("id2")
    );
    let mut new_year = small.clone();
    new_year.comune.year = Some(2030);
    assert!(files::same_comune_year(&store, &new_year).is_none());
    let (_, partial) = example("partial.json");
    assert!(files::same_comune_year(&store, &partial).is_none());
    assert_eq!(
        files::identical(&store, &other_year).map(|a| a.id.as_str()),
        Some("id1")
    );
}

#[test]
fn adding_never_overwrites() {
    let (_, small) = example("small-comune.json");
    let store = store_with(std::slice::from_ref(&small));
    let (actions, outcome) =
        files::import_actions(&store, small.clone(), &ImportChoice::AddNew, 1234.0, " (x)");
    let mut after = store.clone();
    for a in actions {
        after.apply(a);
    }
    assert_eq!(after.assessments.len(), 2);
    assert_eq!(after.assessments[0], store.assessments[0], "untouched");
    let ImportOutcome::Added { id, name } = outcome else {
        panic!("added")
    };
    assert_eq!(name, small.comune.name);
    assert_ne!(id, "id0");
    assert_eq!(after.current.as_deref(), Some(id.as_str()));
    assert_eq!(after.get(&id).unwrap().answers, small);
}

#[test]
fn replacing_keeps_the_old_answers_as_a_named_copy() {
    let (_, small) = example("small-comune.json");
    let mut imported = small.clone();
    imported.anpr = Some(care::model::Anpr::Completed);
    let store = store_with(std::slice::from_ref(&small));
    let (actions, outcome) = files::import_actions(
        &store,
        imported.clone(),
        &ImportChoice::Replace { id: "id0".into() },
        99.0,
        " (prima dell'importazione)",
    );
    let mut after = store.clone();
    for a in actions {
        after.apply(a);
    }
    let ImportOutcome::Replaced {
        id,
        backup_id,
        backup_name,
        ..
    } = outcome
    else {
        panic!("replaced")
    };
    assert_eq!(id, "id0");
    assert_eq!(after.get("id0").unwrap().answers, imported);
    let backup = after.get(&backup_id).expect("the old answers are kept");
    assert_eq!(
        backup_name,
        "Comune di Borgomonte (esempio) (prima dell'importazione)"
    );
    assert_eq!(backup.answers.comune.name, backup_name);
    let mut old = backup.answers.clone();
    old.comune.name = small.comune.name.clone();
    assert_eq!(old, small, "only the name of the copy differs");
    assert_eq!(after.assessments.len(), 2);
    assert_eq!(after.current.as_deref(), Some("id0"));
}

#[test]
fn replacing_an_assessment_deleted_meanwhile_adds_instead() {
    let (_, small) = example("small-comune.json");
    let store = store_with(&[]);
    let (actions, outcome) = files::import_actions(
        &store,
        small,
        &ImportChoice::Replace { id: "gone".into() },
        1.0,
        " (x)",
    );
    assert_eq!(actions.len(), 1);
    assert!(matches!(outcome, ImportOutcome::Added { .. }));
}

#[test]
fn backup_names_stay_within_the_limit_of_a_comune_name() {
    let long = "A".repeat(120);
    let name = files::backup_name(&long, " (prima dell'importazione)");
    assert_eq!(name.chars().count(), 120);
    assert!(name.ends_with(" (prima dell'importazione)"));
    assert!(answers_file::validate_name(&name).is_ok());
}

#[test]
fn export_then_import_gives_identical_answers_and_scores() {
    let edition = model::current();
    for name in ["small-comune.json", "large-city.json", "partial.json"] {
        let (_, a) = example(name);
        let text = files::export_json(&a).unwrap();
        let back = answers_file::parse(&text).unwrap();
        let store = store_with(&[]);
        let (actions, outcome) =
            files::import_actions(&store, back, &ImportChoice::AddNew, 5.0, "");
        let mut after = store.clone();
        for act in actions {
            after.apply(act);
        }
        let ImportOutcome::Added { id, .. } = outcome else {
            panic!()
        };
        let imported = &after.get(&id).unwrap().answers;
        assert_eq!(imported, &a, "{name}");
        assert_eq!(
            model::score(edition, imported),
            model::score(edition, &a),
            "{name}"
        );
    }
}
