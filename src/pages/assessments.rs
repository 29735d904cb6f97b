//! The saved assessments (`#/valutazioni`): every comune and year kept in this browser, grouped by comune (the one
//! changed last first) and each comune's years from the most recent, with name, year, last change, completeness and
//! score; create, open, duplicate, rename, and delete with a confirmation dialog (then an undo in the notice at the
//! top of the page). Below them, the backup copies of saved data that could not be read, with export and delete
//! (they take up the browser's space).

use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{create_assessment, Route};
use crate::components::layout::ImportLink;
use crate::components::notices::UNDO_ID;
use crate::components::questionnaire::local_date;
use crate::components::questionnaire::score_panel::{class_css, class_name};
use crate::components::user_text::fill_isolated;
use crate::hooks::route_place::focus_result;
use crate::hooks::{use_store, use_strings};
use crate::i18n::assessments::date_time;
use crate::i18n::fill;
use crate::model::typed_values::{check_name, MAX_NAME_CHARS};
use crate::model::Lang;
use crate::services::dom::now_ms;
use crate::services::storage::{self, Backup};
use crate::store::overview::{copy_name, overview, Overview};
use crate::store::Action;
use crate::transfer::history;

/// Which dialog is open, for which assessment.
#[derive(Clone, Debug, PartialEq)]
enum Dialog {
    Delete { id: String, name: String },
    Rename { id: String, name: String },
    DeleteBackup { key: String, when: String },
}

/// The saved assessments page.
#[function_component(AssessmentsPage)]
pub fn page() -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.assessments();
    let navigator = use_navigator();
    let dialog = use_state(|| None::<Dialog>);
    // What the last action did, for screen readers; a message about one assessment goes when it does.
    let status = use_state(Status::default);
    let backups = use_state(storage::backups);
    let unnamed = s.common.unnamed;
    let shown_name = move |name: &str| -> String {
        if name.trim().is_empty() {
            unnamed.to_string()
        } else {
            name.to_string()
        }
    };

    let open_questionnaire = {
        let navigator = navigator.clone();
        move || {
            if let Some(n) = &navigator {
                n.push(&Route::Questionnaire);
            }
        }
    };
    let create = {
        let store = store.clone();
        let open_questionnaire = open_questionnaire.clone();
        Callback::from(move |_: MouseEvent| {
            create_assessment(&store);
            open_questionnaire();
        })
    };

    // Grouped by comune, each comune's latest year first; one history link per comune with several assessments,
    // on its first item.
    let listed = history::list_order(&store);
    let histories = history::comuni(listed.iter().copied());
    let list: Vec<Overview> = listed
        .iter()
        .map(|a| overview(a, store.current.as_deref() == Some(a.id.as_str())))
        .collect();
    let items = list.iter().map(|o| {
        let history_link = histories
            .iter()
            .find(|(id, n)| *id == o.id && *n > 1)
            .map(|(id, n)| {
                let h = s.history();
                let label = fill(h.history_of, &[&shown_name(&o.name), &h.assessments_count.of(*n)]);
                html! {
                    <crate::components::layout::NavLink to={Route::HistoryOf { id: id.clone() }}
                                                         class="btn btn-outline-primary btn-sm">{ label }</crate::components::layout::NavLink>
                }
            });
        let name = shown_name(&o.name);
        let on_open = {
            let store = store.clone();
            let id = o.id.clone();
            let open_questionnaire = open_questionnaire.clone();
            Callback::from(move |_: MouseEvent| {
                store.dispatch(Action::Select(id.clone()));
                open_questionnaire();
            })
        };
        let on_duplicate = {
            let store = store.clone();
            let id = o.id.clone();
            let status = status.clone();
            let base = o.name.clone();
            let copy_word = t.copy_word;
            let template = t.copied;
            Callback::from(move |_: MouseEvent| {
                let new_id = store.fresh_id(now_ms() as u64);
                let name = copy_name(&store, &base, copy_word);
                store.dispatch(Action::Duplicate {
                    id: id.clone(),
                    new_id: new_id.clone(),
                    now_ms: now_ms(),
                });
                store.dispatch(Action::Rename {
                    id: new_id.clone(),
                    name: name.clone(),
                    now_ms: now_ms(),
                });
                focus_result(item_heading_id(&new_id));
                status.set(Status::about(&new_id, fill(template, &[&name])));
            })
        };
        let open_dialog = |kind: fn(String, String) -> Dialog| {
            let dialog = dialog.clone();
            let id = o.id.clone();
            let name = o.name.clone();
            Callback::from(move |_: MouseEvent| dialog.set(Some(kind(id.clone(), name.clone()))))
        };
        let on_rename = open_dialog(|id, name| Dialog::Rename { id, name });
        let on_delete = open_dialog(|id, name| Dialog::Delete { id, name });
        let hidden_name = html! { <span class="visually-hidden">{ format!(" «{name}»") }</span> };
        let btn_id = |what: &str| format!("{what}-{}", o.id);
        html! {
            <li key={o.id.clone()} class={classes!("assessment-item", o.is_current.then_some("is-active"))}
                id={format!("assessment-{}", o.id)}>
                <div class="assessment-main">
                    <h2 class="assessment-title" id={item_heading_id(&o.id)}>
                        <bdi>{ name.clone() }</bdi>
                        if o.is_current {
                            { " " }<span class="badge badge-solid">{ t.current }</span>
                        }
                    </h2>
                    <p class="assessment-meta">{ meta(o, store.lang) }</p>
                </div>
                <div class="toolbar">
                    { item_button(true, btn_id("open"), on_open, t.open, hidden_name.clone()) }
                    { item_button(false, btn_id("duplicate"), on_duplicate, t.duplicate, hidden_name.clone()) }
                    { item_button(false, btn_id("rename"), on_rename, t.rename, hidden_name.clone()) }
                    { item_button(false, btn_id("delete"), on_delete, t.delete, hidden_name) }
                    { for history_link }
                </div>
            </li>
        }
    });

    let dialog_html = (*dialog).clone().map(|d| {
        let close = {
            let dialog = dialog.clone();
            let d = d.clone();
            Callback::from(move |_: ()| {
                let opener = match &d {
                    Dialog::Delete { id, .. } => format!("delete-{id}"),
                    Dialog::Rename { id, .. } => format!("rename-{id}"),
                    Dialog::DeleteBackup { key, .. } => backup_button_id("delete", key),
                };
                dialog.set(None);
                focus_result(opener);
            })
        };
        match d {
            Dialog::Delete { id, name } => {
                let confirm = {
                    let store = store.clone();
                    let dialog = dialog.clone();
                    Callback::from(move |_: MouseEvent| {
                        store.dispatch(Action::Delete(id.clone()));
                        dialog.set(None);
                        // The result: the notice that offers the undo.
                        focus_result(UNDO_ID);
                    })
                };
                html! {
                    <Modal title={t.delete_title} onclose={close.clone()} close_label={t.close}>
                        <div class="modal-body"><p>{ fill(t.delete_text, &[&shown_name(&name)]) }</p></div>
                        <div class="modal-footer">
                            <button type="button" class="btn btn-outline-primary" autofocus=true
                                    onclick={close.reform(|_: MouseEvent| ())}>{ t.cancel }</button>
                            <button type="button" class="btn btn-danger" id="confirm-delete" onclick={confirm}>
                                { t.delete_confirm }
                            </button>
                        </div>
                    </Modal>
                }
            }
            Dialog::Rename { id, name } => {
                let onsave = {
                    let store = store.clone();
                    let dialog = dialog.clone();
                    let status = status.clone();
                    let template = t.renamed;
                    Callback::from(move |new_name: String| {
                        store.dispatch(Action::Rename {
                            id: id.clone(),
                            name: new_name.clone(),
                            now_ms: now_ms(),
                        });
                        dialog.set(None);
                        status.set(Status::about(&id, fill(template, &[&new_name])));
                        focus_result(format!("rename-{id}"));
                    })
                };
                html! { <RenameDialog {name} {onsave} onclose={close} /> }
            }
            Dialog::DeleteBackup { key, when } => {
                let confirm = {
                    let store = store.clone();
                    let dialog = dialog.clone();
                    let backups = backups.clone();
                    let status = status.clone();
                    let done = t.backup_deleted;
                    Callback::from(move |_: MouseEvent| {
                        storage::delete_backup(&key);
                        backups.set(storage::backups());
                        dialog.set(None);
                        status.set(Status::general(done.to_string()));
                        // The space freed may be what saving was waiting for.
                        storage::save_and_report(&store);
                        focus_result("backups-title");
                    })
                };
                html! {
                    <Modal title={t.backup_delete_title} onclose={close.clone()} close_label={t.close}>
                        <div class="modal-body"><p>{ fill(t.backup_delete_text, &[&when]) }</p></div>
                        <div class="modal-footer">
                            <button type="button" class="btn btn-outline-primary" autofocus=true
                                    onclick={close.reform(|_: MouseEvent| ())}>{ t.cancel }</button>
                            <button type="button" class="btn btn-danger" id="confirm-delete-backup" onclick={confirm}>
                                { t.backup_delete }
                            </button>
                        </div>
                    </Modal>
                }
            }
        }
    });
    let backup_items = backups.iter().map(|b| {
        let when = date_time(store.lang, local_date(b.saved_ms));
        let on_export = {
            let status = status.clone();
            let backups = backups.clone();
            let b = b.clone();
            let (done, gone) = (t.backup_exported, t.backup_gone);
            Callback::from(move |_: MouseEvent| {
                let exported = storage::read_backup(&b.key).and_then(|text| {
                    let file = backup_file_name(&b);
                    crate::services::download::download(&file, "application/json;charset=utf-8", &text)
                        .ok()
                        .map(|()| file)
                });
                match exported {
                    Some(file) => status.set(Status::general(fill(done, &[&file]))),
                    None => {
                        status.set(Status::general(gone.to_string()));
                        backups.set(storage::backups());
                    }
                }
            })
        };
        let on_delete = {
            let dialog = dialog.clone();
            let (key, when) = (b.key.clone(), when.clone());
            Callback::from(move |_: MouseEvent| {
                dialog.set(Some(Dialog::DeleteBackup {
                    key: key.clone(),
                    when: when.clone(),
                }))
            })
        };
        let label = fill(t.backup_item, &[&when]);
        let hidden = html! { <span class="visually-hidden">{ format!(" — {label}") }</span> };
        html! {
            <li key={b.key.clone()} class="backup-item">
                <div class="assessment-main">
                    <h3 class="assessment-title">{ label.clone() }</h3>
                    <p class="assessment-meta">
                        { fill(t.backup_size, &[&b.chars.saturating_mul(2).div_ceil(1024)]) }{ " · " }<code>{ b.key.clone() }</code>
                    </p>
                </div>
                <div class="toolbar">
                    <button type="button" class="btn btn-outline-primary btn-sm" id={backup_button_id("export", &b.key)}
                            onclick={on_export}>{ t.backup_export }{ hidden.clone() }</button>
                    <button type="button" class="btn btn-outline-primary btn-sm" id={backup_button_id("delete", &b.key)}
                            onclick={on_delete}>{ t.backup_delete }{ hidden }</button>
                </div>
            </li>
        }
    });

    html! {
        <div class="container">
            <div class="page-header">
                <h1 id="assessments-title" tabindex="-1">{ t.title }</h1>
                <p class="lead">{ t.lead }</p>
            </div>
            <div class="toolbar mb-4">
                <button type="button" class="btn btn-primary" id="assessment-create" onclick={create}>{ t.create }</button>
                <ImportLink class="btn btn-outline-primary" />
            </div>
            if list.is_empty() {
                <p id="assessments-empty">{ t.empty }</p>
            } else {
                <p class="text-muted small">{ t.count.of(list.len()) }</p>
                <ul class="assessment-list" aria-label={t.list_label}>{ for items }</ul>
            }
            if !backups.is_empty() {
                <section class="mt-5" aria-labelledby="backups-title">
                    <h2 id="backups-title" class="section-title" tabindex="-1">{ t.backups_title }</h2>
                    <p>{ t.backups_lead }</p>
                    <ul class="assessment-list" id="backups" aria-label={t.backups_label}>{ for backup_items }</ul>
                </section>
            }
            <div class="visually-hidden" role="status" aria-live="polite" id="assessments-status">{ status.text(&list) }</div>
            { dialog_html.unwrap_or_default() }
        </div>
    }
}

/// A small button of an assessment's toolbar (the first, "open", is the primary one): its text, then the
/// assessment's name for screen readers.
fn item_button(
    primary: bool,
    id: String,
    onclick: Callback<MouseEvent>,
    text: &'static str,
    hidden: Html,
) -> Html {
    let class = if primary {
        "btn btn-primary btn-sm"
    } else {
        "btn btn-outline-primary btn-sm"
    };
    html! { <button type="button" {class} {id} {onclick}>{ text }{ hidden }</button> }
}

/// The line under an assessment's name: year, respondent, last change, completeness, score.
fn meta(o: &Overview, lang: Lang) -> Html {
    let t = &crate::i18n::strings(lang).assessments();
    let year = match o.year {
        Some(y) => fill(t.year, &[&y]),
        None => t.no_year.to_string(),
    };
    let respondent = (!o.respondent.trim().is_empty()).then(|| {
        html! { <>{ " · " }{ fill_isolated(t.by, &[&o.respondent]) }</> }
    });
    let mut parts: Vec<String> = Vec::new();
    if o.updated_ms > 0.0 {
        parts.push(fill(
            t.changed,
            &[&date_time(lang, local_date(o.updated_ms))],
        ));
    }
    parts.push(fill(t.completeness, &[&o.percent()]));
    parts.push(match o.care {
        Some(c) => fill(t.index, &[&c]),
        None => t.no_index.to_string(),
    });
    let class = o.class.map(|c| {
        html! {
            <>
                { " · " }
                <span class={classes!("class-badge", "class-badge-sm", class_css(c))}>{ class_name(c, None, lang) }</span>
                if !o.complete { { " (" }{ t.provisional }{ ")" } }
            </>
        }
    });
    html! { <>{ year }{ respondent.unwrap_or_default() }{ " · " }{ parts.join(" · ") }{ class.unwrap_or_default() }</> }
}

/// The id of a backup's button (`what` is `export` or `delete`): the key's time stamp keeps it unique.
fn backup_button_id(what: &str, key: &str) -> String {
    let stamp = key.rsplit('.').next().unwrap_or_default();
    format!("backup-{what}-{stamp}")
}

/// The file a backup is exported to: `care-copia-di-sicurezza-<time stamp>.json`.
fn backup_file_name(b: &Backup) -> String {
    format!("care-copia-di-sicurezza-{}.json", b.saved_ms as u64)
}

/// The id of an assessment's heading in the list: where the focus goes when the assessment appears (a copy, an
/// undone deletion).
pub fn item_heading_id(id: &str) -> String {
    format!("assessment-title-{id}")
}

/// The message of the last action, and the assessment it is about (if any): it is not read out any more once that
/// assessment is gone ("Creata la copia …" after the copy was deleted).
#[derive(Clone, Debug, Default, PartialEq)]
struct Status {
    text: String,
    about: Option<String>,
}

impl Status {
    fn about(id: &str, text: String) -> Self {
        Status {
            text,
            about: Some(id.to_string()),
        }
    }

    fn general(text: String) -> Self {
        Status { text, about: None }
    }

    /// The message, while what it is about is still in the list.
    fn text(&self, list: &[Overview]) -> String {
        match &self.about {
            Some(id) if !list.iter().any(|o| &o.id == id) => String::new(),
            _ => self.text.clone(),
        }
    }
}

/// Props of [`Modal`].
#[derive(Properties, PartialEq)]
struct ModalProps {
    title: &'static str,
    close_label: &'static str,
    onclose: Callback<()>,
    children: Children,
}

/// A native modal `<dialog>` opened with `showModal()` (focus stays inside; Escape closes it).
#[function_component(Modal)]
fn modal(props: &ModalProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(el) = node.cast::<web_sys::Element>() {
                if let Ok(f) = js_sys::Reflect::get(&el, &"showModal".into()) {
                    if let Some(f) = f.dyn_ref::<js_sys::Function>() {
                        let _ = f.call0(&el);
                    }
                }
            }
        });
    }
    let oncancel = {
        let onclose = props.onclose.clone();
        Callback::from(move |e: Event| {
            e.prevent_default();
            onclose.emit(());
        })
    };
    html! {
        <dialog ref={node} class="modal-dialog" aria-labelledby="modal-title" {oncancel}>
            <div class="modal-header">
                <h2 class="modal-title" id="modal-title">{ props.title }</h2>
                <button type="button" class="btn btn-icon btn-link" aria-label={props.close_label}
                        onclick={props.onclose.reform(|_: MouseEvent| ())}>{ "✕" }</button>
            </div>
            { props.children.clone() }
        </dialog>
    }
}

/// Props of [`RenameDialog`].
#[derive(Properties, PartialEq)]
struct RenameDialogProps {
    name: String,
    onsave: Callback<String>,
    onclose: Callback<()>,
}

/// The rename dialog: a name field checked like the questionnaire's.
#[function_component(RenameDialog)]
fn rename_dialog(props: &RenameDialogProps) -> Html {
    let s = use_strings();
    let t = &s.assessments();
    let q = &s.questionnaire;
    let text = use_state(|| props.name.clone());
    let error = use_state(|| None::<crate::model::typed_values::FieldError>);
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
            error.set(None);
        })
    };
    let onsubmit = {
        let text = text.clone();
        let error = error.clone();
        let onsave = props.onsave.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match check_name(&text) {
                Ok(name) => onsave.emit(name),
                Err(err) => error.set(Some(err)),
            }
        })
    };
    let err_html = error.map(|e| {
        html! { <span class="invalid-feedback" id="rename-error">{ q.field_error(e) }</span> }
    });
    html! {
        <Modal title={t.rename_title} onclose={props.onclose.clone()} close_label={t.close}>
            <form {onsubmit} novalidate=true>
                <div class="modal-body">
                    <div class="form-group mb-0">
                        <label for="rename-input">{ t.rename_label }</label>
                        <input class="form-control" id="rename-input" type="text" value={(*text).clone()}
                               maxlength={(MAX_NAME_CHARS + 20).to_string()} autofocus=true autocomplete="off"
                               aria-invalid={error.is_some().then_some("true")}
                               aria-describedby={error.is_some().then_some("rename-error")} {oninput} />
                        { err_html.unwrap_or_default() }
                    </div>
                </div>
                <div class="modal-footer">
                    <button type="button" class="btn btn-outline-primary"
                            onclick={props.onclose.reform(|_: MouseEvent| ())}>{ t.cancel }</button>
                    <button type="submit" class="btn btn-primary" id="rename-save">{ t.save }</button>
                </div>
            </form>
        </Modal>
    }
}
