//! Small helpers around the document and the clock.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

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

/// The app's address without its fragment (the page under whatever sub-path it is served from): where share and
/// embed links point.
pub fn app_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Milliseconds since the epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Marks the page as run by the app (`<html data-app="live">`): the page built into index.html has been replaced
/// by the app's render.
pub fn mark_app_live() {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-app", "live");
    }
}

/// A task run after the browser's next paint (an animation frame, then a timer), or at once (a timer) in a hidden
/// document, which paints no frames; dropped before, it never runs. A frame that is not painted (a cross-site embed
/// scrolled out of view) runs it when it comes into view.
pub struct AfterPaint {
    frame: Option<(i32, Closure<dyn FnMut()>)>,
    timer: Rc<RefCell<Option<Timeout>>>,
}

impl AfterPaint {
    /// Schedules `task` (see the type).
    pub fn new(task: impl FnOnce() + 'static) -> Self {
        let timer = Rc::new(RefCell::new(None));
        let window = web_sys::window();
        let hidden = window
            .as_ref()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if hidden {
            *timer.borrow_mut() = Some(Timeout::new(0, task));
            return Self { frame: None, timer };
        }
        let slot = timer.clone();
        let mut task = Some(task);
        let on_frame = Closure::<dyn FnMut()>::new(move || {
            if let Some(task) = task.take() {
                *slot.borrow_mut() = Some(Timeout::new(0, task));
            }
        });
        let frame = window
            .and_then(|w| {
                w.request_animation_frame(on_frame.as_ref().unchecked_ref())
                    .ok()
            })
            .map(|id| (id, on_frame));
        Self { frame, timer }
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        if let (Some((id, _)), Some(w)) = (&self.frame, web_sys::window()) {
            let _ = w.cancel_animation_frame(*id);
        }
        // Dropping the timer clears it.
        self.timer.borrow_mut().take();
    }
}
