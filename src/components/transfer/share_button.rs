//! "Copia link di condivisione": puts the share link of a saved assessment (its answers in the URL fragment, see
//! [`crate::share`]) on the clipboard, and shows it in a read-only field as well, so that it can be copied by hand
//! when the browser does not allow the clipboard (then the field is focused and selected).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::answers_file::FormatError;
use crate::share;
use crate::transfer::files;

/// Props of [`ShareLinkButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareLinkButtonProps {
    /// The id of the saved assessment to share.
    pub assessment_id: AttrValue,
}

#[derive(Clone, PartialEq)]
enum State {
    Idle,
    Copied(String, share::LeftOut),
    Manual(String, share::LeftOut),
    Refused(FormatError),
}

/// Copies the share link of an assessment, with a read-only field as the fallback.
#[function_component(ShareLinkButton)]
pub fn share_link_button(props: &ShareLinkButtonProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.transfer();
    let state = use_state(|| State::Idle);
    let input_ref = use_node_ref();

    // By hand: focus and select the link so that Ctrl+C is all that is left to do.
    {
        let input_ref = input_ref.clone();
        use_effect_with((*state).clone(), move |state| {
            if matches!(state, State::Manual(..)) {
                if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }

    let Some(assessment) = store.get(&props.assessment_id) else {
        return html! {};
    };
    let answers = assessment.answers.clone();
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            // A link must open: the answers are checked as an export would be.
            if let Err(e) = files::export_json(&answers) {
                state.set(State::Refused(e));
                return;
            }
            let base = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            // Notes and links go in when they fit; what is left out is said below.
            let (link, left) = share::link_fitting(&base, &answers);
            let state = state.clone();
            let copied = link.clone();
            copy_text(
                &link,
                Callback::from(move |ok: bool| {
                    state.set(if ok {
                        State::Copied(copied.clone(), left)
                    } else {
                        State::Manual(copied.clone(), left)
                    })
                }),
            );
        })
    };
    let name = if assessment.answers.comune.name.trim().is_empty() {
        s.common.unnamed.to_string()
    } else {
        assessment.answers.comune.name.clone()
    };
    let input_id = format!("share-link-{}", props.assessment_id);
    // The live region is always there (so that a change is announced) and takes no room while empty.
    let left_out = |left: &share::LeftOut| {
        let e = &s.evidence;
        match (left.notes, left.addresses) {
            (0, 0) => String::new(),
            (n, 0) => format!(" {}", e.share_left_notes.of(n)),
            (n, a) => format!(" {}", fill(e.share_left_all, &[&n, &a])),
        }
    };
    let (class, message, link) = match &*state {
        State::Idle => ("visually-hidden", String::new(), None),
        State::Copied(link, left) => (
            "small",
            format!("{}{}", t.share_copied, left_out(left)),
            Some(link.clone()),
        ),
        State::Manual(link, left) => (
            "small",
            format!("{}{}", t.share_manual, left_out(left)),
            Some(link.clone()),
        ),
        State::Refused(e) => (
            "invalid-feedback",
            fill(t.export_blocked, &[&e.message(store.lang)]),
            None,
        ),
    };
    let field = link.map(|link| {
        html! {
            <div class="form-group share-link-output">
                <label for={input_id.clone()}>{ fill(t.share_link_label, &[&name]) }</label>
                <input ref={input_ref.clone()} id={input_id.clone()} class="form-control" type="text" readonly=true
                       value={link} aria-describedby={format!("{input_id}-help")}
                       onfocus={Callback::from(|e: FocusEvent| {
                           if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() { i.select(); }
                       })} />
                <span class="form-text" id={format!("{input_id}-help")}>{ t.share_privacy }</span>
            </div>
        }
    });
    html! {
        <>
            <button type="button" class="btn btn-outline-primary btn-sm" {onclick}>
                { t.share_copy }<span class="visually-hidden">{ " — " }{ name }</span>
            </button>
            <span role="status" {class}>{ message }</span>
            { for field }
        </>
    }
}

/// Writes `text` to the clipboard and tells `done` whether it worked. Without the asynchronous clipboard API
/// (an insecure context, an old browser) or when the browser refuses, `done` gets `false`.
pub fn copy_text(text: &str, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let navigator = window.navigator();
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !available {
        done.emit(false);
        return;
    }
    let promise = navigator.clipboard().write_text(text);
    let ok = done.clone();
    let on_ok: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| ok.emit(true));
    let on_err: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| done.emit(false));
    let _ = promise.then2(&on_ok, &on_err);
    // The promise calls one of them later: both are handed over to JavaScript (a few bytes per click).
    on_ok.forget();
    on_err.forget();
}
