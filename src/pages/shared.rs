//! The read-only view of a share link (`#/condivisa/1.…`): the answers are decoded from the link (see
//! [`crate::share`]) and their results shown; nothing is stored unless the user presses "Salva tra le mie
//! valutazioni", which adds a new assessment and never overwrites one. A garbled, truncated or foreign link gets a
//! message that says what is wrong, and changes nothing.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::Route;
use crate::components::layout::NavLink;
use crate::components::transfer::ResultsSummary;
use crate::components::user_text::fill_isolated;
use crate::hooks::{use_store, use_strings};
use crate::services::dom::now_ms;
use crate::share;
use crate::transfer::files;

/// Props of [`SharedPage`].
#[derive(Properties, PartialEq)]
pub struct SharedPageProps {
    /// The payload of the link (what follows `#/condivisa/`), possibly empty or damaged.
    pub data: AttrValue,
}

/// The shared-link page.
#[function_component(SharedPage)]
pub fn shared_page(props: &SharedPageProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.transfer();
    let lang = store.lang;
    let decoded = use_memo(props.data.clone(), |data| share::decode(data).map(Rc::new));
    // The id under which this page saved the answers (reset when another link is opened).
    let saved = use_state(|| None::<String>);
    {
        let saved = saved.clone();
        use_effect_with(props.data.clone(), move |_| saved.set(None));
    }
    let status_ref = use_node_ref();
    {
        let status_ref = status_ref.clone();
        use_effect_with((*saved).clone(), move |saved| {
            if saved.is_some() {
                if let Some(el) = status_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }

    let answers = match &*decoded {
        Ok(a) => a.clone(),
        Err(e) => {
            return html! {
                <div class="container">
                    <div class="page-header">
                        <h1>{ t.shared_error_title }</h1>
                    </div>
                    <div class="alert alert-danger" role="alert">
                        <p>{ e.message(lang) }</p>
                        <p>{ t.nothing_changed }</p>
                    </div>
                    <NavLink to={Route::Start} class="btn btn-primary">{ s.common.back_home }</NavLink>
                </div>
            };
        }
    };

    let save = {
        let store = store.clone();
        let saved = saved.clone();
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| {
            let (action, id) = files::add_action(&store, (*answers).clone(), now_ms());
            store.dispatch(action);
            saved.set(Some(id));
        })
    };
    let already = if saved.is_none() {
        files::identical(&store, &answers).map(|a| a.answers.comune.name.clone())
    } else {
        None
    };
    let year = answers
        .comune
        .year
        .map(|y| y.to_string())
        .unwrap_or_else(|| t.not_given.to_string());

    html! {
        <div class="container">
            <div class="page-header">
                <h1>{ t.shared_title }</h1>
                <p class="lead">{ t.shared_lead }</p>
            </div>
            <h2 class="section-title">{ fill_isolated(t.shared_of, &[&answers.comune.name, &year]) }</h2>
            <div class="toolbar mb-3 no-print">
                if saved.is_none() {
                    <button type="button" class="btn btn-primary" onclick={save}>{ t.shared_save }</button>
                }
            </div>
            <div role="status" aria-live="polite">
                if let Some(name) = already {
                    <p class="callout note">{ fill_isolated(t.shared_already, &[&name]) }</p>
                }
                if saved.is_some() {
                    <div class="alert alert-success" ref={status_ref} tabindex="-1">
                        <p>{ fill_isolated(t.shared_saved, &[&answers.comune.name]) }</p>
                        <div class="toolbar">
                            <NavLink to={Route::Results} class="btn btn-outline-primary btn-sm">{ t.open_results }</NavLink>
                            <NavLink to={Route::Assessments} class="btn btn-outline-primary btn-sm">{ t.open_assessments }</NavLink>
                        </div>
                    </div>
                }
            </div>
            <ResultsSummary answers={answers} id_prefix="shared" />
        </div>
    }
}
