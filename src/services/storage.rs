//! The state in localStorage (through gloo-storage): loaded once at start, saved on every change. A state that
//! cannot be read is kept aside under a backup key and the user is told; without storage the app still works.

use gloo_storage::{LocalStorage, Storage};

use crate::store::persist::{self, BACKUP_PREFIX, STATE_KEY};
use crate::store::{Notice, StorageStatus, Store};

/// Whether localStorage can be written at all.
fn storage_works() -> bool {
    let probe = "care.probe";
    let ok = LocalStorage::raw().set_item(probe, "1").is_ok();
    LocalStorage::delete(probe);
    ok
}

/// Reads the saved state; never fails: problems become notices.
pub fn load() -> Store {
    if !storage_works() {
        return Store {
            storage: StorageStatus::Unavailable,
            ..Store::default()
        };
    }
    let raw = match LocalStorage::raw().get_item(STATE_KEY) {
        Ok(Some(raw)) => raw,
        _ => return Store::default(),
    };
    match persist::decode(&raw) {
        Ok(decoded) if decoded.dropped.is_empty() => decoded.store,
        Ok(decoded) => {
            let mut store = decoded.store;
            let key = keep_aside(&raw);
            store
                .notices
                .push(Notice::CorruptStateKept { backup_key: key });
            store
        }
        Err(_) => {
            let key = keep_aside(&raw);
            Store {
                notices: vec![Notice::CorruptStateKept { backup_key: key }],
                ..Store::default()
            }
        }
    }
}

/// Copies an unreadable state to a backup key (and returns the key).
fn keep_aside(raw: &str) -> String {
    let key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    let _ = LocalStorage::raw().set_item(&key, raw);
    key
}

/// Saves the state; says whether it worked.
pub fn save(store: &Store) -> StorageStatus {
    if store.storage == StorageStatus::Unavailable {
        return StorageStatus::Unavailable;
    }
    match LocalStorage::raw().set_item(STATE_KEY, &persist::encode(store)) {
        Ok(()) => StorageStatus::Available,
        Err(_) => StorageStatus::Full,
    }
}
