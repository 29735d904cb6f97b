//! Messages for the user (storage problems, a recovered state, an undoable deletion, changes made in another tab),
//! in a live region.

use yew::prelude::*;

use crate::components::user_text::fill_isolated;
use crate::hooks::{use_store, use_strings};
use crate::i18n::{common::Common, fill};
use crate::store::persist::{DropReason, Dropped};
use crate::store::{Action, Notice, StorageStatus};

/// The list of the assessments set aside, for the notice.
fn dropped_list(c: &Common, lang: crate::model::Lang, dropped: &[Dropped]) -> String {
    dropped
        .iter()
        .map(|d| {
            let name = d
                .name
                .as_deref()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(c.unnamed);
            let reason = match &d.reason {
                DropReason::RepeatedId => c.dropped_repeated_id.to_string(),
                DropReason::MissingId => c.dropped_missing_id.to_string(),
                DropReason::MissingName => c.dropped_missing_name.to_string(),
                DropReason::MissingAnswers => c.dropped_missing_answers.to_string(),
                DropReason::Invalid(e) => e.message(lang),
            };
            fill(c.dropped_item, &[&d.position, &name, &reason])
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The notices of the store, each dismissible; storage problems stay while they last.
#[function_component(Notices)]
pub fn notices() -> Html {
    let store = use_store();
    let s = use_strings();
    let c = &s.common;
    let storage = match store.storage {
        StorageStatus::Available => html! {},
        StorageStatus::Unavailable => html! {
            <div class="alert alert-warning" role="alert">{ c.storage_unavailable }</div>
        },
        StorageStatus::Full => html! {
            <div class="alert alert-danger" role="alert">{ c.storage_full }</div>
        },
    };
    let unnamed = |name: &str| -> String {
        if name.trim().is_empty() {
            c.unnamed.to_string()
        } else {
            name.to_string()
        }
    };
    let items = store.notices.iter().enumerate().map(|(i, n)| {
        let dismiss = {
            let store = store.clone();
            Callback::from(move |_| store.dispatch(Action::Dismiss(i)))
        };
        // The action is made at the click (a restore is dated then).
        let action = |label: &'static str, action: Box<dyn Fn() -> Action>| {
            let store = store.clone();
            html! {
                <button type="button" class="btn btn-sm btn-outline-primary"
                        onclick={Callback::from(move |_| store.dispatch(action()))}>{ label }</button>
            }
        };
        let (class, body, button) = match n {
            Notice::CorruptStateKept { backup_key, dropped } if dropped.is_empty() => (
                "alert alert-warning",
                html! { fill(c.storage_corrupt, &[backup_key]) },
                None,
            ),
            Notice::CorruptStateKept { backup_key, dropped } => (
                "alert alert-warning",
                html! { fill(c.storage_corrupt_part, &[&dropped_list(c, s.lang, dropped), backup_key]) },
                None,
            ),
            Notice::CorruptStateNotCopied { .. } => (
                "alert alert-danger",
                html! { c.storage_corrupt_not_copied },
                None,
            ),
            Notice::Deleted { name } => (
                "alert alert-info",
                fill_isolated(c.deleted_notice, &[&unnamed(name)]),
                Some(undo_button(&store, c.undo)),
            ),
            Notice::DeletedElsewhere { assessment } => {
                let assessment = assessment.clone();
                (
                    "alert alert-warning",
                    fill_isolated(c.deleted_elsewhere, &[&unnamed(&assessment.answers.comune.name)]),
                    Some(action(
                        c.deleted_elsewhere_restore,
                        Box::new(move || Action::Restore(assessment.clone())),
                    )),
                )
            }
            Notice::ChangedElsewhere { id, name, previous } => {
                let (id, previous) = (id.clone(), previous.clone());
                (
                    "alert alert-warning",
                    fill_isolated(
                        c.changed_elsewhere,
                        &[&unnamed(name), &crate::store::merge::questions(&previous).to_string()],
                    ),
                    Some(action(
                        c.changed_elsewhere_restore,
                        Box::new(move || Action::RestoreAnswers {
                            id: id.clone(),
                            previous: previous.clone(),
                            now_ms: js_sys::Date::now(),
                        }),
                    )),
                )
            }
            Notice::Info(text) => ("alert alert-info", html! { text.clone() }, None),
        };
        html! {
            <div class={class} role="status">
                <p class="alert-text">{ body }</p>
                <div class="toolbar">
                    { for button }
                    <button type="button" class="btn btn-sm btn-link" onclick={dismiss}>{ c.dismiss }</button>
                </div>
            </div>
        }
    });
    html! {
        <div class="notices" aria-live="polite">
            { storage }
            { for items }
        </div>
    }
}

/// The id of the undo button of a deletion's notice: where the focus goes after a deletion.
pub const UNDO_ID: &str = "notice-undo";

/// The undo of a deletion: the assessment comes back where it was, and the focus goes to it in the list (or to
/// the page's heading on another page).
fn undo_button(store: &crate::app::StoreHandle, label: &'static str) -> Html {
    let store = store.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let restored = store.trash.as_ref().map(|(_, a)| a.id.clone());
        store.dispatch(Action::UndoDelete);
        if let Some(id) = restored {
            crate::hooks::route_place::focus_result(crate::pages::assessments::item_heading_id(
                &id,
            ));
        }
    });
    html! {
        <button type="button" class="btn btn-sm btn-outline-primary" id={UNDO_ID} {onclick}>{ label }</button>
    }
}
