//! wasm tests in headless Chromium: components mounted in a real document, asserted on their text.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod web_embed;
mod web_questionnaire;
mod web_results;
mod web_shell;
mod web_support;
mod web_transfer;
