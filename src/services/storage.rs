//! The state in localStorage: loaded once at start, saved on every change. A state that
//! cannot be read (whole or in part) is kept aside under a backup key and the user is told which assessments were
//! set aside; if even the copy cannot be written, the unreadable state is left in place and not overwritten: the
//! copy is tried again at every save, and saving resumes as soon as there is room for it. Storage that refuses
//! writes at start is tried again at every save too. Without storage the app still works. Backups can be listed,
//! read and deleted ([`backups`]). Other tabs' saves are merged answer by answer ([`use_other_tabs`]).

use std::cell::RefCell;

use yew::prelude::*;

use crate::app::StoreHandle;
use crate::sort::sort_by_number;
use crate::store::persist::{self, Dropped, BACKUP_PREFIX, STATE_KEY};
use crate::store::{Action, Notice, StorageStatus, Store};

thread_local! {
    /// An unreadable state that could not be copied aside yet: until it is, it must not be overwritten.
    static NOT_COPIED: RefCell<Option<String>> = const { RefCell::new(None) };
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
        Ok(decoded) => with_unreadable_part(decoded.store, &raw, decoded.dropped, writable),
        Err(_) => with_unreadable_part(Store::default(), &raw, Vec::new(), writable),
    };
    if store.storage == StorageStatus::Available {
        store.storage = status;
    }
    store
}

/// What was read of a state that is (partly) unreadable: the raw text is copied under a backup key, or, when
/// no copy can be written, left where it is and protected from being overwritten until it can be copied.
fn with_unreadable_part(
    mut store: Store,
    raw: &str,
    dropped: Vec<Dropped>,
    writable: bool,
) -> Store {
    let notice = match writable.then(|| keep_aside(raw)).flatten() {
        Some(backup_key) => Notice::CorruptStateKept {
            backup_key,
            dropped,
        },
        None => {
            NOT_COPIED.with(|c| *c.borrow_mut() = Some(raw.to_string()));
            store.storage = StorageStatus::Full;
            Notice::CorruptStateNotCopied { dropped }
        }
    };
    store.notices.push(notice);
    store
}

/// Copies an unreadable state to a backup key (and returns the key), or `None` if it could not be written.
fn keep_aside(raw: &str) -> Option<String> {
    let key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    local()?.set_item(&key, raw).ok().map(|_| key)
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// Whether saving works now.
    pub status: StorageStatus,
    /// The key under which an unreadable state was copied at last, by this save.
    pub backup_key: Option<String>,
}

/// Saves the state (first copying aside an unreadable state still waiting for room); says whether it worked.
/// Storage that failed before is tried again: saving resumes as soon as there is room.
pub fn save(store: &Store) -> Saved {
    let Some(ls) = local() else {
        return Saved {
            status: StorageStatus::Unavailable,
            backup_key: None,
        };
    };
    let failed = |status| Saved {
        status,
        backup_key: None,
    };
    let mut backup_key = None;
    if let Some(raw) = NOT_COPIED.with(|c| c.borrow().clone()) {
        match keep_aside(&raw) {
            Some(key) => {
                NOT_COPIED.with(|c| *c.borrow_mut() = None);
                backup_key = Some(key);
            }
            None => return failed(StorageStatus::Full),
        }
    }
    match ls.set_item(STATE_KEY, &persist::encode(store)) {
        Ok(()) => Saved {
            status: StorageStatus::Available,
            backup_key,
        },
        // Storage that never worked in this page stays "unavailable" (private mode); otherwise it is full.
        Err(_) if store.storage == StorageStatus::Unavailable => Saved {
            status: StorageStatus::Unavailable,
            backup_key,
        },
        Err(_) => Saved {
            status: StorageStatus::Full,
            backup_key,
        },
    }
}

/// Saves the state and records in it what the save did (whether saving works; a copy written at last).
pub fn save_and_report(store: &StoreHandle) {
    let saved = save(store);
    if let Some(backup_key) = saved.backup_key {
        store.dispatch(Action::SetAside { backup_key });
    }
    if saved.status != store.storage {
        store.dispatch(Action::SetStorage(saved.status));
    }
}

/// A copy of an unreadable saved state.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// Its storage key.
    pub key: String,
    /// When it was set aside (milliseconds since the epoch, from the key).
    pub saved_ms: f64,
    /// Its size in characters.
    pub chars: usize,
}

/// The backups in storage, newest first.
pub fn backups() -> Vec<Backup> {
    let Some(ls) = local() else {
        return Vec::new();
    };
    let mut out: Vec<Backup> = (0..ls.length().unwrap_or(0))
        .filter_map(|i| ls.key(i).ok().flatten())
        .filter_map(|key| {
            let saved_ms = key.strip_prefix(BACKUP_PREFIX)?.parse::<u64>().ok()? as f64;
            let chars = ls.get_item(&key).ok().flatten()?.chars().count();
            Some(Backup {
                key,
                saved_ms,
                chars,
            })
        })
        .collect();
    sort_by_number(&mut out, |b| -b.saved_ms);
    out
}

/// The text of a backup.
pub fn read_backup(key: &str) -> Option<String> {
    if !key.starts_with(BACKUP_PREFIX) {
        return None;
    }
    local()?.get_item(key).ok().flatten()
}

/// Deletes a backup; says whether it is gone.
pub fn delete_backup(key: &str) -> bool {
    key.starts_with(BACKUP_PREFIX) && local().is_some_and(|ls| ls.remove_item(key).is_ok())
}

/// The state another tab saved, if it can be read.
fn read_saved() -> Option<Store> {
    let raw = local()?.get_item(STATE_KEY).ok()??;
    persist::decode(&raw).ok().map(|d| d.store)
}

/// Follows the saves of other tabs of the app: on every `storage` event (other tabs' writes only), the saved state
/// is merged into this tab's, answer by answer ([`crate::store::merge`]); the merge says what changed in the
/// assessment open here, and the next save carries this tab's answers that the saved state lacks.
/// Used once, in the root component, so it listens from the start.
#[hook]
pub fn use_other_tabs(store: StoreHandle) {
    use_effect_with((), move |_| {
        // Only other tabs' saves: the `storage` event never fires for this tab's own writes. The merge happens in
        // the reducer, on the state as it is then.
        let listener = web_sys::window().map(|w| {
            gloo_events::EventListener::new(&w, "storage", move |event| {
                let key = js_sys::Reflect::get(event, &"key".into())
                    .ok()
                    .and_then(|k| k.as_string());
                if key.as_deref() == Some(STATE_KEY) {
                    if let Some(other) = read_saved() {
                        store.dispatch(Action::Merge(Box::new(other)));
                    }
                }
            })
        });
        move || drop(listener)
    });
}
