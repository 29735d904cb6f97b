//! Build step: prints the start page in the app's frame as HTML, rendered by the web app's own components with
//! yew's server renderer (`care::app::prerender_start_page`). `scripts/postbuild.mjs` puts it in `index.html`, so
//! that the first paint shows the page before the WebAssembly module has loaded; the app that runs the page then
//! renders the same markup in its place.

fn main() {
    print!("{}", care::app::prerender_start_page());
}
