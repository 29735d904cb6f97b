//! The method page (filled by its own issue).

use yew::prelude::*;

use crate::hooks::use_strings;

/// The method page.
#[function_component(MethodPage)]
pub fn page() -> Html {
    let s = use_strings();

    html! { <div class="container"><h1>{ s.common.nav_method }</h1></div> }
}
