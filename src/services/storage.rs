//! The state in localStorage: loaded once at start, saved on every change. A state that
//! cannot be read is kept aside under a backup key and the user is told; if even the copy cannot be written, the
//! unreadable state is left in place (the session's changes are then not saved, and the user is told so) rather
//! than overwritten. Without storage the app still works. Other tabs' saves are followed ([`use_other_tabs`]).

use std::cell::Cell;

use yew::prelude::*;

use crate::app::StoreHandle;
use crate::store::persist::{self, BACKUP_PREFIX, STATE_KEY};
use crate::store::{Action, Notice, StorageStatus, Store};

thread_local! {
    /// Set when an unreadable state could not be copied aside: it must not be overwritten.
    static PROTECT_SAVED: Cell<bool> = const { Cell::new(false) };
}

/// The page's localStorage, if the browser gives access to it (reading `window.localStorage` itself throws
/// when storage is disabled, so this never panics, unlike `gloo_storage::LocalStorage::raw`).
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether localStorage can be written at all.
fn storage_works(ls: &web_sys::Storage) -> bool {
    let probe = "care.probe";
    let ok = ls.set_item(probe, "1").is_ok();
    let _ = ls.remove_item(probe);
    ok
}

/// Reads the saved state; never fails: problems become notices. Storage that can be read but not written
/// (quota full, a locked-down browser) still shows what was saved, with the warning that changes are not kept.
pub fn load() -> Store {
    let Some(ls) = local() else {
        return Store {
            storage: StorageStatus::Unavailable,
            ..Store::default()
        };
    };
    let writable = storage_works(&ls);
    let status = if writable {
        StorageStatus::Available
    } else {
        StorageStatus::Unavailable
    };
    let raw = match ls.get_item(STATE_KEY) {
        Ok(Some(raw)) => raw,
        _ => {
            return Store {
                storage: status,
                ..Store::default()
            }
        }
    };
    let mut store = match persist::decode(&raw) {
        Ok(decoded) if decoded.dropped.is_empty() => decoded.store,
        Ok(decoded) => with_unreadable_part(decoded.store, &raw, writable),
        Err(_) => with_unreadable_part(Store::default(), &raw, writable),
    };
    if store.storage == StorageStatus::Available {
        store.storage = status;
    }
    store
}

/// What was read of a state that is (partly) unreadable: the raw text is copied under a backup key, or, when
/// no copy can be written, left where it is and protected from being overwritten.
fn with_unreadable_part(mut store: Store, raw: &str, writable: bool) -> Store {
    let kept = if writable { keep_aside(raw) } else { None };
    let key = match kept {
        Some(key) => key,
        None => {
            PROTECT_SAVED.with(|p| p.set(true));
            if writable {
                store.storage = StorageStatus::Full;
            }
            STATE_KEY.to_string()
        }
    };
    store
        .notices
        .push(Notice::CorruptStateKept { backup_key: key });
    store
}

/// Copies an unreadable state to a backup key (and returns the key), or `None` if it could not be written.
fn keep_aside(raw: &str) -> Option<String> {
    let key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    local()?.set_item(&key, raw).ok().map(|_| key)
}

/// Saves the state; says whether it worked.
pub fn save(store: &Store) -> StorageStatus {
    if store.storage == StorageStatus::Unavailable {
        return StorageStatus::Unavailable;
    }
    if PROTECT_SAVED.with(Cell::get) {
        return StorageStatus::Full;
    }
    match local().map(|l| l.set_item(STATE_KEY, &persist::encode(store))) {
        Some(Ok(())) => StorageStatus::Available,
        Some(Err(_)) => StorageStatus::Full,
        None => StorageStatus::Unavailable,
    }
}

/// The state another tab saved, if it can be read.
fn read_saved() -> Option<Store> {
    let raw = local()?.get_item(STATE_KEY).ok()??;
    persist::decode(&raw).ok().map(|d| d.store)
}

/// Follows the saves of other tabs of the app, so that this tab's next save carries their answers instead of
/// overwriting them: on every `storage` event (other tabs' writes only), a saved state that differs is taken over
/// (its assessments and language; this tab keeps the assessment it has open while that one still exists).
/// Used once, in the root component, so it listens from the start.
/// Nothing is taken while this tab's own saves fail: its answers would then exist nowhere else.
#[hook]
pub fn use_other_tabs(store: StoreHandle) {
    // The latest state, for the listener (a handle captured at mount would only see the state of then).
    let latest = use_mut_ref(|| None::<Store>);
    *latest.borrow_mut() = Some(store.0.clone());
    use_effect_with((), move |_| {
        let take = {
            let store = store.clone();
            move || {
                let Some(mine) = latest.borrow().clone() else {
                    return;
                };
                if mine.storage != StorageStatus::Available {
                    return;
                }
                if let Some(mut other) = read_saved() {
                    if mine
                        .current
                        .as_deref()
                        .is_some_and(|id| other.get(id).is_some())
                    {
                        other.current = mine.current.clone();
                    }
                    let differs = other.assessments != mine.assessments
                        || other.current != mine.current
                        || other.lang != mine.lang;
                    if differs {
                        store.dispatch(Action::Reload(Box::new(other)));
                    }
                }
            }
        };
        // Only other tabs' saves: the `storage` event never fires for this tab's own writes. (No read at mount:
        // the hook lives in the root component, so it has listened since the start; a read here could race
        // with this tab's own unsaved change.)
        let listener = web_sys::window().map(|w| {
            gloo_events::EventListener::new(&w, "storage", move |event| {
                let key = js_sys::Reflect::get(event, &"key".into())
                    .ok()
                    .and_then(|k| k.as_string());
                if key.as_deref() == Some(STATE_KEY) {
                    take();
                }
            })
        });
        move || drop(listener)
    });
}
