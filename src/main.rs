//! The web app's thin binary: trunk builds it for wasm32 and mounts the app in the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    care::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("care-web is the browser app: build it with trunk (see the README). The native tool is `care`.");
}
