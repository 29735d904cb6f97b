//! Step 3, Digital PA: pagoPA (active, and how each payment type is collected) and the ANPR migration.
//! With pagoPA not active the payment types are not asked; answers already given are kept.

use yew::prelude::*;

use super::StepProps;
use crate::components::questionnaire::{evidence_for, ChoiceGroup, ChoiceOption};
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::{current, Anpr, AnswerKey, Choice, Lang, PaymentChannel};
use crate::store::questions::control_id;
use crate::store::Edit;

/// The options of a list of edition choices.
pub fn options_of(choices: &[Choice], lang: Lang) -> Vec<ChoiceOption> {
    choices
        .iter()
        .map(|c| ChoiceOption {
            value: AttrValue::from(c.id.clone()),
            label: AttrValue::from(c.name.get(lang).to_string()),
        })
        .collect()
}

/// Yes and No.
pub fn yes_no(yes: &'static str, no: &'static str) -> Vec<ChoiceOption> {
    vec![
        ChoiceOption {
            value: "yes".into(),
            label: yes.into(),
        },
        ChoiceOption {
            value: "no".into(),
            label: no.into(),
        },
    ]
}

/// A boolean answer as a radio value.
pub fn yes_no_value(v: Option<bool>) -> Option<AttrValue> {
    v.map(|b| AttrValue::from(if b { "yes" } else { "no" }))
}

/// pagoPA and ANPR.
#[function_component(DigitalPaStep)]
pub fn digital_pa_step(props: &StepProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let lang = store.lang;
    let edition = current();
    let answers = &props.assessment.answers;
    let onedit = props.onedit.clone();

    let on_active = {
        let onedit = onedit.clone();
        Callback::from(move |v: AttrValue| onedit.emit(Edit::PagopaActive(v == "yes")))
    };
    let payments = if answers.pagopa.active == Some(false) {
        html! {
            <div class="callout note" id="q-payments-not-asked"><p>{ q.payments_not_asked }</p></div>
        }
    } else {
        let rows = edition.payment_types.iter().map(|pt| {
            let onchoose = {
                let onedit = onedit.clone();
                let payment = pt.id.clone();
                Callback::from(move |v: AttrValue| {
                    if let Some(channel) = PaymentChannel::from_id(&v) {
                        onedit.emit(Edit::Payment {
                            payment: payment.clone(),
                            channel,
                        })
                    }
                })
            };
            html! {
                <key={pt.id.clone()}>
                <ChoiceGroup id={control_id(&format!("pagopa.payments.{}", pt.id))}
                             legend={fill(q.payments_legend, &[&pt.name.get(lang)])}
                             options={options_of(&edition.payment_channels, lang)}
                             selected={answers.pagopa.payments.get(&pt.id).map(|c| AttrValue::from(c.id()))}
                             inline=true {onchoose} />
                { evidence_for(AnswerKey::Payment(pt.id.clone()), answers, &onedit) }
                </>
            }
        });
        html! {
            <>
                <p class="form-text">{ q.payments_help }</p>
                { for rows }
            </>
        }
    };
    let on_anpr = {
        let onedit = onedit.clone();
        Callback::from(move |v: AttrValue| {
            if let Some(state) = Anpr::from_id(&v) {
                onedit.emit(Edit::Anpr(state))
            }
        })
    };
    html! {
        <>
            <h3 class="mt-4">{ q.pagopa_title }</h3>
            <ChoiceGroup id={control_id("pagopa.active")} legend={q.pagopa_legend}
                         help={Some(AttrValue::from(q.pagopa_help))}
                         options={yes_no(q.yes, q.no)} selected={yes_no_value(answers.pagopa.active)}
                         inline=true onchoose={on_active} />
            { evidence_for(AnswerKey::PagopaActive, answers, &onedit) }
            { payments }
            <h3 class="mt-4">{ q.anpr_title }</h3>
            <ChoiceGroup id={control_id("anpr")} legend={q.anpr_legend}
                         help={Some(AttrValue::from(q.anpr_help))}
                         options={options_of(&edition.anpr_states, lang)}
                         selected={answers.anpr.map(|x| AttrValue::from(x.id()))}
                         onchoose={on_anpr} />
            { evidence_for(AnswerKey::Anpr, answers, &onedit) }
        </>
    }
}
