//! Step 1, the comune: name, ISTAT code, year, and who fills it in (kept in this browser only).

use yew::prelude::*;

use super::StepProps;
use crate::components::layout::ImportLink;
use crate::components::questionnaire::{DateAndRespondents, FieldKind, TextField};
use crate::hooks::use_strings;
use crate::store::questions::control_id;

/// The comune's fields.
#[function_component(ComuneStep)]
pub fn comune_step(props: &StepProps) -> Html {
    let s = use_strings();
    let q = &s.questionnaire;
    let c = &props.assessment.answers.comune;
    html! {
        <>
            <p class="import-prompt">{ s.common.import_prompt }{ " " }<ImportLink /></p>
            <TextField kind={FieldKind::Name} id={control_id("comune.name")} label={q.name_label}
                       help={Some(AttrValue::from(q.name_help))} saved={AttrValue::from(c.name.clone())}
                       required=true onedit={props.onedit.clone()} />
            <TextField kind={FieldKind::Istat} id={control_id("comune.istat_code")} label={q.istat_label}
                       help={Some(AttrValue::from(q.istat_help))}
                       saved={AttrValue::from(c.istat_code.clone().unwrap_or_default())}
                       optional=true onedit={props.onedit.clone()} />
            <TextField kind={FieldKind::Year} id={control_id("comune.year")} label={q.year_label}
                       help={Some(AttrValue::from(q.year_help))}
                       saved={AttrValue::from(c.year.map(|y| y.to_string()).unwrap_or_default())}
                       optional=true onedit={props.onedit.clone()} />
            <TextField kind={FieldKind::Respondent} id="q-respondent" label={q.respondent_label}
                       help={Some(AttrValue::from(q.respondent_help))}
                       saved={AttrValue::from(props.assessment.respondent.clone())}
                       optional=true onedit={props.onedit.clone()} />
            <DateAndRespondents answers={props.assessment.answers.clone()} onedit={props.onedit.clone()} />
        </>
    }
}
