//! Hooks shared by the components.

pub mod route_place;

use yew::prelude::*;

use crate::app::StoreHandle;
use crate::i18n::{self, Strings};

/// The app's store (provided by the root component).
#[hook]
pub fn use_store() -> StoreHandle {
    use_context::<StoreHandle>().expect("the store context is provided by App")
}

/// The strings of the current language.
#[hook]
pub fn use_strings() -> &'static Strings {
    let store = use_store();
    i18n::strings(store.lang)
}

/// A number that changes whenever the document finishes loading fonts (each `loadingdone` of `document.fonts`). A
/// canvas drawn while a face was still loading used a fallback face; charts redraw when it changes. The faces that
/// finished before the chart was drawn need nothing (and asking `document.fonts.ready` would force a style
/// recalculation of the whole page in the middle of its first render).
#[hook]
pub fn use_fonts_generation() -> u32 {
    let generation = use_state(|| 0u32);
    let counter = use_mut_ref(|| 0u32);
    {
        let generation = generation.clone();
        use_effect_with((), move |_| {
            use wasm_bindgen::{JsCast, JsValue};
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| js_sys::Reflect::get(&d, &JsValue::from_str("fonts")).ok())
                .and_then(|f| f.dyn_into::<web_sys::EventTarget>().ok())
                .map(|target| {
                    gloo_events::EventListener::new(&target, "loadingdone", move |_| {
                        let next = {
                            let mut c = counter.borrow_mut();
                            *c += 1;
                            *c
                        };
                        generation.set(next);
                    })
                });
            move || drop(listener)
        });
    }
    *generation
}
