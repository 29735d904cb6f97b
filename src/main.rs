//! The web app's thin binary: trunk builds it for wasm32 and mounts the light first-load app in the page (the full
//! app is the `care-full` module, loaded when a route needs it: see `care::routes`).

#[cfg(target_arch = "wasm32")]
fn main() {
    care::app::start_core();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("care-web is the browser app: build it with trunk (see the README). The native tool is `care`.");
}
