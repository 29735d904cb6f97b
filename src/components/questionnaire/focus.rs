//! Moving the keyboard focus to a question (from the review list) or to a step's heading (after a step change).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Focuses the control with this element id and brings it into view, opening the `<details>` around it.
/// On a radio group (a `<fieldset>`), focuses its checked radio, or its first one. Returns whether it was found.
pub fn focus_control(id: &str) -> bool {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return false;
    };
    open_enclosing_details(&el);
    let target: Element = if el.tag_name().eq_ignore_ascii_case("fieldset") {
        el.query_selector("input:checked")
            .ok()
            .flatten()
            .or_else(|| el.query_selector("input").ok().flatten())
            .unwrap_or(el)
    } else {
        el
    };
    focus_and_reveal(&target);
    true
}

/// Focuses an element (a heading with `tabindex="-1"`) without scrolling it away from the top.
pub fn focus_heading(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn open_enclosing_details(el: &Element) {
    let mut node = el.parent_element();
    while let Some(e) = node {
        if e.tag_name().eq_ignore_ascii_case("details") && !e.has_attribute("open") {
            let _ = e.set_attribute("open", "");
        }
        node = e.parent_element();
    }
}

fn focus_and_reveal(el: &Element) {
    let opts = ScrollIntoViewOptions::new();
    opts.set_block(ScrollLogicalPosition::Center);
    opts.set_behavior(ScrollBehavior::Auto);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    if let Ok(h) = el.clone().dyn_into::<HtmlElement>() {
        let _ = h.focus();
    }
}
