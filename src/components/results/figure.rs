//! One chart of the results: title, the canvas (its shape follows the figure's width: taller on phones),
//! caption, PNG and SVG downloads, and the data table in `details.chart-alt`.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::DataTableView;
use super::download::{download_png, download_svg};
use crate::charts::ChartText;
use crate::components::chart_canvas::ChartCanvas;
use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::report::charts::{screen_aspect, Figure};

/// Props of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// The chart with its words and data.
    pub figure: Rc<Figure>,
    /// The words drawn on screen (no title, no footer).
    pub text: Rc<ChartText>,
    /// The words drawn in downloads (title and footer).
    pub export_text: Rc<ChartText>,
    /// The download file name without extension (`care-<comune>-<year>-<chart>`).
    pub file_base: AttrValue,
}

/// Tracks the content width of an element (on mount and on window resizes).
#[hook]
pub fn use_width(node: NodeRef) -> u32 {
    let width = use_state(|| 0u32);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    let w = el.client_width().max(0) as u32;
                    if w > 0 && w != *width {
                        width.set(w);
                    }
                }
            };
            measure();
            let listener = web_sys::window()
                .map(|w| gloo_events::EventListener::new(&w, "resize", move |_| measure()));
            move || drop(listener)
        });
    }
    *width
}

/// A chart figure.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let f = &props.figure;
    let wrap = use_node_ref();
    let width = use_width(wrap.clone());
    let error = use_state(|| false);
    let id = format!("fig-{}", f.kind.stem());
    let title_id = format!("{id}-title");

    let download = |ext: &'static str| {
        let spec = f.spec.clone();
        let text = props.export_text.clone();
        let name = format!("{}.{ext}", props.file_base);
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            error.set(false);
            let failed = {
                let error = error.clone();
                move || error.set(true)
            };
            let result = if ext == "png" {
                download_png(&spec, &text, &name, failed)
            } else {
                download_svg(&spec, &text, &name)
            };
            if result.is_err() {
                error.set(true);
            }
        })
    };
    let button = |ext: &'static str, visible: &'static str| {
        html! {
            <button type="button" class="btn btn-outline-primary btn-sm"
                    data-download={ext}
                    aria-label={fill(r.download_label, &[&f.title, &visible])}
                    onclick={download(ext)}>
                { visible }
            </button>
        }
    };

    html! {
        <figure class="chart-figure" id={id.clone()} aria-labelledby={title_id.clone()}>
            <h3 class="chart-title" id={title_id}>{ f.title.clone() }</h3>
            <div ref={wrap}>
                <ChartCanvas spec={Rc::new(f.spec.clone())} text={props.text.clone()}
                             aspect={screen_aspect(f.kind, width)} label={f.label.clone()}
                             id={AttrValue::from(format!("{id}-canvas"))} />
            </div>
            <figcaption>
                <strong>{ fill(r.figure, &[&f.number]) }</strong>{ " " }{ f.caption.clone() }
            </figcaption>
            <div class="toolbar no-print mt-2">
                { button("png", r.download_png) }
                { button("svg", r.download_svg) }
            </div>
            if *error {
                <p class="invalid-feedback" role="alert">{ r.download_error }</p>
            }
            <details class="chart-alt">
                <summary>{ s.results().show_table }</summary>
                <DataTableView table={f.table.clone()} />
            </details>
        </figure>
    }
}
