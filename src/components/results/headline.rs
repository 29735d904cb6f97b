//! The score headline: the Ca.Re index as an integer (one decimal beside it), the class with its sub-label,
//! and a "provisional" mark while answers are missing; then the notice of what is missing.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::Route;
use crate::components::layout::NavLink;
use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::model::number::one_decimal;
use crate::model::{current, Scores};
use crate::report::explain::{class_css, class_with_sub};

/// Props of [`ScoreHeadline`].
#[derive(Properties, PartialEq)]
pub struct ScoreHeadlineProps {
    /// The scores shown.
    pub scores: Rc<Scores>,
}

/// The index, the class and the provisional mark.
#[function_component(ScoreHeadline)]
pub fn score_headline(props: &ScoreHeadlineProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let lang = crate::hooks::use_store().lang;
    let sc = &props.scores;
    let number = sc
        .care_display
        .map(|v| v.to_string())
        .unwrap_or_else(|| r.not_available.to_string());
    let class = match sc.class {
        Some(c) => html! {
            <span class={classes!("class-badge", class_css(c))} id="result-class">
                { class_with_sub(current(), c, sc.sub_label, lang) }
            </span>
        },
        None => html! { <span id="result-class">{ r.no_class }</span> },
    };
    html! {
        <section class="score-headline" aria-labelledby="score-label" id="score-headline">
            <p class="score-headline-label" id="score-label">{ r.headline_label }</p>
            <p class="score-headline-value">
                <span class="score-number" id="result-score">{ number }</span>
                <span class="score-scale">{ r.scale }</span>
            </p>
            <p class="score-headline-text">
                <span class="visually-hidden">{ r.class_label }{ ": " }</span>
                { class }
                if !sc.complete {
                    { " " }<span class="badge badge-warning" id="result-provisional">{ r.provisional_badge }</span>
                }
                if let Some(care) = sc.care {
                    <br /><span class="text-muted" id="result-exact">{ fill(r.exact, &[&one_decimal(lang, care)]) }</span>
                }
            </p>
        </section>
    }
}

/// Props of [`ProvisionalNotice`].
#[derive(Properties, PartialEq)]
pub struct ProvisionalNoticeProps {
    /// The scores shown.
    pub scores: Rc<Scores>,
}

/// What is missing, with a link to the questionnaire's review step (nothing when complete).
#[function_component(ProvisionalNotice)]
pub fn provisional_notice(props: &ProvisionalNoticeProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let p = props.scores.progress.total;
    if props.scores.complete {
        return html! {};
    }
    let missing = p.total - p.answered;
    let body = if missing == 1 {
        fill(r.provisional_body_one, &[&p.total])
    } else {
        fill(r.provisional_body, &[&missing, &p.total])
    };
    html! {
        <div class="callout warning mt-3" id="result-missing">
            <p class="callout-title">{ r.provisional_title }</p>
            <p>{ body }</p>
            if props.scores.class.is_none() {
                <p>{ r.no_class }</p>
            }
            <p>
                <NavLink to={Route::QuestionnaireStep { step: "revisione".to_string() }}>
                    { r.provisional_link }
                </NavLink>
            </p>
        </div>
    }
}
