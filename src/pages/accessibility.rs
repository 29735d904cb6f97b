//! The accessibility page (filled by its own issue).

use yew::prelude::*;

use crate::hooks::use_strings;

/// The accessibility page.
#[function_component(AccessibilityPage)]
pub fn page() -> Html {
    let s = use_strings();

    html! { <div class="container"><h1>{ s.common.footer_accessibility }</h1></div> }
}
