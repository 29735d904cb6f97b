//! Step 2, the 20 services, in the edition's four groups: each group a `<details>` with a count badge; the first
//! group with something left to answer starts open (and the group of a control a review link points to).

use yew::prelude::*;

use super::StepProps;
use crate::components::questionnaire::ServiceRow;
use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::model::{current, ServiceGroup};
use crate::store::questions::{group_count, group_services};

/// The services, grouped.
#[function_component(ServicesStep)]
pub fn services_step(props: &StepProps) -> Html {
    let s = use_strings();
    let q = &s.questionnaire;
    let edition = current();
    // Which groups start open; afterwards the user opens and closes them (the browser keeps that state).
    let initially_open = {
        let scores = props.scores.clone();
        let focus = props.focus.clone();
        use_state(move || {
            let first_incomplete = ServiceGroup::ALL
                .iter()
                .position(|g| {
                    let c = group_count(edition, *g, &scores);
                    c.answered < c.total
                })
                .unwrap_or(0);
            ServiceGroup::ALL.map(|g| {
                let i = ServiceGroup::ALL.iter().position(|x| *x == g).unwrap_or(0);
                let targeted = focus.as_deref().is_some_and(|f| {
                    group_services(edition, g)
                        .iter()
                        .any(|s| f.starts_with(&format!("q-services-{}-", s.id)))
                });
                i == first_incomplete || targeted
            })
        })
    };
    let groups = ServiceGroup::ALL.iter().enumerate().map(|(i, group)| {
        let count = group_count(edition, *group, &props.scores);
        let complete = count.answered >= count.total;
        let rows = group_services(edition, *group).into_iter().map(|svc| {
            html! {
                <ServiceRow key={svc.id.clone()} service={AttrValue::from(svc.id.clone())}
                            answer={props.assessment.answers.services.get(&svc.id).copied()}
                            note={props.assessment.answers.notes.get(&crate::model::AnswerKey::Service(svc.id.clone())).cloned()}
                            onedit={props.onedit.clone()} />
            }
        });
        html! {
            <details class="service-group" id={format!("group-{}", group.id())} open={initially_open[i]}>
                <summary>
                    <span class="service-group-title">{ q.service_group(*group) }</span>
                    <span class={classes!("count-badge", complete.then_some("is-complete"))}>
                        { fill(q.group_count, &[&count.answered, &count.total]) }
                    </span>
                </summary>
                <div class="service-group-body">{ for rows }</div>
            </details>
        }
    });
    html! { <>{ for groups }</> }
}
