//! The embed page (`#/embed/<tema>/<vista>/<dati>`, see [`crate::embed`]): the results card or one chart of the
//! answers in the address, alone (no header, navigation, footer: `body.embed`, and `body.theme-presentation` for
//! the projector theme), with a source line that opens the full shared view in a new tab. When framed, it posts
//! its height to the parent page on every change of size. An unknown theme or view, or a broken payload, shows a
//! message; nothing is ever stored.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::components::chart_canvas::ChartCanvas;
use crate::components::results::data_table::DataTableView;
use crate::components::results::headline::ScoreHeadline;
use crate::components::transfer::summary::{dimension_cards, Heading};
use crate::components::user_text::fill_isolated;
use crate::embed::{self, EmbedError, EmbedTheme, EmbedView, HEIGHT_MESSAGE};
use crate::hooks::{use_store, use_strings};
use crate::model::{self, Answers, Lang};
use crate::report::charts::{comune_name, figures, screen_text};
use crate::report::explain::provisional_mark;
use crate::share;

/// Props of [`EmbedPage`].
#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    /// The theme segment (`chiaro`, `presentazione`).
    pub theme: AttrValue,
    /// The view segment (`scheda` or a chart's stem).
    pub view: AttrValue,
    /// The share payload.
    pub data: AttrValue,
}

/// Puts `embed` (and `theme-presentation` when asked) on `<body>` while mounted; takes them off on unmount.
#[hook]
fn use_body_classes(presentation: bool) {
    use_effect_with(presentation, |presentation| {
        let list = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
            .map(|b| b.class_list());
        let mut added = vec!["embed"];
        if *presentation {
            added.push("theme-presentation");
        }
        if let Some(list) = &list {
            for c in &added {
                let _ = list.add_1(c);
            }
        }
        move || {
            if let Some(list) = &list {
                for c in &added {
                    let _ = list.remove_1(c);
                }
            }
        }
    });
}

/// When the page is in a frame, posts `{type: "care-embed-height", height, view}` to the parent on every change
/// of the document's size (a ResizeObserver on `<html>`; it also reports once at the start).
#[hook]
fn use_height_report(view: &'static str) {
    use_effect_with(view, |view| {
        let view = *view;
        let observer = web_sys::window().and_then(|window| {
            let parent = window.parent().ok().flatten()?;
            if JsValue::from(parent.clone()) == JsValue::from(window.clone()) {
                return None;
            }
            let root = window.document()?.document_element()?;
            let measured = root.clone();
            let post = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
                let height = measured.get_bounding_client_rect().height().ceil();
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
                let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
                let _ = js_sys::Reflect::set(&message, &"view".into(), &view.into());
                let _ = parent.post_message(&message, "*");
            });
            let observer = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()).ok()?;
            observer.observe(&root);
            Some((observer, post))
        });
        move || {
            if let Some((observer, post)) = observer {
                observer.disconnect();
                drop(post);
            }
        }
    });
}

/// An embed address.
#[function_component(EmbedPage)]
pub fn embed_page(props: &EmbedPageProps) -> Html {
    let parsed = use_memo(
        (props.theme.clone(), props.view.clone(), props.data.clone()),
        |(t, v, d)| embed::parse(t, v, d).map(|(t, v, a)| (t, v, Rc::new(a))),
    );
    match &*parsed {
        Ok((theme, view, answers)) => html! {
            <EmbedContent theme={*theme} view={*view} answers={answers.clone()} payload={props.data.clone()} />
        },
        Err(e) => html! { <EmbedMessage error={e.clone()} /> },
    }
}

/// An embed address cut before its payload.
#[function_component(EmbedIncompletePage)]
pub fn embed_incomplete_page() -> Html {
    html! { <EmbedMessage error={EmbedError::Incomplete} /> }
}

/// Props of [`EmbedMessage`].
#[derive(Properties, PartialEq)]
pub struct EmbedMessageProps {
    /// What is wrong.
    pub error: EmbedError,
}

/// The message of an embed address that cannot be shown.
#[function_component(EmbedMessage)]
pub fn embed_message(props: &EmbedMessageProps) -> Html {
    let s = use_strings();
    let lang = use_store().lang;
    use_body_classes(false);
    use_height_report("");
    html! {
        <main id="main" class="embed-main">
            <div class="alert alert-danger" role="alert" id="embed-error">
                <h1 class="embed-error-title">{ s.embed().error_title }</h1>
                <p>{ props.error.message(lang) }</p>
            </div>
        </main>
    }
}

/// Props of [`EmbedContent`].
#[derive(Properties, PartialEq)]
pub struct EmbedContentProps {
    /// The theme.
    pub theme: EmbedTheme,
    /// What to show.
    pub view: EmbedView,
    /// The answers.
    pub answers: Rc<Answers>,
    /// Their payload (for the link to the full shared view).
    pub payload: AttrValue,
}

/// The card or the chart, with the source line.
#[function_component(EmbedContent)]
pub fn embed_content(props: &EmbedContentProps) -> Html {
    let s = use_strings();
    let presentation = props.theme == EmbedTheme::Presentation;
    use_body_classes(presentation);
    use_height_report(props.view.slug());
    let href = format!(
        "{}{}{}",
        crate::services::dom::app_address(),
        share::ROUTE_PREFIX,
        props.payload.trim()
    );
    let body = match props.view {
        EmbedView::Card => html! { <EmbedCard answers={props.answers.clone()} /> },
        EmbedView::Chart(kind) => html! {
            <EmbedChart answers={props.answers.clone()} stem={kind.stem()} {presentation} />
        },
    };
    html! {
        <main id="main" class="embed-main">
            { body }
            <p class="embed-source small">
                <a {href} target="_blank" rel="noopener">
                    { s.embed().source_link }<span class="visually-hidden">{ s.embed().new_tab }</span>
                </a>
            </p>
        </main>
    }
}

/// The heading of an embed: "Ca.Re — <comune> <year>", the name and the year isolated from each other.
fn title(answers: &Answers, lang: Lang) -> Html {
    let e = &crate::i18n::strings(lang).embed();
    let year = answers
        .comune
        .year
        .map(|y| y.to_string())
        .unwrap_or_else(|| e.no_year.to_string());
    fill_isolated(e.card_title, &[&comune_name(answers, lang), &year])
}

/// Props of [`EmbedCard`].
#[derive(Properties, PartialEq)]
pub struct EmbedCardProps {
    /// The answers.
    pub answers: Rc<Answers>,
}

/// The results card: the Ca.Re index (integer, and with one decimal), the class with its sub-label, the
/// provisional mark with the number of missing answers, the completeness and the three sub-indices with their
/// bands.
#[function_component(EmbedCard)]
pub fn embed_card(props: &EmbedCardProps) -> Html {
    let s = use_strings();
    let t = &s.transfer();
    let lang = use_store().lang;
    let edition = model::edition(&props.answers.model).unwrap_or_else(model::current);
    let scores = use_memo(props.answers.clone(), move |a| model::score(edition, a));
    let total = scores.progress.total;
    let percent = crate::model::number::completeness_percent(total.answered, total.total);
    let cards = dimension_cards(edition, &scores, lang, Heading::H2);
    html! {
        <article class="embed-card" aria-labelledby="embed-title">
            <h1 class="embed-title" id="embed-title">{ title(&props.answers, lang) }</h1>
            <ScoreHeadline scores={scores.clone()} {edition} id_prefix="embed" />
            <p class="small mt-2 mb-2" id="embed-completeness">
                { t.completeness_label }{ ": " }
                { t.completeness_value.fill(total.answered as usize, &[&total.total, &percent]) }
            </p>
            <div class="results-grid cols-3">{ cards }</div>
        </article>
    }
}

/// Props of [`EmbedChart`].
#[derive(Properties, PartialEq)]
pub struct EmbedChartProps {
    /// The answers.
    pub answers: Rc<Answers>,
    /// The chart's stem.
    pub stem: AttrValue,
    /// Large type for a projector.
    #[prop_or_default]
    pub presentation: bool,
}

/// One chart: title, the provisional mark while answers are missing, canvas, caption and the data table in
/// `details.chart-alt`.
#[function_component(EmbedChart)]
pub fn embed_chart(props: &EmbedChartProps) -> Html {
    let s = use_strings();
    let lang = use_store().lang;
    let edition = model::edition(&props.answers.model).unwrap_or_else(model::current);
    let figure = use_memo((props.answers.clone(), lang), move |(a, lang)| {
        let scores = model::score(edition, a);
        (
            figures(edition, a, &scores, *lang),
            provisional_mark(&scores, *lang),
        )
    });
    let text = use_memo((props.answers.clone(), lang), move |(a, lang)| {
        screen_text(edition, a, *lang)
    });
    let (figures, provisional) = &*figure;
    let Some(f) = figures
        .iter()
        .find(|f| f.kind.stem() == props.stem.as_str())
    else {
        return html! {};
    };
    html! {
        <figure class="chart-figure embed-figure" id={format!("embed-{}", f.kind.stem())} aria-labelledby="embed-title">
            <h1 class="chart-title embed-title" id="embed-title">{ f.title.clone() }</h1>
            <p class="text-muted small mb-2">{ title(&props.answers, lang) }</p>
            if let Some(mark) = provisional {
                <p class="mb-2"><span class="badge badge-warning" id="embed-provisional">{ mark.clone() }</span></p>
            }
            <div>
                // No fixed shape: the chart is as tall as its content at this width in this theme (the
                // presentation theme's larger type then gets the rows it needs, e.g. the services in two columns).
                <ChartCanvas spec={Rc::new(f.spec.clone())} text={text.clone()} label={f.label.clone()}
                             presentation={props.presentation} id={AttrValue::from("embed-canvas")} />
            </div>
            <details class="chart-alt">
                <summary>{ s.results().show_table }</summary>
                <DataTableView table={f.table.clone()} />
            </details>
            <figcaption>{ f.caption.clone() }</figcaption>
        </figure>
    }
}
