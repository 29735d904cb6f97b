//! The results page (filled by its own issue).

use yew::prelude::*;

use crate::hooks::use_strings;

/// The results page.
#[function_component(ResultsPage)]
pub fn page() -> Html {
    let s = use_strings();

    html! { <div class="container"><h1>{ s.common.nav_results }</h1></div> }
}
