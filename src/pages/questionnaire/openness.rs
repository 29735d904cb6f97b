//! Step 4, Digital Openness: the open-data questions (two typed numbers, the licence, DCAT, API) and the
//! comune's presence on each social network.

use yew::prelude::*;

use super::digital_pa::{options_of, yes_no, yes_no_value};
use super::StepProps;
use crate::components::questionnaire::{
    evidence_for, ChoiceGroup, ChoiceOption, FieldKind, TextField,
};
use crate::hooks::{use_store, use_strings};
use crate::model::typed_values::share_text;
use crate::model::{current, AnswerKey, Licence, SocialStatus};
use crate::store::questions::control_id;
use crate::store::Edit;

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
    let on_licence = {
        let onedit = onedit.clone();
        Callback::from(move |v: AttrValue| {
            if let Some(l) = Licence::from_id(&v) {
                onedit.emit(Edit::Licence(l))
            }
        })
    };
    let on_dcat = {
        let onedit = onedit.clone();
        Callback::from(move |v: AttrValue| onedit.emit(Edit::DcatHarvested(v == "yes")))
    };
    let on_api = {
        let onedit = onedit.clone();
        Callback::from(move |v: AttrValue| onedit.emit(Edit::ApiOrBulk(v == "yes")))
    };
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
        let onchoose = {
            let onedit = onedit.clone();
            let network = n.id.clone();
            Callback::from(move |v: AttrValue| {
                if let Some(status) = SocialStatus::from_id(&v) {
                    onedit.emit(Edit::Social {
                        network: network.clone(),
                        status,
                    })
                }
            })
        };
        html! {
            <key={n.id.clone()}>
            <ChoiceGroup id={control_id(&format!("social.{}", n.id))}
                         legend={n.name.get(lang).to_string()}
                         options={social_options.clone()} segmented=true
                         selected={props.assessment.answers.social.get(&n.id).map(|x| AttrValue::from(x.id()))}
                         {onchoose} />
            { evidence_for(AnswerKey::Social(n.id.clone()), answers, &onedit) }
            </>
        }
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
            <ChoiceGroup id={control_id("open_data.licence")} legend={question("licence")}
                         options={options_of(&edition.licence_options, lang)}
                         selected={od.licence.map(|x| AttrValue::from(x.id()))} onchoose={on_licence} />
            { evidence_for(AnswerKey::Licence, answers, &onedit) }
            <ChoiceGroup id={control_id("open_data.dcat_harvested")} legend={question("dcat_harvested")}
                         options={yes_no(q.yes, q.no)} selected={yes_no_value(od.dcat_harvested)}
                         inline=true onchoose={on_dcat} />
            { evidence_for(AnswerKey::DcatHarvested, answers, &onedit) }
            <ChoiceGroup id={control_id("open_data.api_or_bulk")} legend={question("api_or_bulk")}
                         options={yes_no(q.yes, q.no)} selected={yes_no_value(od.api_or_bulk)}
                         inline=true onchoose={on_api} />
            { evidence_for(AnswerKey::ApiOrBulk, answers, &onedit) }
            <h3 class="mt-4">{ q.social_title }</h3>
            <p class="form-text">{ q.social_help }</p>
            { for networks }
        </>
    }
}
