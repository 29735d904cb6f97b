//! The full web app's binary (every route: results, charts, files, comparison, method, report, share links, embeds
//! as well as the start page and the questionnaire): trunk builds it for wasm32 as a second module, which the boot
//! script runs (or the light app `care-web` brings in when a route needs it) and starts with `care_start` (see
//! `care::routes`).

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    /// Mounts the full app in the page, in the place of what is there (the page built into index.html, or the
    /// light app's render).
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
