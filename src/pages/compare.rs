//! The compare page (filled by its own issue).

use yew::prelude::*;

use crate::hooks::use_strings;

/// The compare page.
#[function_component(ComparePage)]
pub fn page() -> Html {
    let s = use_strings();

    html! { <div class="container"><h1>{ s.common.nav_compare }</h1></div> }
}
