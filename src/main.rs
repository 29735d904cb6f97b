//! The light web app's thin binary (start page, questionnaire): trunk builds it for wasm32; the boot script runs it
//! on a first visit whose browser asks to save data, and it brings in the full app (`care-full`) when a route needs
//! it (see `care::routes`).

#[cfg(target_arch = "wasm32")]
fn main() {
    care::app::start_core();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("care-web is the browser app: build it with trunk (see the README). The native tool is `care`.");
}
