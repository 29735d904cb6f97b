//! "Nota e link di verifica" under a question: a native `<details>` (closed by default, opened from the keyboard
//! like any disclosure) holding a labelled note (plain text, 500 characters) and a labelled verification link
//! (`http:`/`https:` only). Each is checked as the user types by [`crate::model::evidence`]; a valid value is saved
//! at once as an [`Edit::Note`] / [`Edit::Evidence`] (the one edit path), an invalid one is explained and never
//! written. A saved link is shown by its host, opening in a new tab without giving the page access to the app
//! ([`EvidenceLink`]).

use yew::prelude::*;

use crate::components::results::data_table::DataTableView;
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::answer_keys::AnswerKey;
use crate::model::evidence::{self, ItemNote, MAX_NOTE_CHARS};
use crate::model::{current, Answers, Edit};
use crate::report::evidence::evidence_table;
use crate::store::questions::control_id;
use crate::transfer::answer_words::question_name;

/// The [`EvidenceField`] of `key` with what `answers` holds for it: the one line a step adds under a question.
pub fn evidence_for(key: AnswerKey, answers: &Answers, onedit: &Callback<Edit>) -> Html {
    html! {
        <EvidenceField saved={answers.notes.get(&key).cloned()} answer_key={key} onedit={onedit.clone()} />
    }
}

/// Props of [`EvidenceField`].
#[derive(Properties, PartialEq)]
pub struct EvidenceFieldProps {
    /// The question the note is about (its name, `IMU` or `Pagamento: TARI`, labels the fields).
    pub answer_key: AnswerKey,
    /// The saved note and link, if any.
    pub saved: Option<ItemNote>,
    /// A valid note or link was typed.
    pub onedit: Callback<Edit>,
}

/// The disclosure with the note and the verification link of one question.
#[function_component(EvidenceField)]
pub fn evidence_field(props: &EvidenceFieldProps) -> Html {
    let s = use_strings();
    let store = use_store();
    let e = &s.evidence;
    let name = question_name(current(), &props.answer_key, store.lang);
    let saved = props.saved.clone().unwrap_or_default();
    let base = control_id(&props.answer_key.path());
    let (note_id, link_id) = (format!("{base}-note"), format!("{base}-evidence"));
    // What the user typed since the value was last saved; `None` shows the saved value.
    let typed_note = use_state(|| None::<String>);
    let typed_link = use_state(|| None::<String>);
    let note_error = typed_note
        .as_deref()
        .and_then(|t| evidence::check_note(t).err())
        .map(|p| e.note_problem(&p));
    let link_error = typed_link
        .as_deref()
        .and_then(|t| evidence::check_address(t).err())
        .map(|p| e.address_problem(&p));
    let note_value = typed_note
        .as_deref()
        .map(str::to_string)
        .unwrap_or_else(|| saved.note.clone().unwrap_or_default());
    let link_value = typed_link
        .as_deref()
        .map(str::to_string)
        .unwrap_or_else(|| saved.evidence.clone().unwrap_or_default());

    let on_note = {
        let (typed, onedit, key) = (
            typed_note.clone(),
            props.onedit.clone(),
            props.answer_key.clone(),
        );
        Callback::from(move |ev: InputEvent| {
            let text = ev
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            if let Ok(note) = evidence::check_note(&text) {
                onedit.emit(Edit::Note {
                    key: key.clone(),
                    note,
                });
            }
            typed.set(Some(text));
        })
    };
    let on_link = {
        let (typed, onedit, key) = (
            typed_link.clone(),
            props.onedit.clone(),
            props.answer_key.clone(),
        );
        Callback::from(move |ev: InputEvent| {
            let text = ev
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            if let Ok(address) = evidence::check_address(&text) {
                onedit.emit(Edit::Evidence {
                    key: key.clone(),
                    address,
                });
            }
            typed.set(Some(text));
        })
    };
    // Leaving a valid field shows the value as saved (trimmed); an invalid one stays as typed.
    let settle = |typed: UseStateHandle<Option<String>>, valid: fn(&str) -> bool| {
        Callback::from(move |_: FocusEvent| {
            if typed.as_deref().is_some_and(valid) {
                typed.set(None);
            }
        })
    };
    let note_blur = settle(typed_note.clone(), |t| evidence::check_note(t).is_ok());
    let link_blur = settle(typed_link.clone(), |t| evidence::check_address(t).is_ok());

    let filled: Vec<&str> = [
        saved.note.is_some().then_some(e.has_note),
        saved.evidence.is_some().then_some(e.has_link),
    ]
    .into_iter()
    .flatten()
    .collect();
    let summary = if filled.is_empty() {
        e.disclosure.to_string()
    } else {
        fill(e.disclosure_filled, &[&filled.join(", ")])
    };
    let chars = note_value.trim().chars().count();
    let described = |help: &str, error: bool, err: &str| {
        if error {
            format!("{help} {err}")
        } else {
            help.to_string()
        }
    };
    html! {
        <details class="evidence-field" id={format!("{base}-details")}>
            <summary>{ summary }</summary>
            <div class="evidence-field-body">
                <div class="form-group">
                    <label for={note_id.clone()}>{ fill(e.note_label, &[&name]) }</label>
                    <textarea class="form-control" id={note_id.clone()} rows="3" value={note_value}
                              aria-invalid={note_error.is_some().then_some("true")}
                              aria-describedby={described(&format!("{note_id}-help"), note_error.is_some(), &format!("{note_id}-error"))}
                              oninput={on_note} onblur={note_blur}></textarea>
                    <span class="form-text" id={format!("{note_id}-help")}>
                        { fill(e.note_help, &[&MAX_NOTE_CHARS]) }{ " " }
                        { fill(e.note_count, &[&chars, &MAX_NOTE_CHARS]) }
                    </span>
                    if let Some(err) = note_error {
                        <span class="invalid-feedback" id={format!("{note_id}-error")}>{ err }</span>
                    }
                </div>
                <div class="form-group">
                    <label for={link_id.clone()}>{ fill(e.address_label, &[&name]) }</label>
                    <input class="form-control" id={link_id.clone()} type="url" inputmode="url"
                           autocomplete="off" spellcheck="false" value={link_value}
                           aria-invalid={link_error.is_some().then_some("true")}
                           aria-describedby={described(&format!("{link_id}-help"), link_error.is_some(), &format!("{link_id}-error"))}
                           oninput={on_link} onblur={link_blur} />
                    <span class="form-text" id={format!("{link_id}-help")}>{ e.address_help }</span>
                    if let Some(err) = link_error {
                        <span class="invalid-feedback" id={format!("{link_id}-error")}>{ err }</span>
                    }
                    if let Some(address) = saved.evidence.clone() {
                        <p class="evidence-saved-link small"><EvidenceLink {address} /></p>
                    }
                </div>
            </div>
        </details>
    }
}

/// Props of [`EvidenceLink`].
#[derive(Properties, PartialEq)]
pub struct EvidenceLinkProps {
    /// A checked verification address.
    pub address: AttrValue,
}

/// A verification link shown by its host (`comune.siena.it`), the whole address in its title, opening in a new
/// tab with `rel="noopener noreferrer"`; an address that is not `http:`/`https:` is shown as plain text, never as
/// a link.
#[function_component(EvidenceLink)]
pub fn evidence_link(props: &EvidenceLinkProps) -> Html {
    let s = use_strings();
    let host = evidence::host(&props.address);
    if host.is_empty() {
        return html! { <span class="evidence-address">{ props.address.clone() }</span> };
    }
    html! {
        <a class="evidence-link" href={props.address.clone()} title={props.address.clone()}
           target="_blank" rel="noopener noreferrer">
            { host }<span class="visually-hidden">{ " " }{ s.evidence.new_tab }</span>
        </a>
    }
}

/// Props of [`EvidenceReview`].
#[derive(Properties, PartialEq)]
pub struct EvidenceReviewProps {
    /// The answers whose notes are shown.
    pub answers: Answers,
}

/// The review's «Evidenze»: every note and verification link given, in one table (question, answer, note, link;
/// one block per question on a phone) under the section's heading, which the table's caption repeats for screen
/// readers only (app.css); nothing when there is none.
#[function_component(EvidenceReview)]
pub fn evidence_review(props: &EvidenceReviewProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let Some(table) = evidence_table(current(), &props.answers, store.lang, None) else {
        return html! {};
    };
    html! {
        <section class="mt-4" id="review-evidence" aria-labelledby="review-evidence-title">
            <h3 id="review-evidence-title">{ s.evidence.title }</h3>
            <DataTableView {table} stack=true />
        </section>
    }
}
