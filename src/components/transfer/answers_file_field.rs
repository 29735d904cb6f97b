//! The one way an answers file comes in, shared by the import and the merge: the labelled file field (choose a
//! file, read it whole within [`crate::model::answers_file::MAX_INPUT_BYTES`], check it with the strict parser),
//! the note while it is read, and the message of a refused file (its name, the reason, and that nothing changed).

use yew::prelude::*;

use super::{read_answers, take_chosen_files, FileProblem};
use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::model::Answers;

/// Props of [`AnswersFileField`].
#[derive(Properties, PartialEq)]
pub struct AnswersFileFieldProps {
    /// The field's id (its help text is `{id}-help`).
    pub id: AttrValue,
    /// The field's label.
    pub label: AttrValue,
    /// The help text under the field.
    pub help: AttrValue,
    /// The field itself, for the caller to focus.
    pub input_ref: NodeRef,
    /// A file was chosen and is being read.
    pub on_reading: Callback<()>,
    /// The chosen file was read: its name and its answers (or why there are none).
    pub on_read: Callback<(String, Result<Answers, FileProblem>)>,
}

/// A labelled file field that reads the chosen answers file and hands over what it found.
#[function_component(AnswersFileField)]
pub fn answers_file_field(props: &AnswersFileFieldProps) -> Html {
    let onchange = {
        let on_reading = props.on_reading.clone();
        let on_read = props.on_read.clone();
        Callback::from(move |e: Event| {
            let Some(file) = take_chosen_files(&e).into_iter().next() else {
                return;
            };
            on_reading.emit(());
            let on_read = on_read.clone();
            read_answers(&file, move |file, read| on_read.emit((file, read)));
        })
    };
    let help_id = format!("{}-help", props.id);
    html! {
        <div class="form-group">
            <label for={props.id.clone()}>{ &props.label }</label>
            <input ref={props.input_ref.clone()} id={props.id.clone()} class="form-control" type="file"
                   accept=".json,application/json" aria-describedby={help_id.clone()} {onchange} />
            <span class="form-text" id={help_id}>{ &props.help }</span>
        </div>
    }
}

/// "Lettura del file…", while a chosen file is read.
#[function_component(ReadingNote)]
pub fn reading_note() -> Html {
    let s = use_strings();
    html! { <p class="small text-muted">{ s.transfer().import_reading }</p> }
}

/// Props of [`RefusedFile`].
#[derive(Properties, PartialEq)]
pub struct RefusedFileProps {
    /// The file's name.
    pub file: AttrValue,
    /// Why it was refused.
    pub problem: FileProblem,
    /// The message, for the caller to move the focus to.
    pub focus_ref: NodeRef,
    /// The message's id, if the caller needs one.
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// A heading over the message, if the caller wants one.
    #[prop_or_default]
    pub title: Option<AttrValue>,
}

/// The message of a refused file: its name and the reason (the parser's, which names the field), and that
/// nothing changed.
#[function_component(RefusedFile)]
pub fn refused_file(props: &RefusedFileProps) -> Html {
    let s = use_strings();
    let t = s.transfer();
    let reason = props.problem.message(s.lang);
    html! {
        <div class="alert alert-danger" ref={props.focus_ref.clone()} tabindex="-1" id={props.id.clone()}>
            { for props.title.as_ref().map(|title| html! { <h3 class="alert-heading">{ title }</h3> }) }
            <p>{ fill(t.import_error, &[&props.file, &reason]) }</p>
            <p>{ t.nothing_changed }</p>
        </div>
    }
}
