//! Files out of the browser and into it, without any server: a download is a `Blob` behind an object URL clicked
//! through a temporary `<a download>`; a chosen file is read with a `FileReader` into bytes, refused above a size
//! limit before reading, and decoded as strict UTF-8 (a file in another encoding is refused, not mangled).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// Offers `content` as a file called `file_name` of type `mime` (e.g. `application/json;charset=utf-8`).
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor)?;
    anchor.click();
    anchor.remove();
    // The download has started by now; the URL is released a little later to be safe with slow browsers.
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Why a chosen file could not be read as text.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// Larger than the limit (the file was not read).
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// Its bytes are not UTF-8.
    NotUtf8,
    /// The browser could not read it.
    Failed,
}

/// Reads `file` as UTF-8 text and calls `on_done` once with the text or the reason it could not be read. Files
/// above `max_bytes` are refused without being read.
pub fn read_text(
    file: &web_sys::File,
    max_bytes: usize,
    on_done: Callback<Result<String, ReadError>>,
) {
    let size = file.size();
    if size > max_bytes as f64 {
        on_done.emit(Err(ReadError::TooLarge {
            bytes: size as usize,
        }));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        on_done.emit(Err(ReadError::Failed));
        return;
    };
    let handle = reader.clone();
    let on_failure = on_done.clone();
    // `loadend` fires exactly once, after success or failure: the closure frees itself when called.
    let on_end = Closure::once_into_js(move |_event: JsValue| {
        let result = handle
            .result()
            .ok()
            .filter(|r| r.is_instance_of::<js_sys::ArrayBuffer>())
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        let outcome = match result {
            Some(bytes) => String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8),
            None => Err(ReadError::Failed),
        };
        on_done.emit(outcome);
    });
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    if reader.read_as_array_buffer(file).is_err() {
        reader.set_onloadend(None);
        on_failure.emit(Err(ReadError::Failed));
    }
}

/// The files chosen in a file input, in order.
pub fn chosen_files(input: &web_sys::HtmlInputElement) -> Vec<web_sys::File> {
    let Some(list) = input.files() else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Today's date as `YYYY-MM-DD` (UTC), for file names.
pub fn today_iso() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}
