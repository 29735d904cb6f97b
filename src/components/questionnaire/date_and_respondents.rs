//! On the comune's step: the date of the assessment (separate from the last edit) and who answers each section
//! (a name and an office per section), both optional and both saved in the answers file (version 2). Typed
//! values are checked by [`TextField`] like every other field.

use yew::prelude::*;

use super::{FieldKind, TextField};
use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::model::{Answers, Edit, Section};
use crate::store::Step;

/// Props of [`DateAndRespondents`].
#[derive(Properties, PartialEq)]
pub struct DateAndRespondentsProps {
    /// The answers holding the date and the respondents.
    pub answers: Answers,
    /// A valid value was typed.
    pub onedit: Callback<Edit>,
}

/// The step of a section, for its name.
fn step_of(section: Section) -> Step {
    match section {
        Section::Services => Step::Services,
        Section::DigitalPa => Step::DigitalPa,
        Section::Openness => Step::Openness,
    }
}

/// The date field, then a fieldset with a name and an office per section.
#[function_component(DateAndRespondents)]
pub fn date_and_respondents(props: &DateAndRespondentsProps) -> Html {
    let s = use_strings();
    let (e, q) = (&s.evidence, &s.questionnaire);
    let a = &props.answers;
    let rows = Section::ALL.iter().map(|section| {
        let saved = a.respondents.get(section).cloned().unwrap_or_default();
        let name = q.step_name(step_of(*section));
        let id = format!("q-respondents-{}", section.id());
        html! {
            <div class="respondent-row" key={section.id()}>
                <TextField kind={FieldKind::SectionName(*section)} id={format!("{id}-name")}
                           label={fill(e.respondent_name, &[&name])} saved={AttrValue::from(saved.name)}
                           optional=true onedit={props.onedit.clone()} />
                <TextField kind={FieldKind::SectionOffice(*section)} id={format!("{id}-office")}
                           label={fill(e.respondent_office, &[&name])} saved={AttrValue::from(saved.office)}
                           optional=true onedit={props.onedit.clone()} />
            </div>
        }
    });
    html! {
        <>
            <TextField kind={FieldKind::AssessedOn} id="q-assessed-on" label={e.assessed_on}
                       help={Some(AttrValue::from(e.assessed_on_help))}
                       saved={AttrValue::from(a.assessed_on.map(|d| d.to_string()).unwrap_or_default())}
                       optional=true onedit={props.onedit.clone()} />
            <fieldset class="respondents" aria-describedby="q-respondents-help">
                <legend>{ e.respondents }</legend>
                <p class="form-text" id="q-respondents-help">{ e.respondents_help }</p>
                { for rows }
            </fieldset>
        </>
    }
}
