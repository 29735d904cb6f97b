//! What the light app shows on a route of the full app: a loading status while the full module is fetched, then the
//! full app takes the page over on the same route. If the module cannot be loaded, a message and a retry button; if
//! it is gone because a newer release replaced this page's files (another tab took the update), the message says
//! so and offers the reload that brings the new release, since a retry could never succeed.

use yew::prelude::*;

use crate::app::Route;
use crate::hooks::use_strings;
use crate::services::handover;

/// Where the loading stands.
#[derive(Clone, Copy, PartialEq)]
enum Loading {
    /// The module is being fetched.
    Pending,
    /// It could not be fetched: offline, or a failed download.
    Failed,
    /// A newer release replaced this page's files.
    Replaced,
}

/// Loads the full app and hands the page over to it (see `crate::routes`).
#[function_component(FullAppLoader)]
pub fn full_app_loader() -> Html {
    let s = use_strings();
    let attempt = use_state(|| 0u32);
    let loading = use_state(|| Loading::Pending);
    {
        let loading = loading.clone();
        use_effect_with(*attempt, move |_| {
            loading.set(Loading::Pending);
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(err) = handover::hand_over().await {
                    web_sys::console::warn_2(&"Ca.Re: the full app did not load".into(), &err);
                    loading.set(if handover::replaced_by_newer_release().await {
                        Loading::Replaced
                    } else {
                        Loading::Failed
                    });
                }
            });
        });
    }
    let onretry = {
        let attempt = attempt.clone();
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
    };
    let onreload = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let questionnaire = html! {
        <crate::components::layout::NavLink to={Route::Questionnaire} class="btn btn-outline-primary">
            { s.common.nav_questionnaire }
        </crate::components::layout::NavLink>
    };
    match *loading {
        Loading::Pending => html! {
            <section class="container">
                <p class="app-loading" role="status">{ s.common.loading_full }</p>
            </section>
        },
        Loading::Failed => html! {
            <section class="container">
                <div class="alert alert-danger" role="alert">
                    <p>{ s.common.loading_full_failed }</p>
                </div>
                <p class="d-flex flex-wrap gap-2">
                    <button type="button" class="btn btn-primary" onclick={onretry}>{ s.common.retry }</button>
                    { questionnaire }
                </p>
            </section>
        },
        Loading::Replaced => html! {
            <section class="container">
                <div class="alert alert-warning" role="alert" id="release-replaced">
                    <p>{ s.common.loading_replaced }</p>
                </div>
                <p class="d-flex flex-wrap gap-2">
                    <button type="button" class="btn btn-primary" id="release-reload" onclick={onreload}>
                        { s.common.reload }
                    </button>
                    { questionnaire }
                </p>
            </section>
        },
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
