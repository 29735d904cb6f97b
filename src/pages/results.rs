//! The results page (`#/risultati`) for the current assessment, built around the decision: at the top the Ca.Re
//! index and the class with why and what is missing while the result is provisional; then what to do next, the
//! plan, beside the what-if simulation on a copy of the answers with its own live score (side by side on a wide
//! screen, one above the other on a phone); below, named sections reachable from an in-page table of contents:
//! the charts (with downloads and data tables), how each score is computed, take-out and embed. The top always
//! shows the saved result; the charts and the score details follow the simulation while it is on. Those two, most of
//! the page's elements, are rendered after the top has been painted ([`AfterFirstPaint`]). Without an assessment,
//! a way to the questionnaire.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::embed_code::EmbedCodeSection;
use crate::components::layout::NavLink;
use crate::components::results::after_first_paint::AfterFirstPaint;
use crate::components::results::details::ScoreDetails;
use crate::components::results::figure::ChartFigure;
use crate::components::results::focus::{focus_after_render, go_to};
use crate::components::results::headline::{ProvisionalNotice, ScoreHeadline};
use crate::components::results::plan::{PlanGains, PlanSection};
use crate::components::results::whatif::{SimulationState, WhatIfPanel, WHATIF_HEADING};
use crate::components::results::why::WhyCard;
use crate::components::takeout::TakeOutSection;
use crate::components::user_text::fill_isolated;
use crate::hooks::{use_store, use_strings};
use crate::model::{current, score, Answers, Lang, Scores};
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

    let saved_scores = use_memo(props.answers.clone(), |a| score(current(), a));
    let scores: Rc<Scores> = {
        let simulated = use_memo(whatif.clone(), |w| w.as_ref().map(|a| score(current(), a)));
        match &*simulated {
            Some(sc) => Rc::new(sc.clone()),
            None => saved_scores.clone(),
        }
    };
    let figs = {
        let scores = scores.clone();
        use_memo((shown.clone(), lang), move |(a, lang)| {
            figures(current(), a, &scores, *lang)
                .into_iter()
                .map(Rc::new)
                .collect::<Vec<_>>()
        })
    };
    // The plan is the saved answers' plan: the simulation can apply it, and it does not move while it runs.
    let plan = {
        let saved_scores = saved_scores.clone();
        use_memo((props.answers.clone(), lang), move |(a, lang)| {
            plan_view(current(), a, &saved_scores, *lang)
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
    // The plan tried from its own card: the simulation starts again from the saved answers with the plan applied,
    // and the focus goes to the message that says what changed.
    let try_plan = plan_changes.clone().map(|changes| {
        let simulation = simulation.clone();
        let saved = props.answers.clone();
        Callback::from(move |_: MouseEvent| {
            simulation.dispatch(SimAction::Begin((*saved).clone()));
            simulation.dispatch(SimAction::Plan((*changes).clone()));
            focus_after_render("whatif-message");
        })
    });
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
    let simulated_notice = whatif.is_some().then(|| {
        html! { <p class="alert alert-warning">{ r.whatif_shown }</p> }
    });
    let toc = [
        "plan-title",
        WHATIF_HEADING,
        "charts-title",
        "details-title",
        "takeout-title",
        "embed-code-title",
    ]
    .into_iter()
    .zip(r.toc_entries);

    html! {
        <div class="container results-view">
            <div class="page-header">
                <h1>{ r.title }</h1>
                <p class="lead">{ lead }</p>
            </div>
            <div class="results-top">
                <div class="results-top-score">
                    <ScoreHeadline scores={saved_scores.clone()} edition={current()} id_prefix="result" />
                    <ProvisionalNotice scores={saved_scores.clone()} />
                </div>
                <WhyCard scores={saved_scores.clone()} />
            </div>
            <div class="results-bar no-print">
                <nav class="results-toc" aria-labelledby="results-toc-title">
                    <h2 class="results-toc-title" id="results-toc-title">{ r.toc_title }</h2>
                    <ul>
                        { for toc.map(|(id, label)| html! {
                            <li>
                                <button type="button" class="btn-link" data-section={id}
                                        onclick={Callback::from(move |_: MouseEvent| go_to(id))}>{ label }</button>
                            </li>
                        }) }
                    </ul>
                </nav>
                <div class="toolbar" role="group" aria-label={r.toolbar_label}>
                    <button type="button" class="btn btn-primary" id="results-print" onclick={print}>{ r.print }</button>
                    <NavLink to={Route::Method} class="btn btn-outline-primary">{ r.method_link }</NavLink>
                    <NavLink to={Route::History} class="btn btn-outline-primary">{ s.history().history_link }</NavLink>
                </div>
            </div>

            <div class="results-decision">
                <section aria-labelledby="plan-title" class="results-plan">
                    <h2 class="section-title" id="plan-title" tabindex="-1">{ r.plan_title }</h2>
                    <PlanSection view={plan.clone()} ontry={try_plan} />
                </section>
                <section aria-labelledby={WHATIF_HEADING} class="results-whatif no-print">
                    <h2 class="section-title" id={WHATIF_HEADING} tabindex="-1">{ r.whatif_title }</h2>
                    <WhatIfPanel saved={props.answers.clone()} copy={whatif.clone()}
                                 saved_scores={saved_scores.clone()} scores={scores.clone()}
                                 notice={simulation.simulation.notice.clone()}
                                 plan={plan_changes} generation={simulation.generation} onaction={on_whatif} />
                </section>
                <div class="results-gains">
                    <PlanGains view={plan.clone()} />
                </div>
            </div>

            <section aria-labelledby="charts-title" class="mt-4">
                <h2 class="section-title" id="charts-title" tabindex="-1">{ r.charts_title }</h2>
                { simulated_notice.clone().unwrap_or_default() }
                <p>{ r.charts_intro }</p>
                <AfterFirstPaint>
                    <div class="results-grid">
                        { for figs.iter().map(figure) }
                    </div>
                </AfterFirstPaint>
            </section>

            <section aria-labelledby="details-title" class="mt-4">
                <h2 class="section-title" id="details-title" tabindex="-1">{ r.detail_title }</h2>
                { simulated_notice.unwrap_or_default() }
                <p>{ r.detail_intro }</p>
                <AfterFirstPaint>
                    <ScoreDetails answers={shown.clone()} scores={scores.clone()} />
                </AfterFirstPaint>
            </section>

            <TakeOutSection />
            <EmbedCodeSection answers={props.answers.clone()} />
        </div>
    }
}
