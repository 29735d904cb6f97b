//! The page frame: skip link, header with the language switch, main navigation, notices, footer.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::notices::Notices;
use crate::hooks::{use_store, use_strings};
use crate::model::Lang;
use crate::store::Action;

/// Props of [`Layout`].
#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// The page.
    pub children: Children,
}

/// The frame around every page.
#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let s = use_strings();
    html! {
        <>
            <a class="skiplink" href="#main" onclick={skip_to_main()}>{ s.common.skip_to_content }</a>
            <header class="it-header-wrapper no-print">
                <div class="it-header-slim-wrapper">
                    <div class="container it-header-slim-inner">
                        <span class="it-header-slim-brand">{ s.common.app_name }</span>
                        <LangSwitch />
                    </div>
                </div>
                <div class="it-header-center-wrapper">
                    <div class="container it-header-center-inner">
                        <Link<Route> to={Route::Start} classes="it-brand-wrapper">
                            <img class="it-brand-logo" src="icons/favicon.svg" alt="" width="48" height="48" />
                            <span class="it-brand-text">
                                <span class="it-brand-title">{ s.common.app_title }</span>
                                <span class="it-brand-tagline">{ s.common.app_subtitle }</span>
                            </span>
                        </Link<Route>>
                    </div>
                </div>
                <MainNav />
            </header>
            <main id="main" tabindex="-1" class="container main-content">
                <Notices />
                { props.children.clone() }
            </main>
            <Footer />
        </>
    }
}

/// Moves the focus to the main content (the hash is the router's, so the default jump cannot be used).
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    })
}

/// The IT | EN switch; remembered with the state.
#[function_component(LangSwitch)]
fn lang_switch() -> Html {
    let store = use_store();
    let s = use_strings();
    let button = |lang: Lang, label: &'static str, full: &'static str| {
        let store = store.clone();
        let pressed = store.lang == lang;
        let onclick = Callback::from(move |_| store.dispatch(Action::SetLang(lang)));
        html! {
            <button type="button" class="lang-option" lang={lang.code()} aria-pressed={pressed.to_string()}
                    title={full} {onclick}>
                <span aria-hidden="true">{ label }</span>
                <span class="visually-hidden">{ full }</span>
            </button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={s.common.lang_switch_label}>
            { button(Lang::It, "IT", "Italiano") }
            { button(Lang::En, "EN", "English") }
        </div>
    }
}

/// The main navigation; the current page is marked with `aria-current`.
#[function_component(MainNav)]
fn main_nav() -> Html {
    let s = use_strings();
    let route = use_route::<Route>().unwrap_or(Route::Start);
    let section = |r: &Route| -> u8 {
        match r {
            Route::Start => 0,
            Route::Questionnaire | Route::QuestionnaireStep { .. } => 1,
            Route::Results => 2,
            Route::Assessments => 3,
            Route::Compare => 4,
            Route::Method => 5,
            _ => 9,
        }
    };
    let current = section(&route);
    let item = |to: Route, label: &'static str| {
        let here = section(&to) == current;
        html! {
            <li class="nav-item">
                <Link<Route> to={to} classes={classes!("nav-link", here.then_some("active"))}>
                    if here { <span aria-current="page">{ label }</span> } else { { label } }
                </Link<Route>>
            </li>
        }
    };
    html! {
        <nav class="it-header-navbar-wrapper" aria-label={s.common.nav_label}>
            <div class="container">
                <ul class="navbar-nav">
                    { item(Route::Start, s.common.nav_start) }
                    { item(Route::Questionnaire, s.common.nav_questionnaire) }
                    { item(Route::Results, s.common.nav_results) }
                    { item(Route::Assessments, s.common.nav_assessments) }
                    { item(Route::Compare, s.common.nav_compare) }
                    { item(Route::Method, s.common.nav_method) }
                </ul>
            </div>
        </nav>
    }
}

/// The footer: model edition, privacy, accessibility statement.
#[function_component(Footer)]
fn footer() -> Html {
    let s = use_strings();
    let edition = crate::model::current().id.clone();
    html! {
        <footer class="it-footer no-print">
            <div class="container it-footer-main">
                <p class="footer-edition">{ crate::i18n::fill(s.common.footer_edition, &[&edition]) }</p>
                <p>{ s.common.footer_privacy }</p>
                <p>{ s.common.footer_source }</p>
                <p><Link<Route> to={Route::Accessibility}>{ s.common.footer_accessibility }</Link<Route>></p>
            </div>
        </footer>
    }
}
