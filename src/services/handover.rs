//! Loading the full app's module and handing the page over to it (see `crate::routes`), keeping the keyboard focus
//! (also when an app replaces the page built into index.html with its own render of it), and telling a failed download
//! from a page left behind by a newer release (whose files replaced this page's on the server and in the offline
//! cache: then only a reload can help, not a retry).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// Defined by the boot script: imports and initialises the full module once, resolving to its exports.
    #[wasm_bindgen(catch, js_namespace = window, js_name = careLoadFull)]
    fn care_load_full() -> Result<js_sys::Promise, JsValue>;
}

/// Loads the full module, takes the light app off the page and starts the full app on the current route. On an
/// error (no network and no cached copy, a failed download) nothing changes and the error is returned.
///
/// The keyboard focus stays where it was (when the page was opened on this route): the full app draws the same
/// header, so the link or control that had the focus (found again by its id, or by its address) gets it back;
/// failing that, the main content gets it.
pub async fn hand_over() -> Result<(), JsValue> {
    let exports = JsFuture::from(care_load_full()?).await?;
    let start: js_sys::Function =
        js_sys::Reflect::get(&exports, &JsValue::from_str("care_start"))?.dyn_into()?;
    let focused = focused_selector();
    // After a change of route the full app places the new page itself (its top, the focus on its heading: see
    // `crate::hooks::route_place`), as it starts; otherwise it renders in its own scheduler's next turn, and the
    // focus is put back once the page is there.
    let navigated = crate::hooks::route_place::place_pending();
    if navigated {
        // The link that was followed (or whatever has the focus while the loader shows) is not where the reader
        // goes: left focused, it would get the focus back when the full app mounts, over the new page's heading.
        blur_focused();
    }
    crate::app::stop_core();
    start.call0(&JsValue::NULL)?;
    if !navigated {
        restore_focus(focused, 0, 10);
    }
    Ok(())
}

/// Whether a newer release has replaced the files of this page: the app's `index.html`, as it is served now (by
/// the server, or by the offline cache of a newer release that took over), names another build than this page.
/// `false` when that cannot be known (offline without a cached copy, a build without an id).
pub async fn replaced_by_newer_release() -> bool {
    let Some(mine) = page_build_id() else {
        return false;
    };
    match super::app_files::fresh_text("./index.html").await {
        Ok(html) => crate::routes::build_id_in(&html).is_some_and(|id| id != mine),
        Err(_) => false,
    }
}

/// The build id of this page (its `<meta name="care-build">`).
fn page_build_id() -> Option<String> {
    let meta = web_sys::window()?
        .document()?
        .query_selector("meta[name=care-build]")
        .ok()??;
    meta.get_attribute("content").filter(|id| !id.is_empty())
}

/// Fetches and compiles the full module in the background, without starting it, so that a later hand-over is at
/// once. In the full app it finds the module already loaded; a failure is left for the hand-over to report.
pub fn prefetch() {
    if let Ok(promise) = care_load_full() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Takes the keyboard focus off the focused element (it goes to the document's body).
fn blur_focused() {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = active {
        let _ = el.blur();
    }
}

/// A selector that finds the focused element again in a new rendering of the page: `#id`, or `a[href="…"]`, or
/// else its place in `#app` (each element's tag and position), which finds it in a render of the same markup.
pub(crate) fn focused_selector() -> Option<String> {
    let active = web_sys::window()?.document()?.active_element()?;
    let quote = |v: &str| v.replace('\\', "\\\\").replace('"', "\\\"");
    let id = active.id();
    if !id.is_empty() {
        return Some(format!("[id=\"{}\"]", quote(&id)));
    }
    match active.get_attribute("href") {
        Some(href) => Some(format!("a[href=\"{}\"]", quote(&href))),
        None => place_in_app(active),
    }
}

/// `#app>tag:nth-child(i)>…` down to `el`; `None` when `el` is not in `#app`.
fn place_in_app(mut el: web_sys::Element) -> Option<String> {
    let mut steps = Vec::new();
    while el.id() != "app" {
        let parent = el.parent_element()?;
        let mut position = 1;
        let mut sibling = el.previous_element_sibling();
        while let Some(s) = sibling {
            position += 1;
            sibling = s.previous_element_sibling();
        }
        steps.push(format!("{}:nth-child({position})", el.local_name()));
        el = parent;
    }
    steps.reverse();
    (!steps.is_empty()).then(|| format!("#app>{}", steps.join(">")))
}

/// Focuses the element `selector` finds, or the main content, as soon as the page has it: checked after `delay_ms`,
/// then up to `tries` times in all, 20 ms apart.
pub(crate) fn restore_focus(selector: Option<String>, delay_ms: u32, tries: u32) {
    gloo_timers::callback::Timeout::new(delay_ms, move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let target = selector
            .as_deref()
            .and_then(|s| doc.query_selector(s).ok().flatten())
            .or_else(|| doc.get_element_by_id("main"))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        match target {
            Some(el) => {
                // Where the reader was: no jump of the page to the focused element.
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = el.focus_with_options(&options);
            }
            None if tries > 1 => restore_focus(selector, 20, tries - 1),
            None => {}
        }
    })
    .forget();
}
