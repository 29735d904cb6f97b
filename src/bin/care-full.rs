//! The full web app's binary (results, charts, files, comparison, method, report, share links, embeds): trunk
//! builds it for wasm32 as a second module that the light first-load app (`care-web`) or the boot script loads on
//! demand and starts with `care_start` (see `care::routes`).

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    /// Mounts the full app in the page, in place of the light app if that was there.
    #[wasm_bindgen]
    pub fn care_start() {
        care::app::start();
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "care-full is the browser app's second module: build it with trunk (see the README)."
    );
}
