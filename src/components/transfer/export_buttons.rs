//! The export buttons of one saved assessment: its answers file (`care-<slug>-<year>.json`) and its scores CSV
//! (`care-<slug>-<year>.csv`, UTF-8 with BOM, `;` in Italian). An assessment that would give a file this app
//! refuses (no comune name yet, for one) is not exported: the button says why, naming the field.

use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::answers_file::FormatError;
use crate::report::dates::assessment_date;
use crate::services::download::download;
use crate::transfer::files;

/// Props of [`ExportAnswersButton`] and [`ExportCsvButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExportButtonProps {
    /// The id of the saved assessment to export.
    pub assessment_id: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Json,
    Csv,
}

#[derive(Clone, PartialEq)]
enum Status {
    None,
    Downloaded(String),
    Refused(FormatError),
    Failed,
}

/// Downloads the answers file of an assessment.
#[function_component(ExportAnswersButton)]
pub fn export_answers_button(props: &ExportButtonProps) -> Html {
    html! { <ExportButton assessment_id={props.assessment_id.clone()} kind={Kind::Json} /> }
}

/// Downloads the scores CSV of an assessment.
#[function_component(ExportCsvButton)]
pub fn export_csv_button(props: &ExportButtonProps) -> Html {
    html! { <ExportButton assessment_id={props.assessment_id.clone()} kind={Kind::Csv} /> }
}

#[derive(Properties, PartialEq)]
struct ExportButtonInnerProps {
    assessment_id: AttrValue,
    kind: Kind,
}

#[function_component(ExportButton)]
fn export_button(props: &ExportButtonInnerProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.transfer();
    let status = use_state(|| Status::None);
    let Some(assessment) = store.get(&props.assessment_id) else {
        return html! {};
    };
    let answers = assessment.answers.clone();
    let date = assessment_date(&answers, Some(assessment.updated_ms));
    let lang = store.lang;
    let kind = props.kind;
    let onclick = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let prepared = match kind {
                Kind::Json => files::export_json(&answers).map(|text| {
                    (
                        files::json_file_name(&answers, date),
                        "application/json;charset=utf-8",
                        text,
                    )
                }),
                Kind::Csv => files::export_csv(&answers, lang).map(|text| {
                    (
                        files::csv_file_name(&answers, date),
                        "text/csv;charset=utf-8",
                        text,
                    )
                }),
            };
            status.set(match prepared {
                Ok((name, mime, text)) => match download(&name, mime, &text) {
                    Ok(()) => Status::Downloaded(name),
                    Err(_) => Status::Failed,
                },
                Err(e) => Status::Refused(e),
            });
        })
    };
    let name = if assessment.answers.comune.name.trim().is_empty() {
        s.common.unnamed.to_string()
    } else {
        assessment.answers.comune.name.clone()
    };
    let label = match kind {
        Kind::Json => t.export_json,
        Kind::Csv => t.export_csv,
    };
    // The live region is always there (so that a change is announced) and takes no room while empty.
    let (class, message) = match &*status {
        Status::None => ("visually-hidden", String::new()),
        Status::Downloaded(file) => ("small text-muted", fill(t.exported, &[file])),
        Status::Refused(e) => (
            "invalid-feedback",
            fill(t.export_blocked, &[&e.message(lang)]),
        ),
        Status::Failed => ("invalid-feedback", t.export_failed.to_string()),
    };
    html! {
        <>
            <button type="button" class="btn btn-outline-primary btn-sm" {onclick}>
                { label }<span class="visually-hidden">{ " — " }{ name }</span>
            </button>
            <span role="status" {class}>{ message }</span>
        </>
    }
}
