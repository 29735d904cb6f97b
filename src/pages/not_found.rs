//! The page for an address that matches no route.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::use_strings;

/// Page not found.
#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    let s = use_strings();
    html! {
        <section>
            <h1>{ s.common.not_found_title }</h1>
            <p>{ s.common.not_found_body }</p>
            <Link<Route> to={Route::Start} classes="btn btn-primary">{ s.common.back_home }</Link<Route>>
        </section>
    }
}
