//! The start page: what Ca.Re measures, how long it takes, that answers stay in the browser, and the way in; the
//! first screen says all of it (the title and the way in on one side, the key facts on the other). The names of
//! the classes are the edition's, as on every other page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{create_assessment, Route};
use crate::components::layout::{ImportLink, NavLink};
use crate::components::questionnaire::score_panel::{class_css, class_name};
use crate::hooks::{use_store, use_strings};
use crate::model::{current, Class, Lang};

/// The start page.
#[function_component(StartPage)]
pub fn start_page() -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.start;
    let lang = store.lang;
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
            <NavLink to={Route::Questionnaire} class="btn btn-outline-primary btn-lg">
                // One piece of text in the button (a flex box), the name isolated inside it.
                <span>{ crate::components::user_text::fill_isolated(t.resume, &[&name]) }</span>
            </NavLink>
        }
    });
    let fact = |key: &'static str, text: &'static str| {
        html! { <li><strong class="fact-key">{ key }</strong>{ " " }<span class="fact-text">{ text }</span></li> }
    };

    html! {
        <>
            <section class="hero" aria-labelledby="start-title">
                <div class="container hero-grid">
                    <h1 id="start-title" class="hero-title">{ t.title }</h1>
                    <p class="lead">{ t.lead }</p>
                    <aside class="hero-facts" aria-labelledby="facts-title">
                        <h2 id="facts-title" class="hero-facts-title">{ t.facts_title }</h2>
                        <ul class="facts-list">
                            { fact(t.fact_time_key, t.fact_time) }
                            { fact(t.fact_privacy_key, t.fact_privacy) }
                            { fact(t.fact_result_key, t.fact_result) }
                            { fact(t.fact_files_key, t.fact_files) }
                        </ul>
                    </aside>
                    <div class="hero-actions">
                        <button type="button" class="btn btn-primary btn-lg" onclick={begin}>{ t.begin }</button>
                        { for resume }
                        <p class="hero-import">{ s.common.import_prompt }{ " " }<ImportLink /></p>
                    </div>
                </div>
            </section>
            <div class="container">

            <section aria-labelledby="dims-title">
                <h2 id="dims-title" class="section-title">{ t.dimensions_title }</h2>
                <div class="card-grid">
                    { for t.dimensions().map(|(code, name, desc)| html! {
                        <article class="card card-accent">
                            <div class="card-body">
                                <p class="card-eyebrow">{ code }</p>
                                <h3 class="card-title">{ name }</h3>
                                <p class="card-text">{ desc }</p>
                            </div>
                        </article>
                    }) }
                </div>
            </section>

            <section aria-labelledby="classes-title" class="mt-4">
                <h2 id="classes-title" class="section-title">{ t.classes_title }</h2>
                <p>{ t.classes_intro }</p>
                <div class="card-grid">
                    { for [Class::BlocchiDiPartenza, Class::Stacco, Class::Spinta].map(|c| class_card(c, lang)) }
                </div>
            </section>
            </div>
        </>
    }
}

/// A class's card: its name as a badge (the colour of the results) and what it means, from the edition.
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
