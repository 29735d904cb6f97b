//! Loading the full app's module and handing the page over to it (see `crate::split`).

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
pub async fn hand_over() -> Result<(), JsValue> {
    let exports = JsFuture::from(care_load_full()?).await?;
    let start: js_sys::Function =
        js_sys::Reflect::get(&exports, &JsValue::from_str("care_start"))?.dyn_into()?;
    crate::app::stop_core();
    start.call0(&JsValue::NULL)?;
    Ok(())
}
