//! A chart drawn on a canvas with plotters-canvas: crisp on high-density screens (drawn at devicePixelRatio),
//! redrawn when its data, its text (a change of language) or its width changes.

use std::rc::Rc;

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::charts::{draw_chart, ChartSpec, ChartText, Theme};

/// Props of [`ChartCanvas`].
#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    /// What to draw.
    pub spec: Rc<ChartSpec>,
    /// The localised words of the chart.
    pub text: Rc<ChartText>,
    /// Height as a fraction of the width (0.5625 for 16:9).
    #[prop_or(0.5625)]
    pub aspect: f64,
    /// Large type for projectors.
    #[prop_or_default]
    pub presentation: bool,
    /// A short text alternative (the full data table goes beside the chart).
    pub label: AttrValue,
    /// The element id of the canvas.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// A responsive, HiDPI canvas chart.
#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    let width = use_state(|| 0u32);
    let fonts = crate::hooks::use_fonts_generation();

    // Track the width of the canvas's box (window resizes, layout changes).
    {
        let canvas_ref = canvas_ref.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
            let measure = {
                let canvas_ref = canvas_ref.clone();
                let width = width.clone();
                move || {
                    if let Some(c) = canvas_ref.cast::<HtmlCanvasElement>() {
                        let w = c
                            .parent_element()
                            .map(|p| p.client_width())
                            .unwrap_or(0)
                            .max(0) as u32;
                        if w > 0 && w != *width {
                            width.set(w);
                        }
                    }
                }
            };
            measure();
            let listener = web_sys::window().map(|w| {
                let measure = measure.clone();
                gloo_events::EventListener::new(&w, "resize", move |_| measure())
            });
            move || drop(listener)
        });
    }

    {
        let canvas_ref = canvas_ref.clone();
        let deps = (
            props.spec.clone(),
            props.text.clone(),
            *width,
            props.presentation,
            props.aspect.to_bits(),
            fonts,
        );
        use_effect_with(
            deps,
            move |(spec, text, css_width, presentation, aspect_bits, _fonts)| {
                let aspect = f64::from_bits(*aspect_bits);
                if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                    let css_w = if *css_width > 0 { *css_width } else { 640 };
                    let css_h = ((css_w as f64) * aspect).round().max(120.0) as u32;
                    let dpr = web_sys::window()
                        .map(|w| w.device_pixel_ratio())
                        .unwrap_or(1.0)
                        .clamp(1.0, 4.0);
                    canvas.set_width(((css_w as f64) * dpr).round() as u32);
                    canvas.set_height(((css_h as f64) * dpr).round() as u32);
                    if let Some(style) = canvas.dyn_ref::<web_sys::HtmlElement>().map(|e| e.style())
                    {
                        let _ = style.set_property("aspect-ratio", &format!("{css_w} / {css_h}"));
                    }
                    let base = if *presentation {
                        Theme::presentation()
                    } else {
                        Theme::default()
                    };
                    let theme = base.with_scale(dpr);
                    if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
                        let root = backend.into_drawing_area();
                        if let Err(e) = draw_chart(&root, &spec.as_chart(), text, &theme) {
                            web_sys::console::warn_1(&format!("{e}").into());
                        }
                        let _ = root.present();
                    }
                }
            },
        );
    }

    html! {
        <canvas ref={canvas_ref} id={props.id.clone()} role="img" aria-label={props.label.clone()}
                width="640" height="360"></canvas>
    }
}
