//! The print view (`#/rapporto`): the report of the current assessment for paper or PDF: a cover (comune, date,
//! score, class), the class and why, every chart as inline SVG (canvas prints badly), the score explanations,
//! the answers, the improvement plan and the method's assumptions. The content is the same HTML that
//! `care report` writes (`crate::report::html::body`, every free text escaped); app.css's print rules hide the
//! navigation and the buttons, keep charts and table rows whole across pages, and print a running header (comune,
//! assessment date, the provisional mark) and page numbers in the `@page` margin boxes from the custom properties
//! this view sets on the root element (`crate::report::html::print_properties`; CSSOM, so the CSP's `style-src
//! 'self'` allows it).

use std::cell::Cell;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::Route;
use crate::components::layout::NavLink;
use crate::hooks::{use_store, use_strings};
use crate::model::{current, score};
use crate::report::html::{body, print_properties, ReportInput};
use crate::report::{assessment_date, Date};
use crate::services::dom::now_ms;

thread_local! {
    static PRINT_ON_OPEN: Cell<bool> = const { Cell::new(false) };
}

/// Asks the print view to open the browser's print dialog once it is shown (the results page's "Stampa / PDF").
pub fn print_on_open() {
    PRINT_ON_OPEN.with(|p| p.set(true));
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Sets the print properties (running header, page label) on the root element while the view is shown.
#[hook]
fn use_print_properties(properties: Option<[(&'static str, String); 3]>) {
    use_effect_with(properties, |properties| {
        let style = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|e| e.style());
        if let (Some(style), Some(properties)) = (&style, properties) {
            for (name, value) in properties {
                let _ = style.set_property(name, value);
            }
        }
        let names: Vec<&'static str> = properties.iter().flatten().map(|(n, _)| *n).collect();
        move || {
            if let Some(style) = style {
                for name in names {
                    let _ = style.remove_property(name);
                }
            }
        }
    });
}

/// The print view.
#[function_component(ReportPage)]
pub fn page() -> Html {
    let store = use_store();
    let s = use_strings();
    let rp = &s.report();
    let lang = store.lang;
    let assessment = store.current().cloned();

    let content = use_memo(
        (
            assessment
                .as_ref()
                .map(|a| (a.answers.clone(), a.updated_ms)),
            lang,
        ),
        |(assessment, lang)| {
            assessment.as_ref().map(|(a, updated_ms)| {
                let scores = score(current(), a);
                let input = ReportInput {
                    edition: current(),
                    answers: a,
                    scores: &scores,
                    lang: *lang,
                    date: assessment_date(a, Some(*updated_ms)),
                    generated: Date::from_unix_ms(now_ms()),
                };
                (body(&input), print_properties(&input))
            })
        },
    );
    use_print_properties(content.as_ref().as_ref().map(|(_, p)| p.clone()));

    // Printing asked from the results page: after the report is laid out.
    use_effect_with((), |_| {
        if PRINT_ON_OPEN.with(|p| p.replace(false)) {
            gloo_timers::callback::Timeout::new(400, print).forget();
        }
    });

    let Some((html, _)) = (*content).clone() else {
        return html! { <crate::pages::results::EmptyResults /> };
    };
    html! {
        <div class="container">
            <div class="toolbar no-print mb-3" role="group" aria-label={rp.toolbar_label}>
                <button type="button" class="btn btn-primary" id="report-print" onclick={Callback::from(|_| print())}>
                    { rp.print }
                </button>
                <NavLink to={Route::Results} class="btn btn-outline-primary">{ rp.back }</NavLink>
            </div>
            <p class="small text-muted no-print">{ rp.print_hint }</p>
            <article id="report">
                { Html::from_html_unchecked(AttrValue::from(html)) }
            </article>
        </div>
    }
}
