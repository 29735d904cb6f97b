//! Step 5, the review: complete or not, the class, and every unanswered question as a link to it.

use yew::prelude::*;

use super::StepProps;
use crate::components::questionnaire::score_panel::{class_css, class_name};
use crate::components::questionnaire::ReviewList;
use crate::hooks::{use_store, use_strings};
use crate::model::current;
use crate::store::questions::unanswered;

/// The review.
#[function_component(ReviewStep)]
pub fn review_step(props: &StepProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let lang = store.lang;
    // The results are the likely next page: their module is fetched and compiled now, while the user reads.
    use_effect_with((), |_| crate::services::handover::prefetch());
    let sc = &props.scores;
    let missing: Vec<String> = unanswered(current(), &props.assessment.answers, sc)
        .iter()
        .map(|x| x.path())
        .collect();
    let class = sc.class.map(|c| {
        html! {
            <p class="mb-0">
                { q.score_class }{ ": " }
                <span class={classes!("class-badge", "class-badge-sm", class_css(c))}>
                    { class_name(c, sc.sub_label, lang) }
                </span>
                if !sc.complete { { " (" }{ q.provisional }{ ")" } }
            </p>
        }
    });
    let status = if missing.is_empty() {
        html! {
            <div class="alert alert-success" id="review-complete">
                <h3 class="alert-heading">{ q.complete_title }</h3>
                <p>{ q.complete_text }</p>
                { class.clone().unwrap_or_default() }
            </div>
        }
    } else {
        html! {
            <div class="callout note">
                <p>{ q.incomplete_text }</p>
                { class.clone().unwrap_or_default() }
            </div>
        }
    };
    html! {
        <>
            { status }
            <ReviewList {missing} />
            <crate::components::questionnaire::evidence_field::EvidenceReview answers={props.assessment.answers.clone()} />
        </>
    }
}
