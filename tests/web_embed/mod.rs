//! The embed page in the browser: the card of a known payload (score, class, sub-indices, no app chrome, the
//! `embed` class on the body while mounted), and a garbled payload (a message, the storage untouched).

use wasm_bindgen_test::*;

use care::model::answers_file;
use care::share;

use crate::web_support::{app_at, clear_storage, find, settle};

const SMALL: &str = include_str!("../../assets/examples/small-comune.json");

fn body_classes() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap()
        .class_name()
}

fn stored() -> Option<String> {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(care::store::persist::STATE_KEY)
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_embed_card_shows_the_results_of_the_payload_alone() {
    clear_storage();
    let payload = share::encode(&answers_file::parse(SMALL).unwrap());
    let app = app_at(&format!("/embed/presentazione/scheda/{payload}")).await;
    let root = app.root.clone();
    assert_eq!(
        find(&root, "h1").unwrap().inner_text(),
        "Ca.Re — Comune di Borgomonte (esempio) 2026"
    );
    assert_eq!(find(&root, "#embed-score").unwrap().inner_text(), "50");
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Con un decimale: 50,2"), "{text}");
    assert!(text.contains("Stacco"), "{text}");
    assert!(
        text.contains("59,7") && text.contains("54,2") && text.contains("36,8"),
        "{text}"
    );
    assert!(find(&root, "header").is_none() && find(&root, "footer").is_none());
    let href = find(&root, ".embed-source a")
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert!(href.ends_with(&format!("#/condivisa/{payload}")), "{href}");
    let classes = body_classes();
    assert!(
        classes.contains("embed") && classes.contains("theme-presentation"),
        "{classes}"
    );
    drop(app);
    settle().await;
    assert!(!body_classes().contains("embed"), "classes taken off");
}

#[wasm_bindgen_test]
async fn a_garbled_embed_payload_shows_a_message_and_stores_nothing() {
    clear_storage();
    let app = app_at("/embed/chiaro/radar/1.garbled").await;
    let root = app.root.clone();
    let alert = find(&root, "#embed-error").expect("the message");
    assert!(alert
        .inner_text()
        .contains("Impossibile mostrare i risultati"));
    assert!(alert
        .inner_text()
        .contains("Il link è incompleto o danneggiato"));
    assert!(find(&root, "canvas").is_none());
    let after = stored();
    // The app may save its (empty) state on start; the embed adds no assessment.
    if let Some(raw) = &after {
        let store = care::store::persist::decode(raw).unwrap().store;
        assert!(store.assessments.is_empty(), "{raw}");
    }
    drop(app);
}
