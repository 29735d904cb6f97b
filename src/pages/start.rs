//! The start page: what Ca.Re measures, how long it takes, that answers stay in the browser, and the way in.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{create_assessment, Route};
use crate::components::layout::ImportLink;
use crate::components::questionnaire::score_panel::{class_css, class_name};
use crate::hooks::{use_store, use_strings};
use crate::model::{current, Class, Lang};

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
            create_assessment(&store);
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
            <crate::components::layout::NavLink to={Route::Questionnaire} class="btn btn-outline-primary btn-lg">
                { crate::components::user_text::fill_isolated(t.resume, &[&name]) }
            </crate::components::layout::NavLink>
        }
    });

    html! {
        <>
            <section class="hero" aria-labelledby="start-title">
                <div class="container hero-grid">
                    <h1 id="start-title" class="hero-title">{ t.title }</h1>
                    // What it takes and where the answers stay, in the first screen at every width: beside the
                    // title on a desktop, under it on a phone.
                    <aside class="hero-facts" aria-labelledby="how-title">
                        <h2 id="how-title" class="hero-facts-title">{ t.how_title }</h2>
                        <ul class="how-list">
                            <li>{ t.how_time }</li>
                            <li>{ t.how_privacy }</li>
                            <li>{ t.how_resume }</li>
                        </ul>
                    </aside>
                    <p class="lead">{ t.lead }</p>
                    <div class="hero-actions">
                        <button type="button" class="btn btn-primary btn-lg" onclick={begin}>{ t.begin }</button>
                        { for resume }
                        <ImportLink class="btn btn-outline-primary btn-lg" />
                    </div>
                </div>
            </section>
            <div class="container">

            <section aria-labelledby="dims-title">
                <h2 id="dims-title" class="section-title">{ t.dimensions_title }</h2>
                <div class="card-grid">
                    { card(t.dps_name, t.dps_desc, "DPS") }
                    { card(t.dpa_name, t.dpa_desc, "DPA") }
                    { card(t.do_name, t.do_desc, "DO") }
                </div>
            </section>

            <section aria-labelledby="classes-title" class="mt-4">
                <h2 id="classes-title" class="section-title">{ t.classes_title }</h2>
                <p>{ t.classes_intro }</p>
                <div class="card-grid">
                    { for [Class::BlocchiDiPartenza, Class::Stacco, Class::Spinta].map(|c| class_card(c, store.lang)) }
                </div>
            </section>

            </div>
        </>
    }
}

fn card(name: &'static str, desc: &'static str, abbr: &'static str) -> Html {
    html! {
        <article class="card card-accent">
            <div class="card-body">
                <p class="card-eyebrow">{ abbr }</p>
                <h3 class="card-title">{ name }</h3>
                <p class="card-text">{ desc }</p>
            </div>
        </article>
    }
}

/// A class's card: its name as a badge (the colour of the results) and what it means, from the edition (the
/// names every page uses).
fn class_card(class: Class, lang: Lang) -> Html {
    let edition = current();
    let description = edition
        .label_def(class.id())
        .map(|d| edition.fill(&d.description, lang))
        .unwrap_or_default();
    html! {
        <article class="card">
            <div class="card-body">
                <h3 class="card-title">
                    <span class={classes!("class-badge", class_css(class))}>{ class_name(class, None, lang) }</span>
                </h3>
                <p class="card-text">{ description }</p>
            </div>
        </article>
    }
}
