//! The font's `@font-face` rules for the SVG export of the web app: built by `crate::charts::font_face` from the
//! WOFF2 files the page itself uses (the app's `fonts/`, already in the HTTP cache and in the offline cache), read
//! once per page, so that the module does not carry the files a second time.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::app_files;
use crate::charts::font_face::{font_face_css, FACES};

thread_local! {
    /// The rules, once read.
    static CSS: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
}

/// The rules of the app's font, read from its files the first time (a failure is not kept: the next call tries
/// again).
pub async fn font_face_rules() -> Result<Rc<str>, JsValue> {
    if let Some(css) = CSS.with(|c| c.borrow().clone()) {
        return Ok(css);
    }
    let regular = app_files::bytes(&format!("fonts/{}", FACES[0].file)).await?;
    let semibold = app_files::bytes(&format!("fonts/{}", FACES[1].file)).await?;
    let css: Rc<str> = font_face_css([&regular, &semibold]).into();
    CSS.with(|c| *c.borrow_mut() = Some(css.clone()));
    Ok(css)
}
