//! The assessments page (filled by its own issue).

use yew::prelude::*;

use crate::hooks::use_strings;

/// The assessments page.
#[function_component(AssessmentsPage)]
pub fn page() -> Html {
    let s = use_strings();

    html! { <div class="container"><h1>{ s.common.nav_assessments }</h1></div> }
}
