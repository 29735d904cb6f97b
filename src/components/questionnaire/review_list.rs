//! What is still unanswered, by section, each item a link that opens its section and focuses its control.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::{current, Lang};
use crate::store::questions::Question;
use crate::store::Step;

/// Props of [`ReviewList`].
#[derive(Properties, PartialEq)]
pub struct ReviewListProps {
    /// The answer paths still unanswered, in questionnaire order (`comune.name`, `services.imu.level`...).
    pub missing: Vec<String>,
}

/// The words of a question in the review list.
pub fn question_label(question: &Question, lang: Lang) -> String {
    let q = &crate::i18n::strings(lang).questionnaire;
    match question {
        Question::Name => q.q_name.to_string(),
        Question::Level(s) => fill(q.q_level, &[&s.name.get(lang)]),
        Question::Spid(s) => fill(q.q_spid, &[&s.name.get(lang)]),
        Question::Cie(s) => fill(q.q_cie, &[&s.name.get(lang)]),
        Question::PagopaActive => q.q_pagopa_active.to_string(),
        Question::Payment(c) => fill(q.q_payment, &[&c.name.get(lang)]),
        Question::Anpr => q.q_anpr.to_string(),
        Question::OpenData(c) => c.name.get(lang).to_string(),
        Question::Social(c) => fill(q.q_social, &[&c.name.get(lang)]),
    }
}

/// The address of a question: its step, with the control to focus (`#/questionario/servizi?focus=q-...`).
pub fn question_href(question: &Question) -> String {
    let route = Route::QuestionnaireStep {
        step: question.step().slug().to_string(),
    };
    format!("#{}?focus={}", route.to_path(), question.control_id())
}

/// The unanswered questions as links, grouped by section.
#[function_component(ReviewList)]
pub fn review_list(props: &ReviewListProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let lang = store.lang;
    let navigator = use_navigator();
    let edition = current();
    let questions: Vec<Question> = props
        .missing
        .iter()
        .filter_map(|p| Question::at(edition, p))
        .collect();
    if questions.is_empty() {
        return html! { <p id="review-none">{ q.missing_none }</p> };
    }
    let sections = Step::ALL.iter().filter_map(|step| {
        let here: Vec<&Question> = questions.iter().filter(|x| x.step() == *step).collect();
        if here.is_empty() {
            return None;
        }
        let items = here.iter().map(|question| {
            let href = question_href(question);
            let onclick = {
                let navigator = navigator.clone();
                let step = question.step();
                let id = question.control_id();
                Callback::from(move |e: MouseEvent| {
                    if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                        return;
                    }
                    e.prevent_default();
                    if let Some(n) = &navigator {
                        let route = Route::QuestionnaireStep {
                            step: step.slug().to_string(),
                        };
                        let _ = n.push_with_query(&route, &[("focus", id.as_str())]);
                    }
                })
            };
            html! { <li><a {href} {onclick}>{ question_label(question, lang) }</a></li> }
        });
        let heading_id = format!("review-{}", step.slug());
        Some(html! {
            <section aria-labelledby={heading_id.clone()}>
                <h4 id={heading_id}>{ q.step_name(*step) }{ format!(" ({})", here.len()) }</h4>
                <ul>{ for items }</ul>
            </section>
        })
    });
    html! {
        <div id="review-missing">
            <h3>{ fill(q.missing_title, &[&questions.len()]) }</h3>
            { for sections }
        </div>
    }
}
