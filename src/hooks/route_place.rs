//! Where a page opens, one mechanism for every route (used once, by the app's frame): a new page starts at its top
//! with the keyboard focus on its `h1`; Back and Forward bring back the scroll position the reader left on that
//! history entry (kept in the entry's own `history.state`, so a reload keeps it too); an in-page link
//! (`href="#section"`, which the hash router cannot follow) scrolls to its section and focuses it, as a history entry
//! of its own (`#/metodo#section`), so Back returns to where the reader was.
//!
//! A route of the full app reached from the light app shows a loader with no heading: the place is then left
//! pending (`<html data-route-pending>`) for the full app, which takes the page over on the same entry.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};
use yew::prelude::*;
use yew_router::history::{HashHistory, History};
use yew_router::prelude::*;

/// The key of the scroll position in an entry's `history.state`; an entry that has it was seen before.
const SCROLL_KEY: &str = "careScrollY";
/// The attribute of `<html>` that holds a place left pending for the full app: [`NEW`], [`SEEN`] or [`LOAD`].
const PENDING_ATTR: &str = "data-route-pending";
/// Pending: a change of route to an entry not seen before (top of the page, focus on its h1).
const NEW: &str = "new";
/// Pending: a change of route back to a seen entry (its saved position, focus on its h1).
const SEEN: &str = "seen";
/// Pending: the page was opened on this route (a saved position or a section, the focus left alone).
const LOAD: &str = "load";
/// How long scrolling must pause before the position is written to the entry.
const SAVE_DELAY_MS: u32 = 150;

thread_local! {
    /// Counts the places made: a late retry of an earlier one gives up.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// What the frame remembers of the last place made.
#[derive(Clone, Default, PartialEq)]
struct Placed {
    path: String,
    query: String,
    hash: String,
    id: Option<u32>,
}

/// Places every new page (see the module's note). Call once, in the frame around the pages.
#[hook]
pub fn use_route_place() {
    let location = use_location();
    let last = use_mut_ref(|| None::<Placed>);
    use_effect_with((), |_| {
        let listeners = listen();
        move || drop(listeners)
    });
    use_effect_with(location, move |location| {
        let Some(location) = location else { return };
        let now = Placed {
            path: location.path().to_string(),
            query: location.query_str().to_string(),
            hash: location.hash().to_string(),
            id: location.id(),
        };
        let before = last.borrow_mut().replace(now.clone());
        match before {
            // The app's first render on this page: a reload, a link opened, or the full app taking over.
            None => arrive_on_load(&now),
            Some(b) if is_new_place(&b, &now) => arrive(&now, None),
            Some(_) => {}
        }
    });
}

/// Whether going from `before` to `now` opens a new place: another page, another section, or the same address
/// followed again (a new entry). A change of the query alone (the questionnaire dropping its `?focus=`) is not.
fn is_new_place(before: &Placed, now: &Placed) -> bool {
    before.path != now.path
        || before.hash != now.hash
        || (before.query == now.query && before.id != now.id)
}

/// The page asks for a control of its own to get the focus (`?focus=…`, the questionnaire's review links).
fn page_places_itself(now: &Placed) -> bool {
    now.query
        .trim_start_matches('?')
        .split('&')
        .any(|kv| kv.starts_with("focus="))
}

/// The first render of an app: a change of route left pending by the light app is made now; otherwise a reload
/// gets its scroll position back and a link to a section its section, without moving the focus (left pending in
/// turn while the light app only shows its loader).
fn arrive_on_load(now: &Placed) {
    set_manual_restoration();
    match take_pending().as_deref() {
        Some(LOAD) | None => {}
        Some(pending) => {
            arrive(now, Some(pending == NEW));
            return;
        }
    }
    if page_heading().is_none() {
        // The light app's loader: the full app places the page it brings.
        set_pending(LOAD);
        return;
    }
    if let Some(y) = saved_y() {
        scroll_back(y);
    } else if let Some(target) = section(&now.hash) {
        target.scroll_into_view();
    }
    save_position();
}

/// Opens a new place: a seen entry at its saved position, a link to a section at that section (focused), any
/// other at the top; the focus on the page's `h1`. `fresh` overrides whether the entry counts as seen.
fn arrive(now: &Placed, fresh: Option<bool>) {
    take_pending();
    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    if page_places_itself(now) {
        save_position();
        return;
    }
    let saved = if fresh == Some(true) { None } else { saved_y() };
    let heading = match (saved, section(&now.hash)) {
        (Some(y), _) => {
            retry_scroll(y, generation, 20);
            page_heading()
        }
        (None, Some(target)) => {
            target.scroll_into_view();
            Some(target)
        }
        (None, None) => {
            scroll_to(0.0);
            page_heading()
        }
    };
    match heading {
        Some(h) => {
            focus_in_place(&h);
            save_position();
        }
        // A loader: the page that takes over makes the place.
        None => set_pending(if saved.is_some() { SEEN } else { NEW }),
    }
}

/// The element of an in-page link's target (`#m-params`), if the page has it.
fn section(hash: &str) -> Option<Element> {
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?;
    document()?.get_element_by_id(id)
}

/// The page's `h1` inside the main content.
fn page_heading() -> Option<Element> {
    document()?.query_selector("#main h1").ok().flatten()
}

/// Focuses an element where it is, without scrolling; one that cannot take the focus gets `tabindex="-1"` first.
pub fn focus_in_place(el: &Element) {
    let focusable = el.has_attribute("tabindex")
        || matches!(
            el.tag_name().to_ascii_lowercase().as_str(),
            "a" | "button" | "input" | "select" | "textarea" | "summary"
        );
    if !focusable {
        let _ = el.set_attribute("tabindex", "-1");
    }
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = h.focus_with_options(&options);
    }
}

/// Focuses the element with this id once the page has re-rendered (the result of an action: a restored row, a
/// notice, a new copy), bringing it into view; the page's `h1` if the result is not on this page.
pub fn focus_result(id: impl Into<String>) {
    let id = id.into();
    gloo_timers::callback::Timeout::new(0, move || {
        let target = document()
            .and_then(|d| d.get_element_by_id(&id))
            .or_else(page_heading);
        if let Some(el) = target {
            focus_in_place(&el);
            let rect = el.get_bounding_client_rect();
            let height = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            if rect.top() < 0.0 || rect.bottom() > height {
                el.scroll_into_view();
            }
        }
    })
    .forget();
}

/// Scrolls to `y` once the page is tall enough (charts and the full app may still be arriving): tried `tries`
/// times, 50 ms apart, unless another place was made since.
fn retry_scroll(y: f64, generation: u32, tries: u32) {
    scroll_to(y);
    if tries <= 1 || (scroll_y() - y).abs() < 1.0 {
        return;
    }
    gloo_timers::callback::Timeout::new(50, move || {
        if GENERATION.with(Cell::get) == generation {
            retry_scroll(y, generation, tries - 1);
        }
    })
    .forget();
}

/// A reload's scroll position, once the page is tall enough.
fn scroll_back(y: f64) {
    let generation = GENERATION.with(Cell::get);
    retry_scroll(y, generation, 20);
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

fn scroll_y() -> f64 {
    web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

fn scroll_to(y: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// The browser leaves the scroll position to the app (it would restore it before the page is drawn).
fn set_manual_restoration() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    }
}

/// The scroll position saved in the current entry, if it was seen before.
fn saved_y() -> Option<f64> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    if !state.is_object() {
        return None;
    }
    js_sys::Reflect::get(&state, &SCROLL_KEY.into())
        .ok()?
        .as_f64()
}

/// Writes the current scroll position into the current entry's state, keeping what the router keeps there.
/// Not while a place is pending (the loader's position is not the page's).
fn save_position() {
    if pending().is_some() {
        return;
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let state = history.state().unwrap_or(JsValue::NULL);
    let next = js_sys::Object::new();
    if let Some(object) = state.dyn_ref::<js_sys::Object>() {
        js_sys::Object::assign(&next, object);
    }
    let _ = js_sys::Reflect::set(&next, &SCROLL_KEY.into(), &scroll_y().into());
    let _ = history.replace_state(&next, "");
}

fn root() -> Option<Element> {
    document()?.document_element()
}

fn pending() -> Option<String> {
    root()?.get_attribute(PENDING_ATTR)
}

fn set_pending(value: &str) {
    if let Some(r) = root() {
        let _ = r.set_attribute(PENDING_ATTR, value);
    }
}

fn take_pending() -> Option<String> {
    let value = pending()?;
    if let Some(r) = root() {
        let _ = r.remove_attribute(PENDING_ATTR);
    }
    Some(value)
}

/// Whether a place is left pending for the app that takes the page over (the hand-over then leaves the focus to
/// it).
pub fn place_pending() -> bool {
    pending().is_some_and(|p| p != LOAD)
}

/// The listeners of the page: the scroll position saved when scrolling pauses and before any click (a click may
/// navigate), and in-page links followed as history entries.
fn listen() -> Vec<gloo_events::EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let Some(doc) = window.document() else {
        return Vec::new();
    };
    let timer = std::rc::Rc::new(std::cell::RefCell::new(
        None::<gloo_timers::callback::Timeout>,
    ));
    let on_scroll = gloo_events::EventListener::new(&window, "scroll", move |_| {
        *timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(
            SAVE_DELAY_MS,
            save_position,
        ));
    });
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    let options = gloo_events::EventListenerOptions {
        phase: gloo_events::EventListenerPhase::Capture,
        ..options
    };
    let on_click = gloo_events::EventListener::new_with_options(&doc, "click", options, |e| {
        save_position();
        if let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() {
            follow_in_page_link(e);
        }
    });
    vec![on_scroll, on_click]
}

/// An in-page link (`href="#id"`, not a route's `#/…`): a history entry of the current page with the section as
/// its fragment (`#/metodo#id`), which [`use_route_place`] then scrolls to and focuses.
fn follow_in_page_link(e: &web_sys::MouseEvent) {
    if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
        return;
    }
    let Some(link) = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("a[href^='#']").ok().flatten())
    else {
        return;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    let Some(id) = href.strip_prefix('#').filter(|id| !id.starts_with('/')) else {
        return;
    };
    e.prevent_default();
    if id.is_empty() {
        return;
    }
    let history = HashHistory::new();
    let path = history.location().path().to_string();
    history.push(format!("{path}#{id}"));
}
