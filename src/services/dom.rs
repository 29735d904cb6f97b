//! Small helpers around the document and the clock.

use crate::model::Lang;

/// Sets `<html lang>` and the document title for a language.
pub fn set_document_lang(lang: Lang) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
        doc.set_title(crate::i18n::strings(lang).common.app_title);
    }
}

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Marks the page as run by the app (`<html data-app="live">`): the page built into index.html has been hydrated or
/// replaced.
pub fn mark_app_live() {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-app", "live");
    }
}
