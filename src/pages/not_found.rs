//! The page for an address that matches no route.

use yew::prelude::*;

use crate::app::Route;
use crate::hooks::use_strings;

/// Page not found.
#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let s = use_strings();
    html! {
        <section class="container">
            <h1>{ s.common.not_found_title }</h1>
            <p>{ s.common.not_found_body }</p>
            <crate::components::layout::NavLink to={Route::Start} class="btn btn-primary">{ s.common.back_home }</crate::components::layout::NavLink>
        </section>
    }
}
