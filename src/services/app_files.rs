//! The app's own files read back by the running page: `fetch` of an address relative to the document's base URL
//! (the folder the app is served from, under whatever sub-path: the routes are in the fragment), so the same
//! origin that the CSP's `connect-src 'self'` allows, answered by the offline cache when the service worker has it.
//! Used to tell a page left behind by a newer release (`index.html`) and to embed the font in an SVG export.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

/// The response for the app's file at `url` (relative, e.g. `fonts/x.woff2`), through the browser's HTTP cache as
/// `cache` says; an error for a failed request or an HTTP error status.
async fn fetch(url: &str, cache: RequestCache) -> Result<Response, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let init = RequestInit::new();
    init.set_cache(cache);
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(format!("HTTP {} for {url}", response.status()).into());
    }
    Ok(response)
}

/// The text of the app's file at `url`, fetched past the HTTP cache (as the server or the offline cache serves it
/// now).
pub async fn fresh_text(url: &str) -> Result<String, JsValue> {
    let response = fetch(url, RequestCache::NoStore).await?;
    JsFuture::from(response.text()?)
        .await?
        .as_string()
        .ok_or_else(|| "not text".into())
}

/// The bytes of the app's file at `url`, from the HTTP cache when it has them (the page's own files usually are).
pub async fn bytes(url: &str) -> Result<Vec<u8>, JsValue> {
    let response = fetch(url, RequestCache::Default).await?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
