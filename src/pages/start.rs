//! The start page: what Ca.Re measures, how long it takes, that answers stay in the browser, and the way in.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::services::dom::now_ms;
use crate::store::Action;

/// The start page.
#[function_component(StartPage)]
pub fn start_page() -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.start;
    let navigator = use_navigator();

    let begin = {
        let store = store.clone();
        let navigator = navigator.clone();
        Callback::from(move |_| {
            let id = store.fresh_id(now_ms() as u64);
            store.dispatch(Action::Create {
                id,
                name: String::new(),
                now_ms: now_ms(),
            });
            if let Some(n) = &navigator {
                n.push(&Route::Questionnaire);
            }
        })
    };
    let resume = store.current().map(|a| {
        let name = if a.answers.comune.name.trim().is_empty() {
            s.common.unnamed.to_string()
        } else {
            a.answers.comune.name.clone()
        };
        html! {
            <Link<Route> to={Route::Questionnaire} classes="btn btn-outline-primary btn-lg">
                { fill(t.resume, &[&name]) }
            </Link<Route>>
        }
    });

    html! {
        <div class="start-page">
            <section class="hero" aria-labelledby="start-title">
                <h1 id="start-title">{ t.title }</h1>
                <p class="lead">{ t.lead }</p>
                <div class="toolbar">
                    <button type="button" class="btn btn-primary btn-lg" onclick={begin}>{ t.begin }</button>
                    { for resume }
                </div>
            </section>

            <section aria-labelledby="dims-title" class="mt-4">
                <h2 id="dims-title">{ t.dimensions_title }</h2>
                <div class="results-grid">
                    { card(t.dps_name, t.dps_desc, "DPS") }
                    { card(t.dpa_name, t.dpa_desc, "DPA") }
                    { card(t.do_name, t.do_desc, "DO") }
                </div>
            </section>

            <section aria-labelledby="classes-title" class="mt-4">
                <h2 id="classes-title">{ t.classes_title }</h2>
                <p>{ t.classes_intro }</p>
                <div class="results-grid">
                    { class_card(t.blocchi_name, t.blocchi_desc, "class-blocchi") }
                    { class_card(t.stacco_name, t.stacco_desc, "class-stacco") }
                    { class_card(t.spinta_name, t.spinta_desc, "class-spinta") }
                </div>
            </section>

            <section aria-labelledby="how-title" class="mt-4">
                <h2 id="how-title">{ t.how_title }</h2>
                <ul class="how-list">
                    <li>{ t.how_time }</li>
                    <li>{ t.how_privacy }</li>
                    <li>{ t.how_resume }</li>
                </ul>
            </section>
        </div>
    }
}

fn card(name: &'static str, desc: &'static str, abbr: &'static str) -> Html {
    html! {
        <div class="card">
            <div class="card-body">
                <h3 class="card-title"><span class="badge">{ abbr }</span>{ " " }{ name }</h3>
                <p>{ desc }</p>
            </div>
        </div>
    }
}

fn class_card(name: &'static str, desc: &'static str, class: &'static str) -> Html {
    html! {
        <div class="card">
            <div class="card-body">
                <h3 class="card-title"><span class={classes!("class-badge", class)}>{ name }</span></h3>
                <p>{ desc }</p>
            </div>
        </div>
    }
}
