//! "Copia codice di incorporamento": the section of the results page that writes the HTML to paste into another
//! site or a web presentation (an `<iframe>` on the embed address of these answers, see [`crate::embed`], and a
//! small script that fits the iframe's height). The view and the theme are chosen with labelled selects; the code
//! is shown in a read-only text area and copied to the clipboard, or selected for Ctrl+C when the browser refuses.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::transfer::share_button::copy_text;
use crate::embed::{snippet, EmbedTheme, EmbedView};
use crate::hooks::{use_store, use_strings};
use crate::model::Answers;

/// Props of [`EmbedCodeSection`].
#[derive(Properties, PartialEq)]
pub struct EmbedCodeSectionProps {
    /// The answers to embed (the saved ones, not a what-if copy).
    pub answers: Rc<Answers>,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Manual,
}

/// The embed-code section: view, theme, the code and the copy button.
#[function_component(EmbedCodeSection)]
pub fn embed_code_section(props: &EmbedCodeSectionProps) -> Html {
    let s = use_strings();
    let e = &s.embed();
    let lang = use_store().lang;
    let view = use_state(|| EmbedView::Card);
    let theme = use_state(|| EmbedTheme::Light);
    let copy = use_state(|| CopyState::Idle);
    let area = use_node_ref();

    let code = use_memo(
        (props.answers.clone(), *view, *theme, lang),
        |(answers, view, theme, lang)| {
            snippet(
                &crate::services::dom::app_address(),
                *theme,
                *view,
                answers,
                *lang,
            )
        },
    );

    // By hand: focus and select the code so that Ctrl+C is all that is left to do.
    {
        let area = area.clone();
        use_effect_with(*copy, move |copy| {
            if *copy == CopyState::Manual {
                if let Some(a) = area.cast::<web_sys::HtmlTextAreaElement>() {
                    let _ = a.focus();
                    a.select();
                }
            }
        });
    }

    let on_view = {
        let (view, copy) = (view.clone(), copy.clone());
        Callback::from(move |ev: Event| {
            if let Some(sel) = ev.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Some(v) = EmbedView::parse(&sel.value()) {
                    view.set(v);
                    copy.set(CopyState::Idle);
                }
            }
        })
    };
    let on_theme = {
        let (theme, copy) = (theme.clone(), copy.clone());
        Callback::from(move |ev: Event| {
            if let Some(sel) = ev.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Some(t) = EmbedTheme::parse(&sel.value()) {
                    theme.set(t);
                    copy.set(CopyState::Idle);
                }
            }
        })
    };
    let on_copy = {
        let (copy, code) = (copy.clone(), code.clone());
        Callback::from(move |_: MouseEvent| {
            let copy = copy.clone();
            copy_text(
                &code,
                Callback::from(move |ok: bool| {
                    copy.set(if ok {
                        CopyState::Copied
                    } else {
                        CopyState::Manual
                    })
                }),
            );
        })
    };
    let on_focus = Callback::from(|ev: FocusEvent| {
        if let Some(a) = ev.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
            a.select();
        }
    });

    let view_options = EmbedView::all().into_iter().map(|v| {
        html! { <option value={v.slug()} selected={v == *view}>{ v.name(lang) }</option> }
    });
    let theme_options = EmbedTheme::ALL.into_iter().map(|t| {
        html! { <option value={t.slug()} selected={t == *theme}>{ t.name(lang) }</option> }
    });
    let (status_class, status) = match *copy {
        CopyState::Idle => ("visually-hidden", ""),
        CopyState::Copied => ("small", e.copied),
        CopyState::Manual => ("small", e.copy_manual),
    };

    html! {
        <section aria-labelledby="embed-code-title" class="no-print mt-4" id="embed-code">
            <h2 class="section-title" id="embed-code-title">{ e.code_title }</h2>
            <p>{ e.code_intro }</p>
            <div class="embed-code-options">
                <div class="form-group">
                    <label for="embed-code-view">{ e.view_label }</label>
                    <select id="embed-code-view" class="form-control" onchange={on_view}>{ for view_options }</select>
                </div>
                <div class="form-group">
                    <label for="embed-code-theme">{ e.theme_label }</label>
                    <select id="embed-code-theme" class="form-control" onchange={on_theme}>{ for theme_options }</select>
                </div>
            </div>
            <div class="form-group">
                <label for="embed-code-snippet">{ e.snippet_label }</label>
                <textarea ref={area} id="embed-code-snippet" class="form-control embed-code-snippet" readonly=true
                          rows="6" spellcheck="false" aria-describedby="embed-code-help"
                          value={(*code).clone()} onfocus={on_focus} />
                <span class="form-text" id="embed-code-help">{ e.snippet_help }</span>
            </div>
            <div class="toolbar">
                <button type="button" class="btn btn-outline-primary" id="embed-code-copy" onclick={on_copy}>{ e.copy }</button>
                <span role="status" class={status_class}>{ status }</span>
            </div>
        </section>
    }
}
