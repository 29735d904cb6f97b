//! The print view (`#/rapporto`): the report of the current assessment for paper or PDF: a cover (comune, date,
//! score, class), the class and why, every chart as inline SVG (canvas prints badly), the score explanations,
//! the answers, the improvement plan and the method's assumptions. The content is the same HTML that
//! `care report` writes (`crate::report::html::body`, every free text escaped); app.css's print rules hide the
//! navigation and the buttons and keep charts and table rows whole across pages.

use std::cell::Cell;

use yew::prelude::*;

use crate::app::Route;
use crate::components::layout::NavLink;
use crate::hooks::{use_store, use_strings};
use crate::model::{current, score};
use crate::report::html::{body, ReportInput};
use crate::report::Date;
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

/// The print view.
#[function_component(ReportPage)]
pub fn page() -> Html {
    let store = use_store();
    let s = use_strings();
    let rp = &s.report();
    let lang = store.lang;
    let assessment = store.current().cloned();

    let content = use_memo(
        (assessment.as_ref().map(|a| a.answers.clone()), lang),
        |(answers, lang)| {
            answers.as_ref().map(|a| {
                let scores = score(current(), a);
                body(&ReportInput {
                    edition: current(),
                    answers: a,
                    scores: &scores,
                    lang: *lang,
                    date: Date::from_unix_ms(now_ms()),
                })
            })
        },
    );

    // Printing asked from the results page: after the report is laid out.
    use_effect_with((), |_| {
        if PRINT_ON_OPEN.with(|p| p.replace(false)) {
            gloo_timers::callback::Timeout::new(400, print).forget();
        }
    });

    let Some(html) = (*content).clone() else {
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
