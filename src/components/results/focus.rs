//! Where attention goes on the results page: the table of contents brings a section's heading to the top and
//! focuses it (the router owns the URL's hash, so `#id` links cannot be used), and each action of the simulation
//! moves the focus to its result once the page has re-rendered (the element may not exist before).

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

fn element(id: &str) -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Scrolls the element with this id (a section's heading) to the top of the window and focuses it (made
/// focusable by script with `tabindex="-1"` when it is not).
pub fn go_to(id: &str) {
    if let Some(el) = element(id) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let opts = ScrollIntoViewOptions::new();
        opts.set_block(ScrollLogicalPosition::Start);
        opts.set_behavior(ScrollBehavior::Auto);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
}

/// Focuses the element with this id after the render that the current action causes (the browser brings it
/// into view).
pub fn focus_after_render(id: &'static str) {
    gloo_timers::callback::Timeout::new(0, move || {
        if let Some(el) = element(id) {
            let _ = el.focus();
        }
    })
    .forget();
}
