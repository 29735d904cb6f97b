//! The class and why: each dimension's band and the range that places it, the case of the rule that gives the
//! class, what the class means, and the points rule.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::{current, Scores};
use crate::report::explain::{band_css, why};

/// Props of [`WhyCard`].
#[derive(Properties, PartialEq)]
pub struct WhyCardProps {
    /// The scores shown.
    pub scores: Rc<Scores>,
}

/// The explanation of the class.
#[function_component(WhyCard)]
pub fn why_card(props: &WhyCardProps) -> Html {
    let s = use_strings();
    let lang = use_store().lang;
    let w = why(current(), &props.scores, lang);
    let online = fill(
        s.results().online_services,
        &[
            &props.scores.online_services,
            &props.scores.applicable_services,
        ],
    );
    html! {
        <section class="card" aria-labelledby="why-title" id="result-why">
            <div class="card-body">
                <h2 class="card-title" id="why-title">{ s.results().why_title }</h2>
                <ul>
                    { for w.dims.iter().map(|d| html! {
                        <li>
                            if let Some(b) = d.band {
                                <span class={classes!("band", band_css(b))}>{ d.band_name.clone() }</span>{ " " }
                            }
                            { d.sentence.clone() }
                        </li>
                    }) }
                </ul>
                if let Some(reason) = &w.reason {
                    <p class="fw-bold" id="result-reason">{ reason.clone() }</p>
                }
                if let Some(desc) = &w.class_description {
                    <p>{ desc.clone() }</p>
                }
                if let Some(rule) = &w.rule {
                    <p class="small text-muted">{ rule.clone() }</p>
                }
                <p class="small mb-0">{ online }</p>
            </div>
        </section>
    }
}
