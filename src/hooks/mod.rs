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

/// A number that changes whenever the document finishes loading fonts (`document.fonts`: `ready`, then each
/// `loadingdone`). A canvas drawn before the web font arrived used a fallback face; charts redraw when it changes.
#[hook]
pub fn use_fonts_generation() -> u32 {
    let generation = use_state(|| 0u32);
    let counter = use_mut_ref(|| 0u32);
    {
        let generation = generation.clone();
        use_effect_with((), move |_| {
            use wasm_bindgen::{closure::Closure, JsCast, JsValue};
            let fonts = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| js_sys::Reflect::get(&d, &JsValue::from_str("fonts")).ok())
                .filter(|f| !f.is_undefined());
            let bump = {
                let generation = generation.clone();
                move || {
                    let next = {
                        let mut c = counter.borrow_mut();
                        *c += 1;
                        *c
                    };
                    generation.set(next);
                }
            };
            let listener = fonts.as_ref().and_then(|f| {
                let target = f.clone().dyn_into::<web_sys::EventTarget>().ok()?;
                let bump = bump.clone();
                Some(gloo_events::EventListener::new(
                    &target,
                    "loadingdone",
                    move |_| bump(),
                ))
            });
            if let Some(ready) = fonts
                .as_ref()
                .and_then(|f| js_sys::Reflect::get(f, &JsValue::from_str("ready")).ok())
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
            {
                let done = Closure::once(move |_: JsValue| bump());
                let _ = ready.then(&done);
                done.forget();
            }
            move || drop(listener)
        });
    }
    *generation
}
