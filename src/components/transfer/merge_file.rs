//! Merging a colleague's answers file into the open assessment: the file is read and checked like an import;
//! a preview lists what it adds and every conflict with both answers side by side and a native radio pair
//! ("Tieni il mio" / "Usa il file", mine chosen by default); nothing changes before "Unisci le risposte"; after
//! it, "Annulla l'unione" puts every changed answer back as it was ([`crate::transfer::merge`]).

use crate::sorted_map::SortedMap;
use std::rc::Rc;

use yew::prelude::*;

use super::answers_file_field::{AnswersFileField, ReadingNote, RefusedFile};
use super::FileProblem;
use crate::components::table_cells::head_row;
use crate::components::user_text::fill_isolated;
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::answer_keys::AnswerKey;
use crate::model::merge_plan::Side;
use crate::model::{self, Answers, Lang};
use crate::services::dom::now_ms;
use crate::transfer::answer_words::{answer_text, question_name, section_name};
use crate::transfer::merge::{self, Done, Preview};

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Failed { file: String, problem: FileProblem },
    Preview { file: String, preview: Rc<Preview> },
    NothingNew { file: String },
    Done(Rc<Done>),
    Undone,
}

/// The merge of a colleague's file into the open assessment.
#[function_component(MergeColleagueFile)]
pub fn merge_colleague_file() -> Html {
    let store = use_store();
    let s = use_strings();
    let t = s.history();
    let stage = use_state(|| Stage::Idle);
    let choices = use_state(SortedMap::<AnswerKey, Side>::new);
    let focus_ref = use_node_ref();
    let input_ref = use_node_ref();
    {
        // Attention goes to what the step shows: the preview's heading, the outcome, or back to the field.
        let focus_ref = focus_ref.clone();
        use_effect_with((*stage).clone(), move |_| {
            if let Some(el) = focus_ref.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }

    let Some(open) = store.current() else {
        return html! { <p id="merge-no-open">{ t.merge_no_open }</p> };
    };
    let open_name = open.answers.comune.name.clone();

    let on_reading = {
        let stage = stage.clone();
        let choices = choices.clone();
        Callback::from(move |()| {
            stage.set(Stage::Reading);
            choices.set(SortedMap::new());
        })
    };
    let on_read = {
        let stage = stage.clone();
        let store = store.clone();
        Callback::from(
            move |(file, read): (String, Result<Answers, FileProblem>)| {
                stage.set(match read {
                    Err(problem) => Stage::Failed { file, problem },
                    Ok(theirs) => match merge::preview(&store, theirs) {
                        Some(p) if p.plan.is_empty() => Stage::NothingNew { file },
                        Some(p) => Stage::Preview {
                            file,
                            preview: Rc::new(p),
                        },
                        None => Stage::Idle,
                    },
                });
            },
        )
    };
    let on_cancel = {
        let stage = stage.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |_: MouseEvent| {
            stage.set(Stage::Idle);
            if let Some(el) = input_ref.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    let on_confirm = {
        let stage = stage.clone();
        let store = store.clone();
        let choices = choices.clone();
        Callback::from(move |_: MouseEvent| {
            let Stage::Preview { file, preview } = &*stage else {
                return;
            };
            match merge::merge_action(&store, preview, &choices, now_ms()) {
                Some((action, done)) => {
                    store.dispatch(action);
                    stage.set(Stage::Done(Rc::new(done)));
                }
                None => stage.set(Stage::NothingNew { file: file.clone() }),
            }
        })
    };
    let on_undo = {
        let stage = stage.clone();
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            if let Stage::Done(done) = &*stage {
                store.dispatch(merge::undo_action(done, now_ms()));
                stage.set(Stage::Undone);
            }
        })
    };
    let on_choice = {
        let choices = choices.clone();
        Callback::from(move |(key, side): (AnswerKey, Side)| {
            let mut next = (*choices).clone();
            next.insert(key, side);
            choices.set(next);
        })
    };

    let outcome = match &*stage {
        Stage::Idle | Stage::Preview { .. } => html! {},
        Stage::Reading => html! { <ReadingNote /> },
        Stage::Failed { file, problem } => html! {
            <RefusedFile file={file.clone()} problem={problem.clone()} focus_ref={focus_ref.clone()}
                         id="merge-error" />
        },
        Stage::NothingNew { .. } => html! {
            <div class="alert alert-info" ref={focus_ref.clone()} tabindex="-1" id="merge-nothing">
                <p class="mb-0">{ t.nothing_new }</p>
            </div>
        },
        Stage::Done(done) => html! {
            <div class="alert alert-success" ref={focus_ref.clone()} tabindex="-1" id="merge-done">
                <p>{ t.merged.fill(done.changed, &[&done.name]) }</p>
                <button type="button" class="btn btn-outline-primary btn-sm" id="merge-undo" onclick={on_undo}>
                    { t.undo }
                </button>
            </div>
        },
        Stage::Undone => html! {
            <div class="alert alert-info" ref={focus_ref.clone()} tabindex="-1" id="merge-undone">
                <p class="mb-0">{ t.undone }</p>
            </div>
        },
    };
    let preview = match &*stage {
        Stage::Preview { file, preview } => html! {
            <MergePreview file={AttrValue::from(file.clone())} preview={preview.clone()}
                          choices={Rc::new((*choices).clone())} {on_choice} {on_confirm} {on_cancel}
                          heading_ref={focus_ref.clone()} />
        },
        _ => html! {},
    };

    html! {
        <div class="merge-file">
            <p>{ t.merge_lead }</p>
            <p>{ fill_isolated(t.merge_into, &[&open_name]) }</p>
            <AnswersFileField id="merge-file" label={t.merge_label} help={t.merge_help} {input_ref}
                              {on_reading} {on_read} />
            <div role="status" aria-live="polite">{ outcome }</div>
            { preview }
        </div>
    }
}

/// Props of [`MergePreview`].
#[derive(Properties, PartialEq)]
struct MergePreviewProps {
    file: AttrValue,
    preview: Rc<Preview>,
    choices: Rc<SortedMap<AnswerKey, Side>>,
    on_choice: Callback<(AnswerKey, Side)>,
    on_confirm: Callback<MouseEvent>,
    on_cancel: Callback<MouseEvent>,
    heading_ref: NodeRef,
}

/// What the merge would do: the additions, each conflict side by side with its choice, the confirmation.
#[function_component(MergePreview)]
fn merge_preview(props: &MergePreviewProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = s.history();
    let lang = store.lang;
    let p = &props.preview;
    let edition = model::edition(&p.mine.model).unwrap_or_else(model::current);
    let adds = (!p.plan.adds.is_empty()).then(|| {
        let rows = p.plan.adds.iter().map(|k| {
            html! {
                <tr>
                    <th scope="row">{ question_name(edition, k, lang) }</th>
                    <td>{ section_name(k.section(), lang) }</td>
                    <td>{ answer_text(edition, k, &p.theirs, lang) }</td>
                </tr>
            }
        });
        let title = t.adds_title.of(p.plan.adds.len());
        html! {
            <>
                <h4 class="h5 mt-3" id="merge-adds-title">{ title.clone() }</h4>
                <div class="table-responsive" tabindex="0" role="region" aria-labelledby="merge-adds-title">
                    <table class="table table-sm table-striped" id="merge-adds">
                        <thead>{ head_row(&[(t.col_question, false), (t.col_section, false), (t.col_file, false)]) }</thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </>
        }
    });
    let conflicts = (!p.plan.conflicts.is_empty()).then(|| {
        let items = p.plan.conflicts.iter().enumerate().map(|(i, k)| {
            let side = props.choices.get(k).copied().unwrap_or_default();
            conflict(i, k, side, p, &props.on_choice, lang)
        });
        html! {
            <>
                <h4 class="h5 mt-3">{ t.conflicts_title.of(p.plan.conflicts.len()) }</h4>
                <div id="merge-conflicts">{ for items }</div>
            </>
        }
    });
    let other = (!p.same_comune).then(|| {
        html! {
            <div class="alert alert-warning" id="merge-other-comune">
                <p class="mb-0">{ fill_isolated(t.other_comune, &[&p.theirs.comune.name]) }</p>
            </div>
        }
    });
    let same =
        (p.plan.same > 0).then(|| html! { <p class="small">{ t.same_note.of(p.plan.same) }</p> });
    let notes = (!p.plan.notes.is_empty())
        .then(|| html! { <p id="merge-notes">{ t.notes_added.of(p.plan.notes.len()) }</p> });
    let respondents = (!p.plan.respondents.is_empty()).then(
        || html! { <p id="merge-respondents">{ t.respondents_added.of(p.plan.respondents.len()) }</p> },
    );
    html! {
        <section class="merge-preview" aria-labelledby="merge-preview-title" id="merge-preview">
            <h3 id="merge-preview-title" tabindex="-1" ref={props.heading_ref.clone()}>
                { fill_isolated(t.preview_title, &[&props.file]) }
            </h3>
            <p>{ t.preview_nothing_yet }</p>
            { for other }
            { for adds }
            { for conflicts }
            { for notes }
            { for respondents }
            { for same }
            <div class="toolbar mt-3">
                <button type="button" class="btn btn-primary" id="merge-confirm" onclick={props.on_confirm.clone()}>
                    { t.confirm }
                </button>
                <button type="button" class="btn btn-outline-primary" id="merge-cancel" onclick={props.on_cancel.clone()}>
                    { t.cancel }
                </button>
            </div>
        </section>
    }
}

/// One conflict: a fieldset whose legend names the question, with mine and the file's answer side by side, each
/// a native radio.
fn conflict(
    i: usize,
    key: &AnswerKey,
    side: Side,
    p: &Preview,
    on_choice: &Callback<(AnswerKey, Side)>,
    lang: Lang,
) -> Html {
    let t = crate::i18n::strings(lang).history();
    let edition = model::edition(&p.mine.model).unwrap_or_else(model::current);
    let name = format!("merge-conflict-{i}");
    let option = |which: Side, label: &'static str, value: String, suffix: &str| {
        let id = format!("{name}-{suffix}");
        let onchange = {
            let on_choice = on_choice.clone();
            let key = key.clone();
            Callback::from(move |_: Event| on_choice.emit((key.clone(), which)))
        };
        html! {
            <div class={classes!("merge-side", (side == which).then_some("is-chosen"))}>
                <input class="form-check-input" type="radio" name={name.clone()} id={id.clone()}
                       value={suffix.to_string()} checked={side == which} {onchange} />
                <label class="form-check-label" for={id}>
                    <span class="merge-side-label">{ label }</span>
                    <span class="merge-side-value">{ value }</span>
                </label>
            </div>
        }
    };
    html! {
        <fieldset class="merge-conflict" id={format!("{name}-set")}>
            <legend>{ fill(t.conflict_legend, &[&question_name(edition, key, lang)]) }</legend>
            <div class="merge-sides">
                { option(Side::Mine, t.keep_mine, answer_text(edition, key, &p.mine, lang), "mine") }
                { option(Side::Theirs, t.use_file, answer_text(edition, key, &p.theirs, lang), "file") }
            </div>
        </fieldset>
    }
}
