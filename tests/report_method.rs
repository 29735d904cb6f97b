//! The method page's data ("Come calcoliamo") is generated from the edition: the numbers its texts state are the
//! parameters' values, each row says the provenance of the numbers it states as the parameter table does, the
//! parameters are shown as the edition writes them, and the classes of the published cases are named in the page's
//! language.

use care::model::{current, Lang, Tag};
use care::report::method::method;

#[test]
fn the_tolerance_is_shown_as_it_is_not_as_zero() {
    for (lang, shown) in [(Lang::It, "0,000000001"), (Lang::En, "0.000000001")] {
        let d = method(current(), lang);
        let tolerance = d.params.iter().find(|p| p.key == "cut_tolerance").unwrap();
        assert_eq!(tolerance.value, shown);
        let weight = d
            .params
            .iter()
            .find(|p| p.key == "so_presence_weight")
            .unwrap();
        assert_eq!(weight.value, if lang == Lang::It { "0,6" } else { "0.6" });
    }
}

#[test]
fn every_text_states_the_numbers_of_the_parameter_table() {
    let edition = current();
    for lang in [Lang::It, Lang::En] {
        let d = method(edition, lang);
        for row in d.items.iter().chain(d.labels.iter()) {
            assert!(!row.text.contains('{'), "{}: {}", row.code, row.text);
        }
        let row = |code: &str| d.items.iter().find(|r| r.code == code).unwrap().clone();
        // DPA and DO are sourced dimensions computed with weights that are our assumption: the row says both.
        for code in ["DPA", "DO"] {
            let r = row(code);
            assert_eq!(r.tag, Some(Tag::Sourced), "{code}");
            assert_eq!(r.number_tags, vec![Tag::Assumption], "{code}");
        }
        assert_eq!(row("Ca.Re").number_tags, vec![Tag::Inferred]);
        // The weights the DO row states are the parameters' values.
        let p = &edition.params;
        let sep = |v: f64| care::model::number::exact(lang, v);
        assert!(row("DO").text.contains(&format!(
            "{} × open data + {} × social",
            sep(p.do_open_data_weight.value),
            sep(p.do_social_weight.value)
        )));
        let low = d.labels.iter().find(|r| r.code == "basso").unwrap();
        assert!(
            low.text.contains(&sep(p.band_low_cut.value)),
            "{}",
            low.text
        );
        assert_eq!(low.number_tags, vec![p.band_low_cut.tag]);
    }
}

#[test]
fn a_parameter_named_in_a_text_follows_the_parameter() {
    let mut edition = current().clone();
    edition.params.band_low_cut.value = 35.0;
    let d = method(&edition, Lang::It);
    let low = d.labels.iter().find(|r| r.code == "basso").unwrap();
    assert_eq!(low.text, "Sotto 35.");
    assert!(edition.validate().is_empty(), "{:?}", edition.validate());
    edition.dimensions[0].description.it = "Media di {no_such_parameter}.".into();
    assert!(edition
        .validate()
        .iter()
        .any(|p| p.contains("unknown parameter")));
}

#[test]
fn published_classes_are_named_in_the_page_language() {
    let en = method(current(), Lang::En);
    let classes: Vec<String> = en
        .published
        .iter()
        .filter_map(|p| p.class.clone())
        .collect();
    assert!(!classes.is_empty());
    for c in &classes {
        assert!(
            !c.contains("Spinta") && !c.contains("Stacco") && !c.contains("Blocchi"),
            "{c}"
        );
    }
    assert!(
        classes.iter().any(|c| c.starts_with("Sprint")),
        "{classes:?}"
    );
    let it = method(current(), Lang::It);
    assert!(it
        .published
        .iter()
        .filter_map(|p| p.class.as_deref())
        .any(|c| c.starts_with("Spinta")));
}

/// One English name per class, the edition's, on every page and file: no other spelling survives in the strings.
#[test]
fn one_english_name_per_class() {
    let names: Vec<&str> = current()
        .classes
        .iter()
        .map(|c| c.name.en.as_str())
        .collect();
    assert_eq!(names, ["Starting blocks", "Take-off", "Sprint"]);
    let start = format!("{:?}", care::i18n::strings(Lang::En).start);
    for other in ["lift-off", "drive", "Spinta", "Stacco", "Blocchi"] {
        assert!(
            !start.contains(other),
            "the English start page says {other:?}"
        );
    }
}
