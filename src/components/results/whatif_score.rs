//! The simulation's own live score, beside its controls: the simulated Ca.Re index, class and the three dimensions,
//! each with its change from the saved result, so that a change is seen where it is made. It stays in view
//! (sticky) while the controls scroll under it.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::number::{one_decimal, signed_change};
use crate::model::{current, Scores};
use crate::report::explain::{
    class_css, class_with_sub, dimension_names, dimension_values, provisional_mark,
};

/// Props of [`WhatIfScore`].
#[derive(Properties, PartialEq)]
pub struct WhatIfScoreProps {
    /// The scores of the saved answers.
    pub saved: Rc<Scores>,
    /// The scores of the simulated copy.
    pub simulated: Rc<Scores>,
}

/// The change from `saved` to `now`, when both are defined.
fn delta(now: Option<f64>, saved: Option<f64>) -> Option<f64> {
    Some(now? - saved?)
}

/// The simulated result with its changes from the saved one.
#[function_component(WhatIfScore)]
pub fn what_if_score(props: &WhatIfScoreProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let lang = use_store().lang;
    let e = current();
    let (sim, saved) = (&props.simulated, &props.saved);
    let number = sim
        .care_display
        .map(|v| v.to_string())
        .unwrap_or_else(|| r.not_available.to_string());
    let class = match sim.class {
        Some(c) => html! {
            <span class={classes!("class-badge", class_css(c))} id="whatif-class">
                { class_with_sub(e, c, sim.sub_label, lang) }
            </span>
        },
        None => html! { <span id="whatif-class">{ r.no_class }</span> },
    };
    let saved_class = saved
        .class
        .map(|c| class_with_sub(e, c, saved.sub_label, lang))
        .unwrap_or_else(|| r.no_class.to_string());
    let saved_care = saved
        .care
        .map(|v| one_decimal(lang, v))
        .unwrap_or_else(|| r.not_available.to_string());
    let care_delta = delta(sim.care, saved.care).map(|d| {
        html! {
            <span class="whatif-delta" id="whatif-delta">
                { fill(r.whatif_delta, &[&signed_change(lang, d)]) }
            </span>
        }
    });
    let dims = dimension_values(sim)
        .into_iter()
        .zip(dimension_values(saved))
        .map(|((id, now, _), (_, before, _))| {
            let code = dimension_names(e, id, lang).0;
            let value = now
                .map(|v| one_decimal(lang, v))
                .unwrap_or_else(|| r.not_available.to_string());
            let change = delta(now, before).map(|d| signed_change(lang, d));
            html! {
                <div class="whatif-dim">
                    <dt>{ code }</dt>
                    <dd id={format!("whatif-{id}")}>
                        <span class="whatif-dim-value">{ value }</span>
                        if let Some(c) = change {
                            { " " }<span class="whatif-dim-delta">{ "(" }{ c }{ ")" }</span>
                        }
                    </dd>
                </div>
            }
        });
    html! {
        <section class="whatif-live" id="whatif-live" aria-labelledby="whatif-live-title">
            <h3 class="whatif-live-title" id="whatif-live-title">{ r.whatif_live_title }</h3>
            <div class="whatif-live-body" aria-live="polite">
                <p class="whatif-live-main">
                    <span class="whatif-live-number" id="whatif-score">{ number }</span>
                    <span class="score-scale">{ r.scale }</span>
                    { " " }{ class }
                    if let Some(mark) = provisional_mark(sim, lang) {
                        { " " }<span class="badge badge-warning" id="whatif-provisional">{ mark }</span>
                    }
                </p>
                <p class="whatif-live-line">
                    if let Some(care) = sim.care {
                        <span id="whatif-exact">{ fill(r.exact, &[&one_decimal(lang, care)]) }</span>
                    }
                    if let Some(d) = care_delta {
                        { " · " }{ d }
                    }
                </p>
                <dl class="whatif-dims">{ for dims }</dl>
                <p class="whatif-live-line text-muted" id="whatif-saved">
                    { fill(r.whatif_saved, &[&saved_care, &saved_class]) }
                </p>
            </div>
        </section>
    }
}
