//! "Esporta una sezione per un collega": one section of the open assessment (its questions and the answers already
//! given) as an ordinary answers file, to be filled in elsewhere and merged back
//! ([`crate::transfer::files::export_section`]). A file this app would refuse (no comune name yet) is not written:
//! the message says why, naming the field.

use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model;
use crate::model::answer_keys::{AnswerKey, Section};
use crate::model::answers_file::{self, FormatError};
use crate::report::dates::assessment_date;
use crate::services::download::download;
use crate::transfer::answer_words::section_name;
use crate::transfer::files;

#[derive(Clone, PartialEq)]
enum Status {
    None,
    Downloaded { file: String, answers: usize },
    Refused(FormatError),
    Failed,
}

/// The section export of the open assessment: a select of the section and a button.
#[function_component(ExportSection)]
pub fn export_section() -> Html {
    let store = use_store();
    let s = use_strings();
    let t = s.history();
    let lang = store.lang;
    let section = use_state(|| Section::Services);
    let status = use_state(|| Status::None);
    let Some(open) = store.current() else {
        return html! { <p>{ t.merge_no_open }</p> };
    };
    let answers = open.answers.clone();
    let date = assessment_date(&answers, Some(open.updated_ms));
    let onchange = {
        let section = section.clone();
        let status = status.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(s) = Section::from_id(&select.value()) {
                section.set(s);
                status.set(Status::None);
            }
        })
    };
    let onclick = {
        let status = status.clone();
        let chosen = *section;
        let word = t.section_file_word;
        Callback::from(move |_: MouseEvent| {
            status.set(match files::export_section(&answers, chosen) {
                Ok(text) => {
                    let file = files::section_file_name(&answers, date, word, chosen);
                    let given = answers_file::parse(&text)
                        .map(|a| {
                            AnswerKey::all(model::current())
                                .iter()
                                .filter(|k| k.edits(&a).is_some())
                                .count()
                        })
                        .unwrap_or(0);
                    match download(&file, "application/json;charset=utf-8", &text) {
                        Ok(()) => Status::Downloaded {
                            file,
                            answers: given,
                        },
                        Err(_) => Status::Failed,
                    }
                }
                Err(e) => Status::Refused(e),
            });
        })
    };
    let options = Section::ALL.iter().map(|sec| {
        html! {
            <option value={sec.id()} selected={*sec == *section}>{ section_name(*sec, lang) }</option>
        }
    });
    let (class, message) = match &*status {
        Status::None => ("visually-hidden", String::new()),
        Status::Downloaded { file, answers } => (
            "small text-muted",
            fill(t.section_exported, &[file, answers]),
        ),
        Status::Refused(e) => (
            "invalid-feedback d-block",
            fill(s.transfer().export_blocked, &[&e.message(lang)]),
        ),
        Status::Failed => (
            "invalid-feedback d-block",
            s.transfer().export_failed.to_string(),
        ),
    };
    html! {
        <div class="section-export">
            <p>{ t.section_lead }</p>
            <div class="section-export-row">
                <div class="form-group">
                    <label for="section-export">{ t.section_label }</label>
                    <select id="section-export" class="form-control" {onchange}>{ for options }</select>
                </div>
                <button type="button" class="btn btn-outline-primary" id="section-export-button" {onclick}>
                    { t.section_button }
                </button>
            </div>
            <p role="status" id="section-export-status" {class}>{ message }</p>
        </div>
    }
}
