//! The score headline: the Ca.Re index as an integer (one decimal beside it), the class with its sub-label,
//! and a "provisional" mark while answers are missing; then the notice of what is missing.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::Route;
use crate::components::layout::NavLink;
use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::model::number::one_decimal;
use crate::model::{Edition, Scores};
use crate::report::explain::{class_css, class_with_sub, provisional_mark};

/// Props of [`ScoreHeadline`].
#[derive(Properties)]
pub struct ScoreHeadlineProps {
    /// The scores shown.
    pub scores: Rc<Scores>,
    /// The edition they were computed with (it names the class's sub-label).
    pub edition: &'static Edition,
    /// The prefix of the element ids (`result` on the results page, `embed` in the embed card): `<prefix>-score`,
    /// `-class`, `-provisional`, `-exact`, `-headline`, `-headline-label`.
    pub id_prefix: AttrValue,
}

impl PartialEq for ScoreHeadlineProps {
    fn eq(&self, other: &Self) -> bool {
        self.scores == other.scores
            && std::ptr::eq(self.edition, other.edition)
            && self.id_prefix == other.id_prefix
    }
}

/// The index, the class and the provisional mark: on the results page and in the embed card.
#[function_component(ScoreHeadline)]
pub fn score_headline(props: &ScoreHeadlineProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let lang = crate::hooks::use_store().lang;
    let sc = &props.scores;
    let id = |what: &str| format!("{}-{what}", props.id_prefix);
    let number = sc
        .care_display
        .map(|v| v.to_string())
        .unwrap_or_else(|| r.not_available.to_string());
    let class = match sc.class {
        Some(c) => html! {
            <span class={classes!("class-badge", class_css(c))} id={id("class")}>
                { class_with_sub(props.edition, c, sc.sub_label, lang) }
            </span>
        },
        None => html! { <span id={id("class")}>{ r.no_class }</span> },
    };
    html! {
        <section class="score-headline" aria-labelledby={id("headline-label")} id={id("headline")}>
            <p class="score-headline-label" id={id("headline-label")}>{ r.headline_label }</p>
            <p class="score-headline-value">
                <span class="score-number" id={id("score")}>{ number }</span>
                <span class="score-scale">{ r.scale }</span>
            </p>
            <p class="score-headline-text">
                <span class="visually-hidden">{ r.class_label }{ ": " }</span>
                { class }
                if let Some(mark) = provisional_mark(sc, lang) {
                    { " " }<span class="badge badge-warning" id={id("provisional")}>{ mark }</span>
                }
                if let Some(care) = sc.care {
                    <br /><span class="text-muted" id={id("exact")}>{ fill(r.exact, &[&one_decimal(lang, care)]) }</span>
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
    let body = r.provisional_body.fill(missing as usize, &[&p.total]);
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
