//! Taking results out and bringing them in, in the browser: the shared view of a share link (read-only until
//! "Salva", then added without overwriting), a broken link (a message, storage untouched), the import/export page
//! and the compare page with the published references.

use wasm_bindgen_test::*;

use care::model::{answers_file, Answers};
use care::share;
use care::store::{persist, Action, Assessment, Step, Store};

use crate::web_support::{app_at, clear_storage, find, settle};

const SMALL: &str = include_str!("../../assets/examples/small-comune.json");
const LARGE: &str = include_str!("../../assets/examples/large-city.json");

fn answers(text: &str) -> Answers {
    answers_file::parse(text).expect("example")
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Saves a state with these answers, as the app would.
fn seed(list: &[Answers]) {
    let mut store = Store::default();
    for (i, a) in list.iter().enumerate() {
        store.apply(Action::Add(Assessment {
            id: format!("w{i}"),
            answers: a.clone(),
            step: Step::Review,
            updated_ms: i as f64,
            respondent: String::new(),
            stamps: Default::default(),
        }));
    }
    storage()
        .set_item(persist::STATE_KEY, &persist::encode(&store))
        .unwrap();
}

fn saved() -> Vec<Assessment> {
    storage()
        .get_item(persist::STATE_KEY)
        .unwrap()
        .map(|raw| persist::decode(&raw).unwrap().store.assessments)
        .unwrap_or_default()
}

fn text(root: &web_sys::Element) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_share_link_shows_the_results_and_saves_only_on_request() {
    clear_storage();
    let payload = share::encode(&answers(SMALL));
    let app = app_at(&format!("/condivisa/{payload}")).await;
    let root = app.root.clone();
    assert_eq!(
        find(&root, "h1").unwrap().inner_text(),
        "Valutazione condivisa"
    );
    assert_eq!(find(&root, ".score-number").unwrap().inner_text(), "50");
    let t = text(&root);
    assert!(t.contains("valore esatto 50,2"), "{t}");
    assert!(t.contains("Stacco"));
    assert!(t.contains("59,7") && t.contains("54,2") && t.contains("36,8"));
    assert!(find(&root, "canvas#shared-chart").is_some());
    assert!(saved().is_empty(), "opening a link saves nothing");

    let save = find(&root, ".toolbar button.btn-primary").expect("the save button");
    assert_eq!(save.inner_text(), "Salva tra le mie valutazioni");
    save.click();
    settle().await;
    let list = saved();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].answers, answers(SMALL));
    assert!(text(&root)
        .contains("Salvata tra le tue valutazioni come «Comune di Borgomonte (esempio)»."));
    drop(app);
}

#[wasm_bindgen_test]
async fn a_broken_link_says_so_and_leaves_the_saved_assessments_alone() {
    clear_storage();
    seed(&[answers(LARGE)]);
    let before = saved();
    let payload = share::encode(&answers(SMALL));
    let cut = &payload[..payload.len() - 5];
    let app = app_at(&format!("/condivisa/{cut}")).await;
    let root = app.root.clone();
    assert_eq!(
        find(&root, "h1").unwrap().inner_text(),
        "Impossibile aprire il link"
    );
    let alert = find(&root, ".alert-danger[role=alert]").expect("an alert");
    assert!(alert
        .inner_text()
        .contains("Il link è incompleto o danneggiato"));
    assert!(find(&root, ".score-number").is_none());
    assert_eq!(saved(), before);

    // English, and a link from a newer version.
    find(&root, "button.lang-btn[lang=en]").unwrap().click();
    settle().await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&format!("/condivisa/7{}", &payload[1..]))
        .unwrap();
    settle().await;
    let t = text(&root);
    assert!(t.contains("Unsupported link version (7)"), "{t}");
    assert_eq!(saved(), before);
    drop(app);
}

#[wasm_bindgen_test]
async fn the_import_export_page_lists_each_assessment_with_its_exports() {
    clear_storage();
    seed(&[answers(SMALL), answers(LARGE)]);
    let app = app_at("/file").await;
    let root = app.root.clone();
    assert_eq!(
        find(&root, "h1").unwrap().inner_text(),
        "Importa ed esporta"
    );
    assert!(find(&root, "input#import-file[type=file]").is_some());
    let items = root.query_selector_all(".assessment-item").unwrap();
    assert_eq!(items.length(), 2);
    let t = text(&root);
    assert!(t.contains("Anno 2026 · indice Ca.Re 50 · Stacco"), "{t}");
    assert!(t.contains("Anno 2026 · indice Ca.Re 93 · Spinta (eccellente)"));
    let buttons = root
        .query_selector_all(".assessment-item .toolbar button")
        .unwrap();
    assert_eq!(buttons.length(), 6, "JSON, CSV and share link for each");
    drop(app);
}

#[wasm_bindgen_test]
async fn the_compare_page_adds_saved_assessments_and_references() {
    clear_storage();
    seed(&[answers(SMALL)]);
    let app = app_at("/confronta").await;
    let root = app.root.clone();
    assert!(text(&root).contains("Scegli almeno una valutazione o carica un file"));
    find(&root, "input#compare-w0").unwrap().click();
    settle().await;
    find(&root, "input#compare-references").unwrap().click();
    settle().await;
    let rows = root
        .query_selector_all("table.table-striped tbody tr")
        .unwrap();
    // One saved assessment and every published care-2021 row (the count follows the data).
    let expected = 1 + care::report::published::published().comparable().len();
    assert_eq!(rows.length() as usize, expected);
    let t = text(&root);
    assert!(
        t.contains(&format!("{expected} righe nel confronto.")),
        "{t}"
    );
    assert!(t.contains("Catania"));
    assert!(t.contains("Modena"));
    assert!(find(&root, "canvas#compare-chart").is_some());
    drop(app);
}
