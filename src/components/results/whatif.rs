//! The what-if simulation panel: the answers on a copy, changed here and never saved; the page shows the copy's
//! scores, class and charts while it is on. Every control sends the questionnaire's own [`Edit`] (levels,
//! SPID/CIE boxes, typed numbers read by the same functions, with the same messages), applied to the copy by
//! [`Simulation`], so a simulated answer follows the questionnaire's rules. Reset brings the copy back to the
//! saved answers; the suggested plan can be applied to the copy in one click. The simulation's own live score
//! ([`WhatIfScore`]) sits above the controls, and every action moves the focus to its result: the panel's heading
//! on start, the message on reset and on the plan (which says what the plan changed, in its own words), the start
//! button on close.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::questionnaire::choice_question::{self, options_of};
use crate::components::questionnaire::service_row::AuthFlags;
use crate::components::questionnaire::ChoiceOption;
use crate::components::questionnaire::{FieldKind, TextField};
use crate::components::results::focus::focus_after_render;
use crate::components::results::whatif_score::WhatIfScore;
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::typed_values::share_text;
use crate::model::{current, AnswerKey, Answers, Edit, LevelAnswer, Scores};
use crate::report::plan::Change;
use crate::report::whatif::{changed_answers, notice_text, SimAction, SimNotice, Simulation};

/// The id of the simulation section's heading (the page renders it; the focus goes there on start).
pub const WHATIF_HEADING: &str = "whatif-title";

/// The simulation as yew state: [`Simulation`] driven by [`SimAction`]s.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SimulationState {
    /// The copy.
    pub simulation: Simulation,
    /// Counts the changes that replace the copy as a whole (start, reset, plan): the typed fields start again
    /// from the copy's values then, instead of keeping a refused text.
    pub generation: u32,
}

impl Reducible for SimulationState {
    type Action = SimAction;

    fn reduce(self: Rc<Self>, action: SimAction) -> Rc<Self> {
        let mut next = (*self).clone();
        if matches!(action, SimAction::Begin(_) | SimAction::Plan(_)) {
            next.generation = next.generation.wrapping_add(1);
        }
        next.simulation.apply(current(), action);
        Rc::new(next)
    }
}

/// Props of [`WhatIfPanel`].
#[derive(Properties, PartialEq)]
pub struct WhatIfPanelProps {
    /// The saved answers.
    pub saved: Rc<Answers>,
    /// The simulated copy, when the simulation is on.
    pub copy: Option<Rc<Answers>>,
    /// The scores of the saved answers.
    pub saved_scores: Rc<Scores>,
    /// The scores of the copy (those of the saved answers when the simulation is off).
    pub scores: Rc<Scores>,
    /// What the last action did, if it is worth a message.
    pub notice: Option<SimNotice>,
    /// The suggested plan's changes, if there is a plan.
    pub plan: Option<Rc<Vec<Change>>>,
    /// [`SimulationState::generation`].
    pub generation: u32,
    /// A change to the simulation.
    pub onaction: Callback<SimAction>,
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// A select whose choice becomes an edit (`read` gives `None` for a value that is not a choice). An unanswered
/// question shows a disabled "not answered" first option: the simulation, like the questionnaire, changes
/// answers but does not take them back.
fn select(
    id: String,
    label: String,
    options: Vec<ChoiceOption>,
    value: &str,
    unanswered: &str,
    onedit: Callback<Edit>,
    read: impl Fn(&str) -> Option<Edit> + 'static,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(edit) = read(&select_value(&e)) {
            onedit.emit(edit);
        }
    });
    let placeholder = value.is_empty().then(|| {
        html! { <option value="" disabled=true selected=true>{ format!("— {unanswered} —") }</option> }
    });
    html! {
        <div class="form-group">
            <label for={id.clone()} id={format!("{id}-label")}>{ label }</label>
            <select class="form-control" id={id} {onchange}>
                { placeholder.unwrap_or_default() }
                { for options.into_iter().map(|o| {
                    let selected = o.value == value;
                    html! { <option value={o.value} {selected}>{ o.label }</option> }
                }) }
            </select>
        </div>
    }
}

/// A choice question of the questionnaire (pagoPA, a payment type, ANPR, the licence, DCAT, API, a social network)
/// as a select: its answer in the copy and the edit a choice makes are the questionnaire's own (see
/// [`choice_question`]).
fn choice_select(
    key: AnswerKey,
    (id, label): (String, String),
    options: Vec<ChoiceOption>,
    copy: &Answers,
    unanswered: &str,
    onedit: Callback<Edit>,
) -> Html {
    let value = choice_question::chosen(&key, copy).unwrap_or_default();
    select(id, label, options, value, unanswered, onedit, move |v| {
        choice_question::edit_of(&key, v)
    })
}

/// The simulation panel.
#[function_component(WhatIfPanel)]
pub fn what_if_panel(props: &WhatIfPanelProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let q = &s.questionnaire;
    let lang = use_store().lang;
    let e = current();

    // Start and reset both begin again from the saved answers; the focus goes to the panel's heading on start,
    // to the message on reset.
    let begin = |focus: &'static str| {
        let saved = props.saved.clone();
        let onaction = props.onaction.clone();
        Callback::from(move |_: MouseEvent| {
            onaction.emit(SimAction::Begin((*saved).clone()));
            focus_after_render(focus);
        })
    };
    let Some(copy) = props.copy.clone() else {
        return html! {
            <div id="whatif">
                <p>{ r.whatif_intro }</p>
                <button type="button" class="btn btn-primary" id="whatif-start" onclick={begin(WHATIF_HEADING)}>
                    { r.whatif_start }
                </button>
            </div>
        };
    };

    let onedit = props.onaction.reform(SimAction::Edit);
    let unanswered = r.whatif_unanswered;
    let changed = changed_answers(e, &props.saved, &copy);
    let stop = props.onaction.reform(|_: MouseEvent| {
        focus_after_render("whatif-start");
        SimAction::End
    });
    let apply_plan = props.plan.clone().map(|changes| {
        props.onaction.reform(move |_: MouseEvent| {
            focus_after_render("whatif-message");
            SimAction::Plan((*changes).clone())
        })
    });

    // Services: the level, then SPID and CIE once online, as in the questionnaire.
    let services = e.services.iter().map(|svc| {
        let answer = copy.services.get(&svc.id).copied();
        let mut options: Vec<ChoiceOption> = e
            .levels
            .iter()
            .map(|l| ChoiceOption {
                value: l.value.to_string().into(),
                label: format!("{} – {}", l.value, l.name.get(lang)).into(),
            })
            .collect();
        options.push(ChoiceOption {
            value: "na".into(),
            label: e.not_applicable.name.get(lang).to_string().into(),
        });
        let id = format!("whatif-{}", svc.id);
        let service = svc.id.clone();
        let level = select(
            id.clone(),
            svc.name.get(lang).to_string(),
            options,
            &answer.map(|a| a.level.id()).unwrap_or_default(),
            unanswered,
            onedit.clone(),
            move |v| {
                LevelAnswer::from_id(v).map(|level| Edit::Level {
                    service: service.clone(),
                    level,
                })
            },
        );
        let flags = answer.filter(|a| e.is_online(a.level)).map(|a| {
            html! {
                <AuthFlags service={svc.id.clone()} answer={a} id_prefix={id.clone()}
                           service_label_id={Some(AttrValue::from(format!("{id}-label")))}
                           onedit={onedit.clone()} />
            }
        });
        html! {
            <div class="mb-3">
                { level }
                { flags.unwrap_or_default() }
            </div>
        }
    });

    // Platforms: payment types are asked unless the comune is not active on pagoPA, as in the questionnaire.
    let yes_no = || choice_question::yes_no(q.yes, q.no);
    let pagopa = choice_select(
        AnswerKey::PagopaActive,
        ("whatif-pagopa".into(), r.whatif_pagopa_active.into()),
        yes_no(),
        &copy,
        unanswered,
        onedit.clone(),
    );
    let payments = if copy.pagopa.active == Some(false) {
        html! { <p class="form-text" id="whatif-payments-not-asked">{ q.payments_not_asked }</p> }
    } else {
        html! {
            <>{ for e.payment_types.iter().map(|pt| choice_select(
                AnswerKey::Payment(pt.id.clone()),
                (format!("whatif-pay-{}", pt.id), pt.name.get(lang).to_string()),
                options_of(&e.payment_channels, lang),
                &copy,
                unanswered,
                onedit.clone(),
            )) }</>
        }
    };
    let anpr = choice_select(
        AnswerKey::Anpr,
        ("whatif-anpr".into(), r.whatif_anpr.into()),
        options_of(&e.anpr_states, lang),
        &copy,
        unanswered,
        onedit.clone(),
    );

    // Openness: the numbers are the questionnaire's own fields (same reading, same messages).
    let od = &copy.open_data;
    let question = |id: &str| {
        e.open_data_questions
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default()
    };
    let datasets = html! {
        <TextField key={format!("datasets-{}", props.generation)} kind={FieldKind::Datasets} id="whatif-datasets" label={question("datasets")}
                   help={Some(AttrValue::from(q.datasets_help))}
                   saved={od.datasets.map(|n| n.to_string()).unwrap_or_default()}
                   kept={Some(AttrValue::from(r.whatif_kept))} onedit={onedit.clone()} />
    };
    let share = html! {
        <TextField key={format!("share-{}", props.generation)} kind={FieldKind::Share} id="whatif-share" label={question("open_format_share")}
                   help={Some(AttrValue::from(q.share_help))}
                   saved={od.open_format_share.map(|v| share_text(v, lang)).unwrap_or_default()}
                   kept={Some(AttrValue::from(r.whatif_kept))} onedit={onedit.clone()} />
    };
    let licence = choice_select(
        AnswerKey::Licence,
        ("whatif-licence".into(), question("licence")),
        options_of(&e.licence_options, lang),
        &copy,
        unanswered,
        onedit.clone(),
    );
    let dcat = choice_select(
        AnswerKey::DcatHarvested,
        ("whatif-dcat".into(), question("dcat_harvested")),
        yes_no(),
        &copy,
        unanswered,
        onedit.clone(),
    );
    let api = choice_select(
        AnswerKey::ApiOrBulk,
        ("whatif-api".into(), question("api_or_bulk")),
        yes_no(),
        &copy,
        unanswered,
        onedit.clone(),
    );
    let social = e.social_networks.iter().map(|n| {
        choice_select(
            AnswerKey::Social(n.id.clone()),
            (
                format!("whatif-social-{}", n.id),
                n.name.get(lang).to_string(),
            ),
            options_of(&e.social_statuses, lang),
            &copy,
            unanswered,
            onedit.clone(),
        )
    });

    html! {
        <div id="whatif" class="is-on">
            <WhatIfScore saved={props.saved_scores.clone()} simulated={props.scores.clone()} />
            <div class="alert alert-info" role="status" id="whatif-status">
                <p class="mb-1">{ r.whatif_active }</p>
                <p class="mb-0 fw-bold">{ fill(r.whatif_changed, &[&changed]) }</p>
            </div>
            if let Some(n) = &props.notice {
                <p class="callout success whatif-message" id="whatif-message" tabindex="-1">{ notice_text(e, n, lang) }</p>
            }
            <div class="toolbar mb-3">
                if let Some(onclick) = apply_plan {
                    <button type="button" class="btn btn-primary" id="whatif-plan" {onclick}>{ r.whatif_apply_plan }</button>
                }
                <button type="button" class="btn btn-outline-primary" id="whatif-reset" onclick={begin("whatif-message")}>{ r.whatif_reset }</button>
                <button type="button" class="btn btn-secondary" id="whatif-stop" onclick={stop}>{ r.whatif_stop }</button>
            </div>
            <details class="service-group" open=true>
                <summary><span class="service-group-title">{ r.whatif_services }</span></summary>
                <div class="service-group-body">{ for services }</div>
            </details>
            <details class="service-group">
                <summary><span class="service-group-title">{ r.whatif_dpa }</span></summary>
                <div class="service-group-body">
                    { pagopa }
                    <fieldset>
                        <legend>{ r.whatif_payments }</legend>
                        { payments }
                    </fieldset>
                    { anpr }
                </div>
            </details>
            <details class="service-group">
                <summary><span class="service-group-title">{ r.whatif_do }</span></summary>
                <div class="service-group-body">
                    { datasets }{ share }{ licence }{ dcat }{ api }
                    <fieldset>
                        <legend>{ r.whatif_social }</legend>
                        { for social }
                    </fieldset>
                </div>
            </details>
        </div>
    }
}
