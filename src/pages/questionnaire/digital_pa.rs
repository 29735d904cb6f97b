//! Step 3, Digital PA: pagoPA (active, and how each payment type is collected) and the ANPR migration.
//! With pagoPA not active the payment types are not asked; answers already given are kept.

use yew::prelude::*;

use super::StepProps;
use crate::components::questionnaire::choice_question::{options_of, yes_no, ChoiceQuestion};
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::{current, AnswerKey};

/// pagoPA and ANPR.
#[function_component(DigitalPaStep)]
pub fn digital_pa_step(props: &StepProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let lang = store.lang;
    let edition = current();
    let answers = &props.assessment.answers;
    let onedit = &props.onedit;

    let payments = if answers.pagopa.active == Some(false) {
        html! {
            <div class="callout note" id="q-payments-not-asked"><p>{ q.payments_not_asked }</p></div>
        }
    } else {
        let rows = edition.payment_types.iter().map(|pt| {
            let legend = fill(q.payments_legend, &[&pt.name.get(lang)]);
            let options = options_of(&edition.payment_channels, lang);
            ChoiceQuestion::new(AnswerKey::Payment(pt.id.clone()), legend, options)
                .inline()
                .view(answers, onedit)
        });
        html! {
            <>
                <p class="form-text">{ q.payments_help }</p>
                { for rows }
            </>
        }
    };
    let pagopa = ChoiceQuestion::new(
        AnswerKey::PagopaActive,
        q.pagopa_legend,
        yes_no(q.yes, q.no),
    )
    .help(q.pagopa_help)
    .inline();
    let anpr = ChoiceQuestion::new(
        AnswerKey::Anpr,
        q.anpr_legend,
        options_of(&edition.anpr_states, lang),
    )
    .help(q.anpr_help);
    html! {
        <>
            <h3 class="mt-4">{ q.pagopa_title }</h3>
            { pagopa.view(answers, onedit) }
            { payments }
            <h3 class="mt-4">{ q.anpr_title }</h3>
            { anpr.view(answers, onedit) }
        </>
    }
}
