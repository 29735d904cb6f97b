//! The results page (`#/risultati`) for the current assessment: the Ca.Re index and the class with why, what is
//! missing while the result is provisional, the charts (with downloads and data tables), what to do next, a
//! what-if simulation on a copy of the answers, and how each score is computed. Without an assessment, a way to
//! the questionnaire.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::embed_code::EmbedCodeSection;
use crate::components::layout::NavLink;
use crate::components::results::details::ScoreDetails;
use crate::components::results::figure::ChartFigure;
use crate::components::results::headline::{ProvisionalNotice, ScoreHeadline};
use crate::components::results::plan::PlanSection;
use crate::components::results::whatif::{SimulationState, WhatIfPanel};
use crate::components::results::why::WhyCard;
use crate::components::takeout::TakeOutSection;
use crate::components::user_text::fill_isolated;
use crate::hooks::{use_store, use_strings};
use crate::model::{current, score, Answers, Lang};
use crate::report::advice::plan_view;
use crate::report::charts::{comune_name, export_text, figures, screen_text};
use crate::report::whatif::SimAction;
use crate::report::{assessment_date, Date};

/// The results page.
#[function_component(ResultsPage)]
pub fn page() -> Html {
    let store = use_store();
    match store.current() {
        Some(a) => html! {
            <ResultsView key={a.id.clone()} answers={Rc::new(a.answers.clone())} updated_ms={a.updated_ms} />
        },
        None => html! { <EmptyResults /> },
    }
}

/// What the results page shows with no assessment.
#[function_component(EmptyResults)]
pub fn empty_results() -> Html {
    let s = use_strings();
    let r = &s.results();
    html! {
        <div class="container">
            <div class="page-header">
                <h1>{ r.title }</h1>
            </div>
            <div class="callout note" id="results-empty">
                <p class="callout-title">{ r.empty_title }</p>
                <p>{ r.empty_body }</p>
                <div class="toolbar">
                    <NavLink to={Route::Questionnaire} class="btn btn-primary">{ r.empty_questionnaire }</NavLink>
                    <NavLink to={Route::Assessments} class="btn btn-outline-primary">{ r.empty_assessments }</NavLink>
                </div>
            </div>
        </div>
    }
}

/// Props of [`ResultsView`].
#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    /// The saved answers.
    pub answers: Rc<Answers>,
    /// When they were last changed.
    pub updated_ms: f64,
}

/// The results of one assessment.
#[function_component(ResultsView)]
pub fn results_view(props: &ResultsViewProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let lang: Lang = use_store().lang;
    let navigator = use_navigator();
    let simulation = use_reducer(SimulationState::default);
    let whatif: Option<Rc<Answers>> = simulation.simulation.copy.clone().map(Rc::new);
    let shown: Rc<Answers> = whatif.clone().unwrap_or_else(|| props.answers.clone());
    let date = assessment_date(&props.answers, Some(props.updated_ms));

    let scores = use_memo(shown.clone(), |a| score(current(), a));
    let figs = {
        let scores = scores.clone();
        use_memo((shown.clone(), lang), move |(a, lang)| {
            figures(current(), a, &scores, *lang)
                .into_iter()
                .map(Rc::new)
                .collect::<Vec<_>>()
        })
    };
    let plan = {
        let scores = scores.clone();
        use_memo((shown.clone(), lang), move |(a, lang)| {
            plan_view(current(), a, &scores, *lang)
        })
    };
    let text = use_memo((props.answers.comune.name.clone(), lang), |(_, lang)| {
        screen_text(current(), &props.answers, *lang)
    });
    let exported = use_memo(
        (props.answers.comune.name.clone(), lang, date),
        |(_, lang, date)| export_text(current(), &props.answers, *date, *lang),
    );

    let on_whatif = {
        let simulation = simulation.clone();
        Callback::from(move |action: SimAction| simulation.dispatch(action))
    };
    let print = Callback::from(move |_| {
        crate::pages::report::print_on_open();
        if let Some(n) = &navigator {
            n.push(&Route::Report);
        }
    });

    let name = comune_name(&props.answers, lang);
    // A state without a change time (imported, or written by hand) has no "updated" date.
    let lead = if props.updated_ms > 0.0 {
        fill_isolated(
            r.lead,
            &[&name, &Date::from_unix_ms(props.updated_ms).format(lang)],
        )
    } else {
        fill_isolated(r.lead_undated, &[&name])
    };
    let plan_changes = plan.plan.as_ref().map(|p| Rc::new(p.changes.clone()));
    let figure = |f: &Rc<crate::report::Figure>| {
        let fig = html! {
            <ChartFigure figure={f.clone()} text={text.clone()} export_text={exported.clone()}
                         answers={props.answers.clone()} {date} />
        };
        if f.kind.wide() {
            html! { <div class="span-all">{ fig }</div> }
        } else {
            fig
        }
    };

    html! {
        <div class="container">
            <div class="page-header">
                <h1>{ r.title }</h1>
                <p class="lead">{ lead }</p>
            </div>
            <div class="toolbar no-print mb-3" role="group" aria-label={r.toolbar_label}>
                <button type="button" class="btn btn-primary" id="results-print" onclick={print}>{ r.print }</button>
                <NavLink to={Route::Method} class="btn btn-outline-primary">{ r.method_link }</NavLink>
            </div>
            if whatif.is_some() {
                <div class="alert alert-warning" role="status">{ r.whatif_active }</div>
            }
            <ScoreHeadline scores={scores.clone()} edition={current()} id_prefix="result" />
            <ProvisionalNotice scores={scores.clone()} />
            <WhyCard scores={scores.clone()} />

            <section aria-labelledby="charts-title" class="mt-4">
                <h2 class="section-title" id="charts-title">{ r.charts_title }</h2>
                <p>{ r.charts_intro }</p>
                <div class="results-grid">
                    { for figs.iter().map(figure) }
                </div>
            </section>

            <section aria-labelledby="plan-title" class="mt-4">
                <h2 class="section-title" id="plan-title">{ r.plan_title }</h2>
                <PlanSection view={plan.clone()} />
            </section>

            <section aria-labelledby="whatif-title" class="no-print mt-4">
                <h2 class="section-title" id="whatif-title">{ r.whatif_title }</h2>
                <WhatIfPanel saved={props.answers.clone()} copy={whatif}
                             plan={plan_changes} generation={simulation.generation} onaction={on_whatif} />
            </section>

            <section aria-labelledby="details-title" class="mt-4">
                <h2 class="section-title" id="details-title">{ r.detail_title }</h2>
                <p>{ r.detail_intro }</p>
                <ScoreDetails answers={shown.clone()} scores={scores.clone()} />
            </section>

            <TakeOutSection />
            <EmbedCodeSection answers={props.answers.clone()} />
        </div>
    }
}
