//! Step 4, Digital Openness: the open-data questions (two typed numbers, the licence, DCAT, API) and the
//! comune's presence on each social network.

use yew::prelude::*;

use super::StepProps;
use crate::components::questionnaire::choice_question::{options_of, yes_no, ChoiceQuestion};
use crate::components::questionnaire::{evidence_for, ChoiceOption, FieldKind, TextField};
use crate::hooks::{use_store, use_strings};
use crate::model::typed_values::share_text;
use crate::model::{current, AnswerKey};
use crate::store::questions::control_id;

/// Open data and social networks.
#[function_component(OpennessStep)]
pub fn openness_step(props: &StepProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let lang = store.lang;
    let edition = current();
    let answers = &props.assessment.answers;
    let od = &answers.open_data;
    let onedit = props.onedit.clone();
    let question = |id: &str| -> String {
        edition
            .open_data_questions
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.get(lang).to_string())
            .unwrap_or_default()
    };
    let licence = options_of(&edition.licence_options, lang);
    let licence = ChoiceQuestion::new(AnswerKey::Licence, question("licence"), licence);
    let dcat = ChoiceQuestion::new(
        AnswerKey::DcatHarvested,
        question("dcat_harvested"),
        yes_no(q.yes, q.no),
    )
    .inline();
    let api = ChoiceQuestion::new(
        AnswerKey::ApiOrBulk,
        question("api_or_bulk"),
        yes_no(q.yes, q.no),
    )
    .inline();
    // Short names of the statuses, so that a network is one row; the help above says what "active" means.
    let social_options: Vec<ChoiceOption> = edition
        .social_statuses
        .iter()
        .map(|c| ChoiceOption {
            value: AttrValue::from(c.id.clone()),
            label: AttrValue::from(
                q.social_status_short(&c.id)
                    .unwrap_or(c.name.get(lang))
                    .to_string(),
            ),
        })
        .collect();
    let networks = edition.social_networks.iter().map(|n| {
        let legend = n.name.get(lang).to_string();
        ChoiceQuestion::new(
            AnswerKey::Social(n.id.clone()),
            legend,
            social_options.clone(),
        )
        .segmented()
        .view(answers, &onedit)
    });
    html! {
        <>
            <h3 class="mt-4">{ q.open_data_title }</h3>
            <TextField kind={FieldKind::Datasets} id={control_id("open_data.datasets")}
                       label={question("datasets")} help={Some(AttrValue::from(q.datasets_help))}
                       saved={AttrValue::from(od.datasets.map(|n| n.to_string()).unwrap_or_default())}
                       onedit={onedit.clone()} />
            { evidence_for(AnswerKey::Datasets, answers, &onedit) }
            <TextField kind={FieldKind::Share} id={control_id("open_data.open_format_share")}
                       label={question("open_format_share")} help={Some(AttrValue::from(q.share_help))}
                       saved={AttrValue::from(od.open_format_share.map(|v| share_text(v, lang)).unwrap_or_default())}
                       onedit={onedit.clone()} />
            { evidence_for(AnswerKey::OpenFormatShare, answers, &onedit) }
            { licence.view(answers, &onedit) }
            { dcat.view(answers, &onedit) }
            { api.view(answers, &onedit) }
            <h3 class="mt-4">{ q.social_title }</h3>
            <p class="form-text">{ q.social_help }</p>
            { for networks }
        </>
    }
}
