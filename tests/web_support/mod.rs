//! Helpers of the wasm tests: a fresh mount point, waiting for yew to render.

use wasm_bindgen::JsCast;

/// A new empty element in the body, for one test.
pub fn mount_point() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets yew render (it schedules on the microtask queue and timers).
pub async fn settle() {
    for _ in 0..3 {
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
}

/// The element matching `selector` inside `root`, as an HtmlElement.
pub fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// Clears the saved state so each test starts fresh.
pub fn clear_storage() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
}
