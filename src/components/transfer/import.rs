//! Importing an answers file: the whole file is read and checked first (size, UTF-8, then the strict parser of
//! the answers file v1, whose errors name the field); a broken file gets its message and changes nothing. A valid
//! file opens a dialog that shows what it brings (comune, year, completeness, scores) and asks: add it as a new
//! assessment, or replace the saved assessment of the same comune and year (the replaced answers stay
//! recoverable as a copy, through `Action::ReplaceKeepingOld`).

use std::rc::Rc;

use yew::prelude::*;

use super::answers_file_field::{AnswersFileField, ReadingNote, RefusedFile};
use super::summary::band_chip;
use super::{dialog, FileProblem};
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::number::one_decimal;
use crate::model::{self, Answers};
use crate::report::explain::{class_css, class_name, sub_label_name};
use crate::services::dom::now_ms;
use crate::transfer::files::{self, ImportChoice, ImportOutcome};

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Cancelled,
    Reading,
    Failed { file: String, problem: FileProblem },
    Preview { file: String, answers: Rc<Answers> },
    Done(ImportOutcome),
}

/// The import of one answers file: a file field, the messages, and the preview dialog.
#[function_component(ImportAnswers)]
pub fn import_answers() -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.transfer();
    let stage = use_state(|| Stage::Idle);
    let input_ref = use_node_ref();
    let message_ref = use_node_ref();

    // After the dialog: the focus goes to the outcome (or back to the field when cancelled).
    {
        let message_ref = message_ref.clone();
        let input_ref = input_ref.clone();
        use_effect_with((*stage).clone(), move |stage| {
            let target = match stage {
                Stage::Done(_) | Stage::Failed { .. } => message_ref.cast::<web_sys::HtmlElement>(),
                // Back from the dialog without importing: the field is what opened it.
                Stage::Cancelled => input_ref.cast::<web_sys::HtmlElement>(),
                _ => None,
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }

    let on_reading = {
        let stage = stage.clone();
        Callback::from(move |()| stage.set(Stage::Reading))
    };
    let on_read = {
        let stage = stage.clone();
        Callback::from(
            move |(file, read): (String, Result<Answers, FileProblem>)| {
                stage.set(match read {
                    Ok(answers) => Stage::Preview {
                        file,
                        answers: Rc::new(answers),
                    },
                    Err(problem) => Stage::Failed { file, problem },
                });
            },
        )
    };

    let on_cancel = {
        let stage = stage.clone();
        Callback::from(move |_| stage.set(Stage::Cancelled))
    };
    let on_choose = {
        let stage = stage.clone();
        let store = store.clone();
        Callback::from(move |choice: ImportChoice| {
            let Stage::Preview { answers, .. } = &*stage else {
                return;
            };
            let (actions, outcome) = files::import_actions(
                &store,
                (**answers).clone(),
                &choice,
                now_ms(),
                crate::i18n::strings(store.lang).transfer().backup_suffix,
            );
            for a in actions {
                store.dispatch(a);
            }
            stage.set(Stage::Done(outcome));
        })
    };

    let message = match &*stage {
        Stage::Idle | Stage::Cancelled | Stage::Preview { .. } => html! {},
        Stage::Reading => html! { <ReadingNote /> },
        Stage::Failed { file, problem } => html! {
            <RefusedFile file={file.clone()} problem={problem.clone()} focus_ref={message_ref.clone()}
                         title={t.import_error_title} />
        },
        Stage::Done(ImportOutcome::Added { name, .. }) => html! {
            <div class="alert alert-success" ref={message_ref.clone()} tabindex="-1">
                <p>{ fill(t.imported_added, &[name]) }</p>
            </div>
        },
        Stage::Done(ImportOutcome::Replaced {
            name, backup_name, ..
        }) => html! {
            <div class="alert alert-success" ref={message_ref.clone()} tabindex="-1">
                <p>{ fill(t.imported_replaced, &[name, backup_name]) }</p>
            </div>
        },
    };
    let dialog = match &*stage {
        Stage::Preview { file, answers } => {
            let existing = files::same_comune_year(&store, answers).map(|a| {
                let year = a
                    .answers
                    .comune
                    .year
                    .map(|y| format!(" {y}"))
                    .unwrap_or_default();
                (a.id.clone(), format!("{}{year}", a.answers.comune.name))
            });
            html! {
                <ImportDialog answers={answers.clone()} file={AttrValue::from(file.clone())} {existing}
                              on_choose={on_choose} on_cancel={on_cancel} />
            }
        }
        _ => html! {},
    };

    html! {
        <div class="import-answers">
            <AnswersFileField id="import-file" label={t.import_label} help={t.import_help} {input_ref}
                              {on_reading} {on_read} />
            <div role="status" aria-live="polite">{ message }</div>
            { dialog }
        </div>
    }
}

/// Props of [`ImportDialog`].
#[derive(Properties, PartialEq)]
pub struct ImportDialogProps {
    /// The answers of the file (already checked).
    pub answers: Rc<Answers>,
    /// The file's name.
    pub file: AttrValue,
    /// The saved assessment of the same comune and year, if any: its id and a label (`name year`).
    pub existing: Option<(String, String)>,
    /// Called with the user's choice.
    pub on_choose: Callback<ImportChoice>,
    /// Called when the user closes the dialog without importing (Esc, the close button, "Annulla").
    pub on_cancel: Callback<()>,
}

/// The preview of an import, in a modal dialog: what the file contains and the choice.
#[function_component(ImportDialog)]
pub fn import_dialog(props: &ImportDialogProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.transfer();
    let lang = store.lang;
    let dialog_ref = use_node_ref();
    let primary_ref = use_node_ref();
    {
        let dialog_ref = dialog_ref.clone();
        let primary_ref = primary_ref.clone();
        use_effect_with((), move |_| {
            if let Some(d) = dialog_ref.cast::<web_sys::Element>() {
                dialog::show_modal(&d);
            }
            if let Some(b) = primary_ref.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
            move || {
                if let Some(d) = dialog_ref.cast::<web_sys::Element>() {
                    dialog::close(&d);
                }
            }
        });
    }

    let a = &props.answers;
    let edition = model::edition(&a.model).unwrap_or_else(model::current);
    let sc = model::score(edition, a);
    let cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let oncancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |e: Event| {
            e.prevent_default();
            cb.emit(());
        })
    };
    let add = {
        let cb = props.on_choose.clone();
        Callback::from(move |_: MouseEvent| cb.emit(ImportChoice::AddNew))
    };
    let replace = props.existing.as_ref().map(|(id, label)| {
        let cb = props.on_choose.clone();
        let id = id.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(ImportChoice::Replace { id: id.clone() }));
        html! { <button type="button" class="btn btn-outline-primary" {onclick}>{ fill(t.replace, &[label]) }</button> }
    });
    let explain = match &props.existing {
        Some(_) => {
            let year = a
                .comune
                .year
                .map(|y| y.to_string())
                .unwrap_or_else(|| t.not_given.to_string());
            crate::components::user_text::fill_isolated(t.dialog_existing, &[&a.comune.name, &year])
        }
        None => html! { t.dialog_new },
    };
    let num = |v: Option<f64>| {
        v.map(|v| one_decimal(lang, v))
            .unwrap_or_else(|| t.not_available.to_string())
    };
    let total = sc.progress.total;
    let percent = crate::model::number::completeness_percent(total.answered, total.total);
    let given = |v: Option<String>| v.unwrap_or_else(|| t.not_given.to_string());
    let dim_row = |code: &str, value: Option<f64>, band: Option<model::Band>| {
        html! {
            <tr>
                <th scope="row">{ code.to_string() }</th>
                <td>{ num(value) }{ " " }{ for band.map(|b| band_chip(edition, b, lang)) }</td>
            </tr>
        }
    };
    let care = match (sc.care, sc.care_display) {
        (Some(c), Some(d)) => format!("{d} ({})", one_decimal(lang, c)),
        _ => t.not_available.to_string(),
    };
    let class = sc.class.map(|c| {
        let sub = sc
            .sub_label
            .map(|l| format!(" ({})", sub_label_name(edition, l, lang)))
            .unwrap_or_default();
        let provisional = if sc.complete {
            String::new()
        } else {
            format!(" – {}", t.provisional)
        };
        html! {
            <><span class={classes!("class-badge", "class-badge-sm", class_css(c))}>{ class_name(edition, c, lang) }</span>{ sub }{ provisional }</>
        }
    });

    html! {
        <dialog ref={dialog_ref} class="modal-dialog" aria-labelledby="import-dialog-title" {oncancel}>
            <div class="modal-header">
                <h2 class="modal-title" id="import-dialog-title">{ crate::components::user_text::fill_isolated(t.dialog_title, &[&a.comune.name]) }</h2>
                <button type="button" class="btn btn-icon btn-link" aria-label={t.close} onclick={cancel.clone()}>{ "✕" }</button>
            </div>
            <div class="modal-body">
                <p>{ t.dialog_intro }</p>
                <div class="table-responsive" tabindex="0" role="region" aria-labelledby="import-dialog-caption">
                    <table class="table table-sm">
                        <caption id="import-dialog-caption" class="visually-hidden">{ fill(t.dialog_caption, &[&props.file]) }</caption>
                        <tbody>
                            <tr><th scope="row">{ t.field_comune }</th><td>{ &a.comune.name }</td></tr>
                            <tr><th scope="row">{ t.field_istat }</th><td>{ given(a.comune.istat_code.clone()) }</td></tr>
                            <tr><th scope="row">{ t.field_year }</th><td>{ given(a.comune.year.map(|y| y.to_string())) }</td></tr>
                            <tr><th scope="row">{ t.field_completeness }</th>
                                <td>{ t.completeness_value.fill(total.answered as usize, &[&total.total, &percent]) }</td></tr>
                            { dim_row("DPS", sc.dps, sc.bands.dps) }
                            { dim_row("DPA", sc.dpa, sc.bands.dpa) }
                            { dim_row("DO", sc.do_, sc.bands.do_) }
                            <tr><th scope="row">{ t.field_care }</th><td>{ care }</td></tr>
                            <tr><th scope="row">{ t.field_class }</th><td>{ class.unwrap_or_else(|| html! { { t.not_available } }) }</td></tr>
                        </tbody>
                    </table>
                </div>
                <p>{ explain }</p>
            </div>
            <div class="modal-footer">
                <button type="button" class="btn btn-secondary" onclick={cancel}>{ t.cancel }</button>
                { for replace }
                <button ref={primary_ref} type="button" class="btn btn-primary" onclick={add}>{ t.add_new }</button>
            </div>
        </dialog>
    }
}
