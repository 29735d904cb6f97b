//! Opening a native `<dialog>` as a modal (`showModal()` traps the focus and makes the page inert), called
//! through JavaScript reflection so that no extra web-sys feature is needed.

use wasm_bindgen::{JsCast, JsValue};

fn call(element: &web_sys::Element, method: &str) {
    let function = js_sys::Reflect::get(element, &JsValue::from_str(method))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(f) = function {
        if let Err(e) = f.call0(element) {
            web_sys::console::warn_1(&e);
        }
    }
}

/// Opens `element` (a `<dialog>`) as a modal dialog, unless it is open already.
pub fn show_modal(element: &web_sys::Element) {
    if !element.has_attribute("open") {
        call(element, "showModal");
    }
}

/// Closes `element` (a `<dialog>`) if it is open.
pub fn close(element: &web_sys::Element) {
    if element.has_attribute("open") {
        call(element, "close");
    }
}
