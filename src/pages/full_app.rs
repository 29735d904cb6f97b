//! What the light app shows on a route of the full app: a loading status while the full module is fetched, then the
//! full app takes the page over on the same route. If the module cannot be loaded, a message and a retry button.

use yew::prelude::*;

use crate::app::Route;
use crate::hooks::use_strings;

/// Loads the full app and hands the page over to it (see `crate::routes`).
#[function_component(FullAppLoader)]
pub fn full_app_loader() -> Html {
    let s = use_strings();
    let attempt = use_state(|| 0u32);
    let failed = use_state(|| false);
    {
        let failed = failed.clone();
        use_effect_with(*attempt, move |_| {
            failed.set(false);
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(err) = crate::services::handover::hand_over().await {
                    web_sys::console::warn_2(&"Ca.Re: the full app did not load".into(), &err);
                    failed.set(true);
                }
            });
        });
    }
    let onretry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    if *failed {
        return html! {
            <section class="container">
                <div class="alert alert-danger" role="alert">
                    <p>{ s.common.loading_full_failed }</p>
                </div>
                <p class="d-flex flex-wrap gap-2">
                    <button type="button" class="btn btn-primary" onclick={onretry}>{ s.common.retry }</button>
                    <crate::components::layout::NavLink to={Route::Questionnaire} class="btn btn-outline-primary">
                        { s.common.nav_questionnaire }
                    </crate::components::layout::NavLink>
                </p>
            </section>
        };
    }
    html! {
        <section class="container">
            <p class="app-loading" role="status">{ s.common.loading_full }</p>
        </section>
    }
}

/// The quiet loading state of a page opened on a route other than the start page, in the HTML rendered at build
/// time (see `crate::app::prerender_start_page`): shown, in place of the start page, until the app takes over.
#[function_component(RouteLoading)]
pub fn route_loading() -> Html {
    let s = use_strings();
    html! {
        <section class="container route-loading">
            <p class="app-loading" role="status">{ s.common.loading }</p>
        </section>
    }
}
