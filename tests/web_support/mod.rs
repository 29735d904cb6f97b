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

/// The app mounted at a route; dropping it unmounts the app and puts the address back at the start page, so
/// that other tests find the page as they expect it.
pub struct Mounted {
    /// The element the app is mounted in.
    pub root: web_sys::Element,
    handle: Option<yew::AppHandle<care::app::App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
        let _ = web_sys::window().unwrap().location().set_hash("/");
    }
}

/// Mounts the whole app at `hash`.
pub async fn app_at(hash: &str) -> Mounted {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    settle().await;
    let root = mount_point();
    let handle = yew::Renderer::<care::app::App>::with_root(root.clone()).render();
    settle().await;
    Mounted {
        root,
        handle: Some(handle),
    }
}
