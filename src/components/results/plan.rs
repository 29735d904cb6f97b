//! What to do next: the smallest changes that reach the next class and what they lead to ([`PlanSection`]), and
//! the single steps that gain the most with their PNRR measure ([`PlanGains`], laid out apart so that on a phone
//! the what-if comes right after the plan).

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::DataTableView;
use crate::hooks::use_strings;
use crate::report::advice::PlanView;

/// Props of [`PlanSection`].
#[derive(Properties, PartialEq)]
pub struct PlanSectionProps {
    /// The plan in words.
    pub view: Rc<PlanView>,
    /// Tries the plan in the simulation (started, or started again, from the saved answers).
    #[prop_or_default]
    pub ontry: Option<Callback<MouseEvent>>,
}

/// The improvement plan.
#[function_component(PlanSection)]
pub fn plan_section(props: &PlanSectionProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let v = &props.view;
    html! {
        <div id="result-plan">
            if let Some(p) = &v.provisional {
                <p class="text-muted">{ p.clone() }</p>
            }
            if let Some(m) = &v.message {
                <div class="callout note"><p class="mb-0">{ m.clone() }</p></div>
            }
            if let Some(lead) = &v.lead {
                <div class="callout success">
                    <p>{ lead.clone() }</p>
                    <ol id="plan-steps">
                        { for v.changes.iter().map(|c| html! {
                            <li>
                                { c.text.clone() }{ " " }<span class="text-muted">{ "(" }{ c.steps.clone() }{ ")" }</span>
                                if let Some(m) = &c.measure {
                                    <br /><span class="small">{ m.clone() }</span>
                                }
                            </li>
                        }) }
                    </ol>
                    if let Some(a) = &v.after {
                        <p class="fw-bold">{ a.clone() }</p>
                    }
                    if let Some(n) = &v.note {
                        <p class="small">{ n.clone() }</p>
                    }
                    if let Some(onclick) = props.ontry.clone() {
                        <button type="button" class="btn btn-primary no-print" id="plan-try" {onclick}>{ r.plan_try }</button>
                    }
                </div>
            }
            <p class="small">{ r.plan_how }</p>
        </div>
    }
}

/// The single steps that gain the most, or why none does.
#[function_component(PlanGains)]
pub fn plan_gains(props: &PlanSectionProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let v = &props.view;
    html! {
        <div id="result-gains">
            if let Some(t) = &v.gains {
                <p class="small">{ r.gains_intro }</p>
                <DataTableView table={t.clone()} />
                if let Some(n) = &v.measures {
                    <p class="small">{ n.clone() }</p>
                }
            } else if let Some(n) = &v.gains_none {
                <p>{ n.clone() }</p>
            }
        </div>
    }
}
