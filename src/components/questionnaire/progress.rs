//! The completion bar: answered applicable questions out of those asked (the model's `Scores::progress`).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_strings;
use crate::i18n::fill;

/// Props of [`QuestionnaireProgress`].
#[derive(Properties, PartialEq)]
pub struct QuestionnaireProgressProps {
    /// Questions answered.
    pub answered: u32,
    /// Questions asked.
    pub total: u32,
}

/// A progress bar with `aria-valuenow` (answers) and `aria-valuetext` ("35 di 86 risposte").
#[function_component(QuestionnaireProgress)]
pub fn questionnaire_progress(props: &QuestionnaireProgressProps) -> Html {
    let s = use_strings();
    let q = &s.questionnaire;
    let total = props.total.max(1);
    let answered = props.answered.min(total);
    let percent = crate::model::number::completeness_percent(answered, total);
    let text = fill(q.progress_text, &[&answered, &props.total]);
    // The width is set through the CSS object model, not a style attribute, so that a strict
    // Content-Security-Policy (no inline styles) cannot hide the bar.
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with(percent, move |p| {
            if let Some(el) = bar.cast::<web_sys::HtmlElement>() {
                let _ = el.style().set_property("width", &format!("{p}%"));
            }
        });
    }
    let complete = answered >= total;
    html! {
        <div class="progress-wrapper">
            <div class="progress-label">
                <span id="q-progress-label">{ q.progress_label }</span>
                <span class="progress-value">{ format!("{text} · {percent}%") }</span>
            </div>
            <div class="progress" role="progressbar" aria-labelledby="q-progress-label"
                 aria-valuemin="0" aria-valuemax={props.total.to_string()}
                 aria-valuenow={answered.to_string()} aria-valuetext={text.clone()}>
                <div ref={bar} class={classes!("progress-bar", complete.then_some("bg-success"))}></div>
            </div>
        </div>
    }
}

/// The width the bar was given, for tests (`""` before the first effect).
pub fn bar_width(root: &web_sys::Element) -> String {
    root.query_selector(".progress-bar")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|e| e.style().get_property_value("width").unwrap_or_default())
        .unwrap_or_default()
}
