//! The app shell: the start page renders in Italian and switches to English.

use wasm_bindgen_test::*;

use crate::web_support::{clear_storage, find, mount_point, settle};

#[wasm_bindgen_test]
async fn start_page_says_what_ca_re_measures_and_switches_language() {
    clear_storage();
    let root = mount_point();
    yew::Renderer::<care::app::App>::with_root(root.clone()).render();
    settle().await;

    let h1 = find(&root, "h1").expect("the start page has a heading");
    assert_eq!(
        h1.inner_text(),
        "Quanto è maturo digitalmente il tuo Comune?"
    );
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Servizi pubblici digitali"), "{text}");
    assert!(text.contains("Blocchi di partenza"));
    assert!(text.contains("non vengono mai inviate"));

    let en = find(&root, "button.lang-btn[lang=en]").expect("the language switch");
    en.click();
    settle().await;
    let h1 = find(&root, "h1").unwrap();
    assert_eq!(h1.inner_text(), "How digitally mature is your comune?");
    let html_lang = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("en"));
    root.set_inner_html("");
}
