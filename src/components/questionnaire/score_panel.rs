//! The live score beside the questions (`store::live_score`): DPS, DPA and DO with their bands, "in corso" with
//! what it waits for while a dimension's groups are half answered, then the Ca.Re index and the class
//! (provisional while answers are missing) once every dimension shows a value.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::model::{current, Band, Class, Lang, Scores, SubLabel};
use crate::store::live_score::{live_score, LiveValue};
use crate::store::questions::shown_score;

/// Props of [`ScorePanel`].
#[derive(Properties, PartialEq)]
pub struct ScorePanelProps {
    /// The scores of the current answers.
    pub scores: Rc<Scores>,
}

/// The name of a band in a language (from the edition).
pub fn band_name(band: Band, lang: Lang) -> String {
    current()
        .label_def(band.id())
        .map(|d| d.name.get(lang).to_string())
        .unwrap_or_else(|| band.id().to_string())
}

/// The name of a class in a language (from the edition), with the Spinta sub-label.
pub fn class_name(class: Class, sub: Option<SubLabel>, lang: Lang) -> String {
    let name = current()
        .label_def(class.id())
        .map(|d| d.name.get(lang).to_string())
        .unwrap_or_else(|| class.id().to_string());
    match sub.and_then(|s| current().label_def(s.id())) {
        Some(d) => format!("{name} {}", d.name.get(lang)),
        None => name,
    }
}

/// The CSS class of a band badge.
pub fn band_css(band: Band) -> &'static str {
    match band {
        Band::Basso => "band-basso",
        Band::Sufficiente => "band-sufficiente",
        Band::Elevato => "band-elevato",
    }
}

/// The CSS class of a class badge.
pub fn class_css(class: Class) -> &'static str {
    match class {
        Class::BlocchiDiPartenza => "class-blocchi",
        Class::Stacco => "class-stacco",
        Class::Spinta => "class-spinta",
    }
}

/// Whether the panel starts open: on wide screens it is a side column, on phones a strip that starts closed.
fn starts_open() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 1024px)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(true)
}

/// The provisional score panel.
#[function_component(ScorePanel)]
pub fn score_panel(props: &ScorePanelProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let lang = store.lang;
    let open = use_state(starts_open);
    let live = live_score(current(), &props.scores);
    let codes = ["DPS", "DPA", "DO"];
    let items = live.dims.iter().enumerate().map(|(i, dim)| {
        let value_html = match dim {
            LiveValue::Shown { value, band } => html! {
                <>
                    <span class="score-mini-value">{ shown_score(*value) }</span>
                    { " " }<span class={classes!("band", band_css(*band))}>{ band_name(*band, lang) }</span>
                </>
            },
            LiveValue::InProgress(_) => html! {
                <span class="score-mini-pending" aria-describedby={format!("score-{}-waits", codes[i].to_ascii_lowercase())}>
                    { q.score_in_progress }
                </span>
            },
            LiveValue::NotYet => html! {
                <>
                    <span class="score-mini-value" aria-hidden="true">{ "—" }</span>
                    <span class="visually-hidden">{ q.score_not_yet }</span>
                </>
            },
        };
        html! {
            <div class="score-mini-item" id={format!("score-{}", codes[i].to_ascii_lowercase())}>
                <dt>{ codes[i] }<span class="visually-hidden">{ " — " }{ q.dimension_name(i) }</span></dt>
                <dd>{ value_html }</dd>
            </div>
        }
    });
    // What each dimension in corso waits for, one line each under the three values.
    let waits: Vec<Html> = live
        .dims
        .iter()
        .enumerate()
        .filter_map(|(i, dim)| match dim {
            LiveValue::InProgress(waits) => Some(html! {
                <li id={format!("score-{}-waits", codes[i].to_ascii_lowercase())}>
                    { q.waits_line(codes[i], waits, lang) }
                </li>
            }),
            _ => None,
        })
        .collect();
    let total = match (live.care, live.class) {
        (Some(care), Some((class, sub))) => html! {
            <>
                <p class="score-panel-total" id="score-care">
                    <span>{ q.score_total }</span><strong>{ care }</strong>
                </p>
                <p class="score-panel-total" id="score-class">
                    <span>{ q.score_class }</span>
                    <span>
                        <span class={classes!("class-badge", "class-badge-sm", class_css(class))}>
                            { class_name(class, sub, lang) }
                        </span>
                        if !live.complete {
                            <span class="small text-muted">{ " (" }{ q.provisional }{ ")" }</span>
                        }
                    </span>
                </p>
            </>
        },
        _ => html! { <p class="small text-muted mt-2 mb-0">{ q.score_hint }</p> },
    };
    let title = if live.complete {
        q.score_title_final
    } else {
        q.score_title
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            if let Some(d) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                open.set(d.has_attribute("open"));
            }
        })
    };
    html! {
        <aside class="score-panel" aria-labelledby="score-panel-title">
            <details open={*open} {ontoggle}>
                <summary id="score-panel-title">{ title }</summary>
                <div class="score-panel-body">
                    <dl class="score-mini">{ for items }</dl>
                    if !waits.is_empty() {
                        <ul class="score-waits" id="score-waits">{ for waits }</ul>
                    }
                    { total }
                </div>
            </details>
        </aside>
    }
}
