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
            <a class="skiplink" href="#main">{ s.common.skip_to_content }</a>
            <header class="it-header-wrapper no-print">
                <div class="it-header-slim-wrapper">
                    <div class="container it-header-slim-wrapper-content">
                        <span class="it-header-slim-brand">{ s.common.app_name }</span>
                        <LangSwitch />
                    </div>
                </div>
                <div class="it-header-center-wrapper">
                    <div class="container">
                        <NavLink to={Route::Start} class="it-brand-wrapper" current={false}>
                            <img class="it-brand-icon" src={brand_icon()} alt="" width="56" height="56" />
                            <span>
                                <span class="it-brand-title d-block">{ s.common.app_title }</span>
                                <span class="it-brand-tagline d-block">{ s.common.app_subtitle }</span>
                            </span>
                        </NavLink>
                    </div>
                </div>
                <MainNav />
            </header>
            <main id="main" tabindex="-1">
                <div class="container"><Notices /></div>
                { props.children.clone() }
            </main>
            <Footer />
        </>
    }
}

/// The app's icon (`assets/icons/favicon.svg`) as a `data:` address: the header shows it without a request, also
/// when the app renders the header anew (a returning visitor's first render, the full app taking over).
fn brand_icon() -> String {
    let svg = include_str!("../../assets/icons/favicon.svg").trim();
    format!(
        "data:image/svg+xml,{}",
        // Percent-encoded where a URL may not hold the character as it is (the Nu checker refuses a raw "<").
        svg.replace('%', "%25")
            .replace('#', "%23")
            .replace('"', "%22")
            .replace('<', "%3C")
            .replace('>', "%3E")
            .replace(char::is_whitespace, "%20")
    )
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
            <button type="button" class="lang-btn" lang={lang.code()} aria-pressed={pressed.to_string()}
                    title={full} {onclick}>
                { label }<span class="visually-hidden">{ " — " }{ full }</span>
            </button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={s.common.lang_switch_label}>
            { button(Lang::It, "IT", "Italiano") }
            <span class="lang-sep" aria-hidden="true">{ "|" }</span>
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
            Route::Files => 5,
            Route::Method => 6,
            _ => 9,
        }
    };
    let current = section(&route);
    // On a phone the menu is behind its button; it closes again when a page is chosen.
    let open = use_state(|| false);
    {
        let open = open.clone();
        use_effect_with(current, move |_| open.set(false));
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let item = |to: Route, label: &'static str| {
        let here = section(&to) == current;
        html! {
            <li>
                <NavLink to={to} class="nav-link" current={here}>{ label }</NavLink>
            </li>
        }
    };
    html! {
        <nav class="it-header-navbar-wrapper" aria-label={s.common.nav_label}>
            <div class="container">
                <button type="button" class="nav-toggle" aria-controls="main-menu"
                        aria-expanded={open.to_string()} onclick={toggle}>
                    <span class="nav-toggle-icon" aria-hidden="true"></span>{ s.common.menu }
                </button>
                <ul class={classes!("navbar-nav", open.then_some("is-open"))} id="main-menu">
                    { item(Route::Start, s.common.nav_start) }
                    { item(Route::Questionnaire, s.common.nav_questionnaire) }
                    { item(Route::Results, s.common.nav_results) }
                    { item(Route::Assessments, s.common.nav_assessments) }
                    { item(Route::Compare, s.common.nav_compare) }
                    { item(Route::Files, s.common.nav_files) }
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
    // The id alone: the start page needs no parsing of the model.
    let edition = crate::model::CURRENT_EDITION_ID;
    html! {
        <footer class="it-footer no-print">
            <div class="it-footer-main">
                <div class="container">
                    <h2>{ s.common.app_name }</h2>
                    <p class="footer-edition">{ crate::i18n::fill(s.common.footer_edition, &[&edition]) }</p>
                    <p class="footer-privacy">{ s.common.footer_privacy }</p>
                    <p>{ s.common.footer_source }</p>
                </div>
            </div>
            <div class="it-footer-small-prints">
                <div class="container">
                    <ul>
                        <li><NavLink to={Route::Accessibility} current={false}>{ s.common.footer_accessibility }</NavLink></li>
                        <li><NavLink to={Route::Method} current={false}>{ s.common.nav_method }</NavLink></li>
                    </ul>
                </div>
            </div>
        </footer>
    }
}

/// Props of [`NavLink`].
#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    /// Where it goes.
    pub to: Route,
    /// Whether it is the current page (`aria-current="page"`).
    #[prop_or_default]
    pub current: bool,
    /// CSS classes.
    #[prop_or_default]
    pub class: Classes,
    /// The content.
    pub children: Children,
}

/// A link to a route: a real `href` (`#/...`, so it works from any sub-path and opens in a new tab), handled by
/// the router on a plain click.
#[function_component(NavLink)]
pub fn nav_link(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let to = props.to.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        // A page of the full app: its module starts downloading now, while the light app changes page (the same
        // download the loading page waits for, started once).
        if crate::routes::needs_full_app(&to.to_path()) {
            crate::services::handover::prefetch();
        }
        if let Some(n) = &navigator {
            n.push(&to);
        }
    });
    let href = format!("#{}", props.to.to_path());
    html! {
        <a {href} class={props.class.clone()} aria-current={props.current.then_some("page")} {onclick}>
            { props.children.clone() }
        </a>
    }
}

/// Props of [`ImportLink`].
#[derive(Properties, PartialEq)]
pub struct ImportLinkProps {
    /// CSS classes (a button's look, or none for a text link).
    #[prop_or_default]
    pub class: Classes,
}

/// "Importa un file": the one-click way to the import of an answers file (the page `#/file`), on every page where a
/// file received from a colleague may be wanted (start page, questionnaire, saved assessments, results).
#[function_component(ImportLink)]
pub fn import_link(props: &ImportLinkProps) -> Html {
    let s = use_strings();
    html! {
        <NavLink to={Route::Files} class={classes!("import-link", props.class.clone())}>
            { s.common.import_link }
        </NavLink>
    }
}
