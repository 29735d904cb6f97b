//! Hooks shared by the components.

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
