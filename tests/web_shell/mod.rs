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

/// Every row of the route table is a route the router recognises (with its own module), and an embed address with
/// nothing after `embed` is the embed's incomplete address, not the site's "not found".
#[wasm_bindgen_test]
fn the_router_recognises_every_route_of_the_table() {
    use care::routes::{Route, ROUTES};
    use yew_router::Routable;

    for (pattern, module) in ROUTES {
        let example: String = pattern
            .split('/')
            .map(|seg| {
                if seg.starts_with([':', '*']) {
                    "x"
                } else {
                    seg
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        let route = Route::recognize(&example).unwrap_or_else(|| panic!("{example}"));
        assert_eq!(route.module(), *module, "{example}: {route:?}");
        assert_eq!(
            route == Route::NotFound,
            *pattern == "/404",
            "{example}: {route:?}"
        );
    }
    assert_eq!(Route::recognize("/embed"), Some(Route::EmbedEmpty));
    assert_eq!(Route::recognize("/embed/"), Some(Route::EmbedEmpty));
    assert_eq!(
        Route::recognize("/embed/chiaro"),
        Some(Route::EmbedIncomplete {
            rest: "chiaro".into()
        })
    );
    assert_eq!(Route::recognize("/risultati/x"), Some(Route::NotFound));
}
