//! The results, method and print views mounted in a real document: the numbers of a stored assessment, the
//! empty state, the what-if simulation moving the score and coming back, the method's tagged parameters, the
//! print view's inline SVG charts.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::web_support::{clear_storage, find, mount_point, settle};

const SMALL: &str = include_str!("../../assets/examples/small-comune.json");

fn store_state(answers: &str) {
    let state = format!(
        r#"{{"app":"care-selfassessment","version":1,"lang":"it","current":"a1","assessments":[{{"id":"a1","name":"Comune di Borgomonte (esempio)","step":"revisione","updated_ms":1778580000000,"answers":{answers}}}]}}"#
    );
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("care.state.v1", &state).unwrap();
}

fn go(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

async fn mount(hash: &str) -> (web_sys::Element, yew::AppHandle<care::app::App>) {
    go(hash);
    let root = mount_point();
    let app = yew::Renderer::<care::app::App>::with_root(root.clone()).render();
    settle().await;
    settle().await;
    (root, app)
}

/// Unmounts the app and leaves the address at the start page for the other tests.
fn unmount(app: yew::AppHandle<care::app::App>) {
    app.destroy();
    go("/");
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector)
        .map(|e| e.text_content().unwrap_or_default().trim().to_string())
        .unwrap_or_else(|| panic!("{selector} not found"))
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn results_show_the_score_class_and_charts_of_the_stored_assessment() {
    clear_storage();
    store_state(SMALL);
    let (root, app) = mount("/risultati").await;
    assert_eq!(text(&root, "#result-score"), "50");
    assert_eq!(text(&root, "#result-exact"), "Con un decimale: 50,2");
    assert_eq!(text(&root, "#result-class"), "Stacco");
    assert!(find(&root, "#result-provisional").is_none());
    assert!(text(&root, "#result-why").contains("DO è basso (36,8: sotto 40)"));
    assert_eq!(count(&root, "figure.chart-figure canvas[role=img]"), 6);
    assert_eq!(
        count(&root, "figure.chart-figure details.chart-alt table"),
        6
    );
    assert!(text(&root, "#result-plan").contains("Per passare da Stacco a Spinta"));
    unmount(app);
}

#[wasm_bindgen_test]
async fn without_an_assessment_the_results_page_says_what_to_do() {
    clear_storage();
    let (root, app) = mount("/risultati").await;
    assert!(text(&root, "#results-empty").contains("Compila il questionario"));
    assert!(find(&root, "#result-score").is_none());
    unmount(app);
}

#[wasm_bindgen_test]
async fn what_if_moves_the_score_on_a_copy_and_resets() {
    clear_storage();
    store_state(SMALL);
    let (root, app) = mount("/risultati").await;
    // As saved by the app (it writes the state back in its own form on load).
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("care.state.v1")
        .unwrap();
    find(&root, "#whatif-start").unwrap().click();
    settle().await;
    let select: web_sys::HtmlSelectElement = find(&root, "#whatif-anpr").unwrap().unchecked_into();
    select.set_value("completed");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    // The what-if's own live score moves; the top of the page keeps the saved result.
    assert_eq!(text(&root, "#whatif-exact"), "Con un decimale: 54,4");
    assert_eq!(text(&root, "#result-exact"), "Con un decimale: 50,2");
    assert!(text(&root, "#whatif-status").contains("Risposte modificate: 1"));
    find(&root, "#whatif-reset").unwrap().click();
    settle().await;
    assert_eq!(text(&root, "#whatif-exact"), "Con un decimale: 50,2");
    assert_eq!(text(&root, "#result-exact"), "Con un decimale: 50,2");
    find(&root, "#whatif-stop").unwrap().click();
    settle().await;
    assert!(find(&root, "#whatif-start").is_some());
    let now = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("care.state.v1")
        .unwrap();
    assert_eq!(now, saved, "the simulation saved nothing");
    unmount(app);
}

fn choose(root: &web_sys::Element, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = find(root, selector).unwrap().unchecked_into();
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn what_if_follows_the_questionnaire_rules() {
    clear_storage();
    store_state(SMALL);
    let (root, app) = mount("/risultati").await;
    find(&root, "#whatif-start").unwrap().click();
    settle().await;
    // "Occupazione di suolo pubblico" from level 1 to 4: online, so SPID and CIE are shown and answered "no" (the
    // unticked boxes), as in the questionnaire; the simulated result stays complete (it used to turn provisional,
    // "Mancano 2 risposte su 62").
    choose(&root, "#whatif-suolo-pubblico", "4");
    settle().await;
    assert!(
        find(&root, "#result-provisional").is_none(),
        "not provisional"
    );
    let spid: web_sys::HtmlInputElement = find(&root, "#whatif-suolo-pubblico-spid")
        .expect("SPID box of an online service")
        .unchecked_into();
    assert!(!spid.checked() && !spid.indeterminate());
    assert!(text(&root, "#whatif-suolo-pubblico-auth").contains("Accesso con:"));
    assert!(text(&root, "#whatif-status").contains("Risposte modificate: 3"));
    spid.click();
    settle().await;
    let spid: web_sys::HtmlInputElement = find(&root, "#whatif-suolo-pubblico-spid")
        .unwrap()
        .unchecked_into();
    assert!(spid.checked());
    let before = text(&root, "#whatif-exact");
    // A count of datasets the questionnaire refuses is refused here, with the questionnaire's message.
    find(&root, "details.service-group:nth-of-type(3) summary")
        .unwrap()
        .click();
    let input: web_sys::HtmlInputElement =
        find(&root, "#whatif-datasets").unwrap().unchecked_into();
    input.set_value("12.7");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
    let message = care::i18n::strings(care::model::Lang::It)
        .questionnaire
        .err_whole;
    assert!(text(&root, "#whatif-datasets-error").starts_with(message));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(text(&root, "#whatif-exact"), before, "nothing was written");
    // Reset starts the fields again from the saved answers.
    find(&root, "#whatif-reset").unwrap().click();
    settle().await;
    assert!(find(&root, "#whatif-datasets-error").is_none());
    assert!(
        find(&root, "#whatif-suolo-pubblico-spid").is_none(),
        "level 1 again"
    );
    unmount(app);
}

#[wasm_bindgen_test]
async fn the_method_page_tags_every_parameter() {
    clear_storage();
    let (root, app) = mount("/metodo").await;
    let params = care::model::current().params.all().len() as u32;
    assert_eq!(count(&root, "#method-params tbody tr"), params);
    assert_eq!(
        count(
            &root,
            "#method-params tbody tr .tag-sourced, #method-params tbody tr .tag-inferred, #method-params tbody tr .tag-assumption"
        ),
        params
    );
    assert!(text(&root, "#method").contains("nostra ipotesi"));
    unmount(app);
}

#[wasm_bindgen_test]
async fn the_print_view_inlines_every_chart_as_svg() {
    clear_storage();
    store_state(SMALL);
    let (root, app) = mount("/rapporto").await;
    assert_eq!(count(&root, "#report figure svg[role=img]"), 6);
    assert_eq!(count(&root, "#report canvas"), 0);
    assert!(text(&root, "#report .report-cover").contains("Comune di Borgomonte (esempio)"));
    unmount(app);
}
