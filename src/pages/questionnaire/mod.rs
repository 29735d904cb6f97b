//! The questionnaire page (`#/questionario/<step>`): the stepper, the progress bar, the current section, the
//! live score panel and Previous/Next. `#/questionario` goes to the step the current assessment was left at; with
//! no assessment at all one is created, with saved ones but none open the user chooses.
//! Every answer is an [`Edit`] dispatched to the store, which the app saves at once.

mod comune;
mod digital_pa;
mod openness;
mod review;
mod services;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{create_assessment, Route};
use crate::components::layout::NavLink;
use crate::components::questionnaire::focus::focus_control;
use crate::components::questionnaire::{
    local_date, Announcer, QuestionnaireProgress, ScorePanel, Stepper,
};
use crate::hooks::{use_store, use_strings};
use crate::i18n::{assessments::time_of_day, fill};
use crate::model::{current, edition, score, Scores};
use crate::services::dom::now_ms;
use crate::store::live_score::live_score;
use crate::store::questions::{step_count, unanswered, ScoreGlance};
use crate::store::{Action, Assessment, Edit, Notice, Step, StorageStatus};

/// Props of [`QuestionnairePage`].
#[derive(Properties, PartialEq)]
pub struct QuestionnairePageProps {
    /// The step slug from the URL, if any.
    pub step: Option<String>,
}

/// What every step's body gets.
#[derive(Properties, PartialEq, Clone)]
pub struct StepProps {
    /// The assessment being filled in.
    pub assessment: Rc<Assessment>,
    /// Its scores.
    pub scores: Rc<Scores>,
    /// An answer changed.
    pub onedit: Callback<Edit>,
    /// The control id to focus when the step opens (from a review link).
    #[prop_or_default]
    pub focus: Option<AttrValue>,
}

/// The questionnaire page.
#[function_component(QuestionnairePage)]
pub fn page(props: &QuestionnairePageProps) -> Html {
    let store = use_store();
    // The open assessment deleted in another tab: the notice offers to restore it, and this page offers the
    // choices, instead of a new assessment appearing in its place.
    let deleted_elsewhere = store
        .notices
        .iter()
        .any(|n| matches!(n, Notice::DeletedElsewhere { .. }));
    let nothing_saved = store.assessments.is_empty() && !deleted_elsewhere;
    let has_current = store.current().is_some();
    {
        // First visit: nothing to choose from, so a new assessment is created and opened.
        let store = store.clone();
        use_effect_with((nothing_saved, has_current), move |(nothing, has)| {
            if *nothing && !*has {
                create_assessment(&store);
            }
        });
    }
    match store.current() {
        Some(a) => html! {
            <QuestionnaireView assessment={Rc::new(a.clone())} step={props.step.clone()} />
        },
        None if nothing_saved => html! {},
        None => html! { <ChooseAssessment /> },
    }
}

/// Saved assessments exist but none is open: open one or start a new one.
#[function_component(ChooseAssessment)]
fn choose_assessment() -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let create = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            create_assessment(&store);
        })
    };
    html! {
        <div class="container">
            <div class="page-header">
                <h1>{ q.title }</h1>
            </div>
            <h2 class="section-title">{ q.none_title }</h2>
            <p>{ q.none_text }</p>
            <div class="toolbar">
                <button type="button" class="btn btn-primary" onclick={create}>{ q.create }</button>
                <NavLink to={Route::Assessments} class="btn btn-outline-primary">{ q.open_saved }</NavLink>
            </div>
        </div>
    }
}

/// Props of [`QuestionnaireView`].
#[derive(Properties, PartialEq)]
struct QuestionnaireViewProps {
    assessment: Rc<Assessment>,
    step: Option<String>,
}

/// The `focus` parameter of the address (`#/questionario/servizi?focus=q-services-imu-level`).
fn focus_param(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix("focus="))
        .filter(|v| {
            !v.is_empty()
                && v.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
        })
        .map(str::to_string)
}

#[function_component(QuestionnaireView)]
fn questionnaire_view(props: &QuestionnaireViewProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let navigator = use_navigator();
    let location = use_location();
    let a = props.assessment.clone();
    let saved_step = a.step;
    let step = props.step.as_deref().and_then(Step::from_slug);
    let focus = location.as_ref().and_then(|l| focus_param(l.query_str()));

    // The address decides the step: none or an unknown one goes to the saved step; another one is remembered.
    {
        let navigator = navigator.clone();
        let store = store.clone();
        use_effect_with((step, saved_step), move |(step, saved)| match step {
            None => {
                if let Some(n) = &navigator {
                    n.replace(&Route::QuestionnaireStep {
                        step: saved.slug().to_string(),
                    });
                }
            }
            Some(st) if st != saved => store.dispatch(Action::SetStep(*st)),
            Some(_) => {}
        });
    }
    let step = step.unwrap_or(saved_step);

    // Focus: the control named by a review link (a new step opens at its top with the focus on the page's h1,
    // like every route: `crate::hooks::route_place`).
    {
        let navigator = navigator.clone();
        use_effect_with((step, focus.clone()), move |(step, focus)| {
            if let Some(id) = focus {
                if focus_control(id) {
                    if let Some(n) = &navigator {
                        n.replace(&Route::QuestionnaireStep {
                            step: step.slug().to_string(),
                        });
                    }
                }
            }
        });
    }

    let ed = edition(&a.answers.model).unwrap_or_else(current);
    let scores: Rc<Scores> = use_memo(a.answers.clone(), move |answers| score(ed, answers));
    let onedit = {
        let store = store.clone();
        Callback::from(move |edit: Edit| {
            store.dispatch(Action::Edit {
                edit,
                now_ms: now_ms(),
            })
        })
    };
    let go = {
        let navigator = navigator.clone();
        Callback::from(move |to: Step| {
            if let Some(n) = &navigator {
                n.push(&Route::QuestionnaireStep {
                    step: to.slug().to_string(),
                });
            }
        })
    };
    let done = Step::ALL.map(|st| match st {
        Step::Review => scores.complete && unanswered(ed, &a.answers, &scores).is_empty(),
        _ => step_count(st, &a.answers, &scores).is_complete(),
    });
    let progress = scores.progress.total;

    let name = a.answers.comune.name.trim();
    let title = if name.is_empty() {
        html! { q.title }
    } else {
        crate::components::user_text::fill_isolated(q.title_of, &[name])
    };
    let saved_line = match store.storage {
        StorageStatus::Available => {
            // A new assessment with nothing entered yet has no change to call saved.
            let entered =
                a.answers != crate::model::Answers::default() || !a.respondent.trim().is_empty();
            let when = (entered && a.updated_ms > 0.0)
                .then(|| fill(q.saved_at, &[&time_of_day(local_date(a.updated_ms))]));
            html! {
                <p class="small text-muted mt-2" id="q-saved">
                    { q.saved_here }{ when.map(|w| html! { <>{ " " }{ w }</> }).unwrap_or_default() }
                </p>
            }
        }
        _ => html! { <p class="small fw-bold mt-2" id="q-saved">{ q.not_kept }</p> },
    };
    let body_props = StepProps {
        assessment: a.clone(),
        scores: scores.clone(),
        onedit,
        focus: focus.map(AttrValue::from),
    };
    let body = match step {
        Step::Comune => html! { <comune::ComuneStep ..body_props /> },
        Step::Services => html! { <services::ServicesStep ..body_props /> },
        Step::DigitalPa => html! { <digital_pa::DigitalPaStep ..body_props /> },
        Step::Openness => html! { <openness::OpennessStep ..body_props /> },
        Step::Review => html! { <review::ReviewStep ..body_props /> },
    };
    let index = step.index();
    let prev = index.checked_sub(1).map(|i| Step::ALL[i]);
    let next = Step::ALL.get(index + 1).copied();
    let nav_button = |to: Step, label: &str, primary: bool| {
        let go = go.clone();
        html! {
            <button type="button"
                    class={classes!("btn", if primary { "btn-primary" } else { "btn-outline-primary" }, primary.then_some("toolbar-end"))}
                    id={if primary { "q-next" } else { "q-prev" }}
                    onclick={Callback::from(move |_: MouseEvent| go.emit(to))}>
                { fill(label, &[&q.step_name(to)]) }
            </button>
        }
    };

    html! {
        <div class="container">
            <div class="page-header">
                <h1>{ title }</h1>
                <p class="lead">{ q.lead }</p>
            </div>
            <Stepper current={step} {done} onselect={go.clone()} />
            <div class="questionnaire-layout">
                <div>
                    <QuestionnaireProgress answered={progress.answered} total={progress.total} />
                    { saved_line }
                    <section aria-labelledby="q-step-title" class="mt-4">
                        <h2 id="q-step-title" class="section-title" tabindex="-1">{ q.step_name(step) }</h2>
                        <p>{ q.step_intro(step) }</p>
                        { body }
                    </section>
                    <nav class="toolbar mt-4" aria-label={q.step_nav_label}>
                        { prev.map(|p| nav_button(p, q.previous, false)).unwrap_or_default() }
                        { next.map(|n| nav_button(n, q.next, true)).unwrap_or_default() }
                        if next.is_none() {
                            <NavLink to={Route::Results} class="btn btn-primary toolbar-end" current={false}>
                                { q.go_results }
                            </NavLink>
                        }
                    </nav>
                </div>
                <ScorePanel scores={scores.clone()} />
            </div>
            <Announcer glance={ScoreGlance::of(&live_score(ed, &scores))} updated_ms={a.updated_ms}
                       assessment={AttrValue::from(a.id.clone())} />
        </div>
    }
}
