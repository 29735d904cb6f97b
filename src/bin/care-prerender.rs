//! Build step: prints the start page in the app's frame as HTML, with yew's hydration marks, rendered by the web
//! app's own components with yew's server renderer (`care::app::prerender_start_page`). `scripts/postbuild.mjs` puts
//! it in `index.html`, so that the first paint shows the page before the WebAssembly module has loaded; the app that
//! runs the page then hydrates it.

fn main() {
    print!("{}", care::app::prerender_start_page());
}
