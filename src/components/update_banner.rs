//! Offline support in the page: registers the service worker (`./sw.js`, scope `./`, so it works under any
//! sub-path) and offers a new release when one has been downloaded.
//!
//! The worker (`assets/sw.js`, generated into `dist/sw.js` by `scripts/postbuild.mjs`) precaches each release and
//! waits once it is installed next to a running one. This component watches the registration (`updatefound`, then
//! the new worker's `statechange` to `installed` while a controller exists) and shows "È disponibile una nuova
//! versione: Ricarica". The button sends `SKIP_WAITING` to the waiting worker, which activates (deleting the older
//! release's cache) and takes the page over; on `controllerchange` the page reloads, so no page runs a mix of two
//! releases. If another tab made the switch, the banner offers a plain reload.
//!
//! Only builds made by the post-build step have a worker: they carry `<meta name="care-build">`. Elsewhere (wasm
//! tests, a page without it) nothing is registered.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration};
use yew::prelude::*;

use crate::hooks::use_strings;

/// How often a long-open page asks the server for a new release (hash routing never navigates, and browsers
/// check on navigations).
const UPDATE_CHECK_MS: u32 = 60 * 60 * 1000;
/// After the click, reload anyway if neither `controllerchange` nor the new worker's activation was seen by then. Long
/// enough for a busy machine: a reload before the new worker has taken over would show the old release again.
const RELOAD_FALLBACK_MS: u32 = 20_000;

/// What the banner shows.
#[derive(Clone, PartialEq)]
enum Update {
    /// Nothing new (or no worker).
    None,
    /// A new release is installed and waits for this worker to be told to take over.
    Waiting(ServiceWorker),
    /// A new release already controls the page (switched from another tab): a reload shows it.
    Active,
    /// The user closed the banner.
    Dismissed,
}

/// The service worker container, when the browser has one for this page (secure contexts only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    Some(value.unchecked_into())
}

/// Whether this page is a build with a service worker (written by the post-build step).
fn build_has_worker() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=care-build]").ok().flatten())
        .is_some()
}

/// The `state` of a worker (`installing`, `installed`, `activating`, `activated`, `redundant`).
fn worker_state(worker: &ServiceWorker) -> String {
    js_sys::Reflect::get(worker, &JsValue::from_str("state"))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Reloads the page once the worker told to take over is active (or was replaced meanwhile): the page then loads the
/// new release. `controllerchange` usually comes first and reloads; this covers a browser where it does not.
fn reload_once_active(worker: &ServiceWorker) {
    let watched = worker.clone();
    EventListener::new(worker, "statechange", move |_| {
        if matches!(worker_state(&watched).as_str(), "activated" | "redundant") {
            reload();
        }
    })
    .forget();
}

/// Ignores a promise's outcome without an "uncaught rejection" in the console (an update check offline fails).
fn swallow(promise: &js_sys::Promise) {
    let noop = Closure::<dyn FnMut(JsValue)>::once(|_: JsValue| {});
    let _ = promise.catch(&noop);
    noop.forget();
}

/// Watches a registration: a worker already waiting, and any new one that finishes installing.
fn watch_registration(
    registration: ServiceWorkerRegistration,
    set: UseStateSetter<Update>,
    keep: Rc<RefCell<Vec<EventListener>>>,
) {
    let has_controller = || container().and_then(|c| c.controller()).is_some();
    if let Some(waiting) = registration.waiting() {
        if has_controller() {
            set.set(Update::Waiting(waiting));
        }
    }
    let reg = registration.clone();
    let keep_inner = keep.clone();
    let found = EventListener::new(&registration, "updatefound", move |_| {
        let Some(worker) = reg.installing() else {
            return;
        };
        let set = set.clone();
        let watched = worker.clone();
        let change = EventListener::new(&worker, "statechange", move |_| {
            // `installed` with a controller: an update, not the first install.
            if worker_state(&watched) == "installed" && has_controller() {
                set.set(Update::Waiting(watched.clone()));
            }
        });
        keep_inner.borrow_mut().push(change);
    });
    keep.borrow_mut().push(found);

    let interval = gloo_timers::callback::Interval::new(UPDATE_CHECK_MS, move || {
        if let Ok(p) = registration.update() {
            swallow(&p);
        }
    });
    interval.forget();
}

/// Registers the worker and wires the listeners; returns them (dropping them removes them).
fn start(
    set: UseStateSetter<Update>,
    asked: Rc<RefCell<bool>>,
) -> Option<Rc<RefCell<Vec<EventListener>>>> {
    if !build_has_worker() {
        return None;
    }
    let c = container()?;
    let keep = Rc::new(RefCell::new(Vec::new()));
    let had_controller = c.controller().is_some();
    {
        let set = set.clone();
        keep.borrow_mut()
            .push(EventListener::new(&c, "controllerchange", move |_| {
                if *asked.borrow() {
                    reload();
                } else if had_controller {
                    // Another tab switched to the new release: this page still runs the old one.
                    set.set(Update::Active);
                }
                // Without an earlier controller this is the first install claiming the page: nothing to say.
            }));
    }
    let on_registered = {
        let keep = keep.clone();
        Closure::<dyn FnMut(JsValue)>::once(move |registration: JsValue| {
            // A browser that blocks workers may resolve without a registration: nothing to watch then.
            if registration.is_object() {
                watch_registration(registration.unchecked_into(), set, keep);
            }
        })
    };
    // No worker (private mode, storage refused...): the app still works online, silently.
    let on_failed = Closure::<dyn FnMut(JsValue)>::once(|_: JsValue| {});
    let _ = c.register("./sw.js").then2(&on_registered, &on_failed);
    // Called once by the promise; the few bytes of the other one are left to the page's lifetime.
    on_registered.forget();
    on_failed.forget();
    Some(keep)
}

/// The new-version banner (a toast with a Reload button); renders an empty live region until there is news.
#[function_component(UpdateBanner)]
pub fn update_banner() -> Html {
    let s = use_strings();
    let update = use_state(|| Update::None);
    let asked = use_mut_ref(|| false);
    {
        let set = update.setter();
        let asked = asked.clone();
        use_effect_with((), move |_| {
            let listeners = start(set, asked);
            move || drop(listeners)
        });
    }

    let onreload = {
        let update = update.clone();
        let asked = asked.clone();
        Callback::from(move |_: MouseEvent| match &*update {
            Update::Waiting(worker) => {
                *asked.borrow_mut() = true;
                reload_once_active(worker);
                let _ = worker.post_message(&JsValue::from_str("SKIP_WAITING"));
                gloo_timers::callback::Timeout::new(RELOAD_FALLBACK_MS, reload).forget();
            }
            _ => reload(),
        })
    };
    let ondismiss = {
        let update = update.clone();
        Callback::from(move |_: MouseEvent| update.set(Update::Dismissed))
    };

    let visible = matches!(*update, Update::Waiting(_) | Update::Active);
    html! {
        <div class="toast-region no-print" role="status" aria-live="polite">
            if visible {
                <div class="toast" id="update-banner">
                    <p class="toast-body mb-0">{ s.offline.update_available }</p>
                    <button type="button" class="btn btn-sm btn-link fw-bold" onclick={onreload}>
                        { s.offline.update_reload }
                    </button>
                    <button type="button" class="btn btn-sm btn-link" aria-label={s.offline.update_later}
                            title={s.offline.update_later} onclick={ondismiss}>
                        <span aria-hidden="true">{ "✕" }</span>
                    </button>
                </div>
            }
        </div>
    }
}
