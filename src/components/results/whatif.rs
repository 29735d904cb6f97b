//! The what-if simulation: the answers on a copy, changed here and never saved; the page shows the copy's
//! scores, class and charts while it is on. Reset brings the copy back to the saved answers; the suggested plan
//! can be applied to the copy in one click.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::{
    current, Anpr, Answers, Choice, Lang, LevelAnswer, Licence, PaymentChannel, SocialStatus,
};
use crate::report::plan::{apply, Change};
use crate::report::whatif::changed_answers;

/// Props of [`WhatIfPanel`].
#[derive(Properties, PartialEq)]
pub struct WhatIfPanelProps {
    /// The saved answers.
    pub saved: Rc<Answers>,
    /// The simulated copy, when the simulation is on.
    pub copy: Option<Rc<Answers>>,
    /// The suggested plan's changes, if there is a plan.
    pub plan: Option<Rc<Vec<Change>>>,
    /// A new copy (`Some`), or the end of the simulation (`None`).
    pub onchange: Callback<Option<Answers>>,
}

type Edit = Rc<dyn Fn(&mut Answers, String)>;

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

struct Ctx {
    copy: Rc<Answers>,
    onchange: Callback<Option<Answers>>,
}

impl Ctx {
    /// A callback that applies `edit` with the control's value to a copy of the answers.
    fn on(&self, edit: Edit, read: fn(&Event) -> String) -> Callback<Event> {
        let copy = self.copy.clone();
        let onchange = self.onchange.clone();
        Callback::from(move |e: Event| {
            let mut next = (*copy).clone();
            edit(&mut next, read(&e));
            onchange.emit(Some(next));
        })
    }
}

fn select(
    id: String,
    label: String,
    options: Vec<(String, String)>,
    value: String,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <div class="form-group">
            <label for={id.clone()}>{ label }</label>
            <select class="form-control" id={id} {onchange}>
                { for options.into_iter().map(|(v, t)| {
                    let selected = v == value;
                    html! { <option value={v} {selected}>{ t }</option> }
                }) }
            </select>
        </div>
    }
}

fn choices(list: &[Choice], lang: Lang, unanswered: &str) -> Vec<(String, String)> {
    std::iter::once((String::new(), unanswered.to_string()))
        .chain(
            list.iter()
                .map(|c| (c.id.clone(), c.name.get(lang).to_string())),
        )
        .collect()
}

fn yes_no(lang: Lang, unanswered: &str) -> Vec<(String, String)> {
    let r = &crate::i18n::strings(lang).results();
    vec![
        (String::new(), unanswered.to_string()),
        ("yes".into(), r.yes.to_string()),
        ("no".into(), r.no.to_string()),
    ]
}

fn yes_no_value(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

fn parse_yes_no(v: &str) -> Option<bool> {
    match v {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The simulation panel.
#[function_component(WhatIfPanel)]
pub fn what_if_panel(props: &WhatIfPanelProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let lang = use_store().lang;
    let e = current();

    let Some(copy) = props.copy.clone() else {
        let start = {
            let saved = props.saved.clone();
            let onchange = props.onchange.clone();
            Callback::from(move |_| onchange.emit(Some((*saved).clone())))
        };
        return html! {
            <div id="whatif">
                <p>{ r.whatif_intro }</p>
                <button type="button" class="btn btn-outline-primary" id="whatif-start" onclick={start}>
                    { r.whatif_start }
                </button>
            </div>
        };
    };

    let ctx = Ctx {
        copy: copy.clone(),
        onchange: props.onchange.clone(),
    };
    let unanswered = r.whatif_unanswered;
    let changed = changed_answers(e, &props.saved, &copy);
    let reset = {
        let saved = props.saved.clone();
        let onchange = props.onchange.clone();
        Callback::from(move |_| onchange.emit(Some((*saved).clone())))
    };
    let stop = {
        let onchange = props.onchange.clone();
        Callback::from(move |_| onchange.emit(None))
    };
    let apply_plan = props.plan.clone().map(|changes| {
        let copy = copy.clone();
        let onchange = props.onchange.clone();
        Callback::from(move |_| onchange.emit(Some(apply(current(), &copy, &changes))))
    });

    // Services: level, then SPID and CIE when online.
    let online_min = e.params.online_min_level.value;
    let services = e.services.iter().map(|svc| {
        let a = copy.services.get(&svc.id).copied();
        let value = match a.map(|a| a.level) {
            None => String::new(),
            Some(LevelAnswer::NotApplicable) => "na".into(),
            Some(LevelAnswer::Level(l)) => l.to_string(),
        };
        let mut options = vec![(String::new(), unanswered.to_string())];
        options.extend(
            e.levels
                .iter()
                .map(|l| (l.value.to_string(), format!("{} – {}", l.value, l.name.get(lang)))),
        );
        options.push(("na".into(), e.not_applicable.name.get(lang).to_string()));
        let id = svc.id.clone();
        let edit: Edit = Rc::new(move |ans: &mut Answers, v: String| match v.as_str() {
            "" => {
                ans.services.remove(&id);
            }
            "na" => ans.services.entry(id.clone()).or_default().level = LevelAnswer::NotApplicable,
            n => {
                if let Ok(l) = n.parse::<u8>() {
                    ans.services.entry(id.clone()).or_default().level = LevelAnswer::Level(l);
                }
            }
        });
        let online = a
            .and_then(|a| a.level.level())
            .is_some_and(|l| f64::from(l) + 1e-9 >= online_min);
        let flag = |name: &'static str, checked: bool, spid: bool| {
            let id = svc.id.clone();
            let edit: Edit = Rc::new(move |ans: &mut Answers, v: String| {
                let entry = ans.services.entry(id.clone()).or_default();
                let on = Some(v == "on");
                if spid {
                    entry.spid = on;
                } else {
                    entry.cie = on;
                }
            });
            let el_id = format!("whatif-{}-{}", svc.id, name.to_lowercase());
            let onchange = ctx.on(edit, |e| {
                if e.target_unchecked_into::<HtmlInputElement>().checked() {
                    "on".into()
                } else {
                    "off".into()
                }
            });
            html! {
                <div class="form-check form-check-inline">
                    <input class="form-check-input" type="checkbox" id={el_id.clone()} {checked} {onchange} />
                    <label class="form-check-label" for={el_id}>
                        { name }<span class="visually-hidden">{ " — " }{ svc.name.get(lang) }</span>
                    </label>
                </div>
            }
        };
        html! {
            <div class="mb-3">
                { select(format!("whatif-{}", svc.id), svc.name.get(lang).to_string(), options, value, ctx.on(edit, select_value)) }
                if online {
                    <div class="auth-options">
                        { flag("SPID", a.and_then(|a| a.spid) == Some(true), true) }
                        { flag("CIE", a.and_then(|a| a.cie) == Some(true), false) }
                    </div>
                }
            </div>
        }
    });

    // Platforms.
    let pagopa = select(
        "whatif-pagopa".into(),
        r.whatif_pagopa_active.into(),
        yes_no(lang, unanswered),
        yes_no_value(copy.pagopa.active),
        ctx.on(
            Rc::new(|a: &mut Answers, v: String| a.pagopa.active = parse_yes_no(&v)),
            select_value,
        ),
    );
    let payments = e.payment_types.iter().map(|pt| {
        let id = pt.id.clone();
        let edit: Edit =
            Rc::new(
                move |a: &mut Answers, v: String| match PaymentChannel::from_id(&v) {
                    Some(c) => {
                        a.pagopa.payments.insert(id.clone(), c);
                    }
                    None => {
                        a.pagopa.payments.remove(&id);
                    }
                },
            );
        select(
            format!("whatif-pay-{}", pt.id),
            pt.name.get(lang).to_string(),
            choices(&e.payment_channels, lang, unanswered),
            copy.pagopa
                .payments
                .get(&pt.id)
                .map(|c| c.id().to_string())
                .unwrap_or_default(),
            ctx.on(edit, select_value),
        )
    });
    let anpr = select(
        "whatif-anpr".into(),
        r.whatif_anpr.into(),
        choices(&e.anpr_states, lang, unanswered),
        copy.anpr.map(|a| a.id().to_string()).unwrap_or_default(),
        ctx.on(
            Rc::new(|a: &mut Answers, v: String| a.anpr = Anpr::from_id(&v)),
            select_value,
        ),
    );

    // Openness.
    let od = &copy.open_data;
    let q = |id: &str| {
        e.open_data_questions
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default()
    };
    let number_input = |id: &'static str,
                        label: String,
                        value: String,
                        max: Option<&'static str>,
                        edit: Edit| {
        let onchange = ctx.on(edit, |e| {
            e.target_unchecked_into::<HtmlInputElement>().value()
        });
        html! {
            <div class="form-group">
                <label for={id}>{ label }</label>
                <input class="form-control" type="number" inputmode="decimal" min="0" max={max} id={id} {value} {onchange} />
            </div>
        }
    };
    let datasets = number_input(
        "whatif-datasets",
        q("datasets"),
        od.datasets.map(|n| n.to_string()).unwrap_or_default(),
        None,
        Rc::new(|a: &mut Answers, v: String| {
            a.open_data.datasets = crate::model::decimal::parse_decimal(v.trim())
                .filter(|n| n.is_finite() && *n >= 0.0)
                .map(|n| n.min(1e9) as u32);
        }),
    );
    let share = number_input(
        "whatif-share",
        q("open_format_share"),
        od.open_format_share
            .map(|n| n.to_string())
            .unwrap_or_default(),
        Some("100"),
        Rc::new(|a: &mut Answers, v: String| {
            a.open_data.open_format_share =
                crate::model::decimal::parse_decimal(&v.trim().replace(',', "."))
                    .filter(|n| n.is_finite())
                    .map(|n| n.clamp(0.0, 100.0));
        }),
    );
    let licence = select(
        "whatif-licence".into(),
        q("licence"),
        choices(&e.licence_options, lang, unanswered),
        od.licence.map(|l| l.id().to_string()).unwrap_or_default(),
        ctx.on(
            Rc::new(|a: &mut Answers, v: String| a.open_data.licence = Licence::from_id(&v)),
            select_value,
        ),
    );
    let dcat = select(
        "whatif-dcat".into(),
        q("dcat_harvested"),
        yes_no(lang, unanswered),
        yes_no_value(od.dcat_harvested),
        ctx.on(
            Rc::new(|a: &mut Answers, v: String| a.open_data.dcat_harvested = parse_yes_no(&v)),
            select_value,
        ),
    );
    let api = select(
        "whatif-api".into(),
        q("api_or_bulk"),
        yes_no(lang, unanswered),
        yes_no_value(od.api_or_bulk),
        ctx.on(
            Rc::new(|a: &mut Answers, v: String| a.open_data.api_or_bulk = parse_yes_no(&v)),
            select_value,
        ),
    );
    let social = e.social_networks.iter().map(|n| {
        let id = n.id.clone();
        let edit: Edit =
            Rc::new(
                move |a: &mut Answers, v: String| match SocialStatus::from_id(&v) {
                    Some(st) => {
                        a.social.insert(id.clone(), st);
                    }
                    None => {
                        a.social.remove(&id);
                    }
                },
            );
        select(
            format!("whatif-social-{}", n.id),
            n.name.get(lang).to_string(),
            choices(&e.social_statuses, lang, unanswered),
            copy.social
                .get(&n.id)
                .map(|st| st.id().to_string())
                .unwrap_or_default(),
            ctx.on(edit, select_value),
        )
    });

    html! {
        <div id="whatif">
            <div class="alert alert-info" role="status" id="whatif-status">
                <p class="mb-1">{ r.whatif_active }</p>
                <p class="mb-0 fw-bold">{ fill(r.whatif_changed, &[&changed]) }</p>
            </div>
            <div class="toolbar mb-3">
                if let Some(onclick) = apply_plan {
                    <button type="button" class="btn btn-primary" id="whatif-plan" {onclick}>{ r.whatif_apply_plan }</button>
                }
                <button type="button" class="btn btn-outline-primary" id="whatif-reset" onclick={reset}>{ r.whatif_reset }</button>
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
                        { for payments }
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
