//! Messages for the user (storage problems, a recovered state, an undoable deletion), in a live region.

use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::store::{Action, Notice, StorageStatus};

/// The notices of the store, each dismissible; storage problems stay while they last.
#[function_component(Notices)]
pub fn notices() -> Html {
    let store = use_store();
    let s = use_strings();
    let storage = match store.storage {
        StorageStatus::Available => html! {},
        StorageStatus::Unavailable => html! {
            <div class="alert alert-warning" role="alert">{ s.common.storage_unavailable }</div>
        },
        StorageStatus::Full => html! {
            <div class="alert alert-danger" role="alert">{ s.common.storage_full }</div>
        },
    };
    let items = store.notices.iter().enumerate().map(|(i, n)| {
        let dismiss = {
            let store = store.clone();
            Callback::from(move |_| store.dispatch(Action::Dismiss(i)))
        };
        let (class, body, undo) = match n {
            Notice::CorruptStateKept { backup_key } => (
                "alert alert-warning",
                fill(s.common.storage_corrupt, &[backup_key]),
                false,
            ),
            Notice::Deleted { name } => {
                let name = if name.trim().is_empty() { s.common.unnamed } else { name.as_str() };
                ("alert alert-info", fill(s.common.deleted_notice, &[&name]), true)
            }
            Notice::Info(text) => ("alert alert-info", text.clone(), false),
        };
        let undo_button = undo.then(|| {
            let store = store.clone();
            html! {
                <button type="button" class="btn btn-sm btn-outline-primary"
                        onclick={Callback::from(move |_| store.dispatch(Action::UndoDelete))}>{ s.common.undo }</button>
            }
        });
        html! {
            <div class={class} role="status">
                <p class="alert-text">{ body }</p>
                <div class="toolbar">
                    { for undo_button }
                    <button type="button" class="btn btn-sm btn-link" onclick={dismiss}>{ s.common.dismiss }</button>
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
