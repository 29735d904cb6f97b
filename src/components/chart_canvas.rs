//! A chart drawn on a canvas with plotters-canvas: crisp on high-density screens (drawn at devicePixelRatio),
//! as tall as its content (or of a fixed shape when asked), redrawn when its data, its text (a change of
//! language) or its width changes. Text is drawn by [`CanvasText`] at the positions the chart layout measured.

use std::rc::Rc;

use plotters::prelude::*;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{BackendCoord, BackendTextStyle, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

use crate::charts::text_backend::{PaintText, Placement, TextBackend};
use crate::charts::{layout, preferred_height, ChartSpec, ChartText, Theme};

/// A canvas backend whose text is drawn like the SVG backend asks a browser to draw it (the [`Placement`] of every
/// bitmap backend), so that canvas text lands where the chart layout measured it; plotters-canvas itself draws
/// text 1.24 times larger on the canvas' `top`/`middle` baselines.
pub type CanvasText = TextBackend<CanvasBackend, CanvasFill>;

impl CanvasText {
    /// The backend of a canvas element (None without a 2D context).
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let ctx = canvas
            .get_context("2d")
            .ok()
            .flatten()?
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas)?;
        Some(TextBackend::wrap(inner, CanvasFill(ctx)))
    }
}

/// Fills text with the canvas' 2D context, in the family the chart names (the app's Titillium Web).
pub struct CanvasFill(CanvasRenderingContext2d);

impl PaintText<CanvasBackend> for CanvasFill {
    fn paint<S: BackendTextStyle>(
        &mut self,
        _inner: &mut CanvasBackend,
        text: &str,
        style: &S,
        at: Placement,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>> {
        let weight = if at.bold { "bold" } else { "normal" };
        let align = match at.h {
            HPos::Left => "left",
            HPos::Center => "center",
            HPos::Right => "right",
        };
        let color = style.color();
        let (r, g, b) = color.rgb;
        let ctx = &self.0;
        ctx.set_fill_style_str(&format!("rgba({r},{g},{b},{})", color.alpha));
        ctx.set_font(&format!("{weight} {}px {}", at.em, style.family().as_str()));
        ctx.set_text_baseline("alphabetic");
        ctx.set_text_align(align);
        // fillText only fails on non-finite coordinates, which the layout never gives.
        let _ = ctx.fill_text(
            text,
            f64::from(pos.0),
            f64::from(pos.1) + at.em * at.baseline,
        );
        Ok(())
    }
}

/// Props of [`ChartCanvas`].
#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    /// What to draw.
    pub spec: Rc<ChartSpec>,
    /// The localised words of the chart.
    pub text: Rc<ChartText>,
    /// Height as a fraction of the width (0.5625 for 16:9); none: as tall as the content.
    #[prop_or_default]
    pub aspect: Option<f64>,
    /// Large type for projectors.
    #[prop_or_default]
    pub presentation: bool,
    /// A short text alternative (the full data table goes beside the chart).
    pub label: AttrValue,
    /// The element id of the canvas.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// The theme of a chart: the presentation's large type, or the page's.
fn base_theme(presentation: bool) -> Theme {
    if presentation {
        Theme::presentation()
    } else {
        Theme::default()
    }
}

/// The CSS height of a chart `css_w` CSS pixels wide: of a fixed shape when asked, else as tall as its content.
fn css_height(
    spec: &ChartSpec,
    text: &ChartText,
    base: &Theme,
    css_w: u32,
    aspect: Option<f64>,
) -> f64 {
    match aspect {
        Some(a) => (f64::from(css_w) * a).round().max(120.0),
        None => preferred_height(&spec.as_chart(), text, base, f64::from(css_w)),
    }
}

/// Gives the canvas the shape of its chart (its CSS aspect ratio), so that the page is laid out around the chart's
/// real height before the chart is drawn.
fn shape(canvas: &HtmlCanvasElement, css_w: u32, css_h: f64) {
    if let Some(style) = canvas.dyn_ref::<web_sys::HtmlElement>().map(|e| e.style()) {
        let _ = style.set_property("aspect-ratio", &format!("{css_w} / {css_h}"));
    }
}

/// Draws a chart on a canvas `css_w` by `css_h` CSS pixels at the device pixel ratio, sizing the canvas.
fn paint(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    text: &ChartText,
    base: &Theme,
    css_w: u32,
    css_h: f64,
) {
    let chart = spec.as_chart();
    let dpr = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 4.0);
    let (pw, ph) = ((f64::from(css_w) * dpr).round(), (css_h * dpr).round());
    canvas.set_width(pw as u32);
    canvas.set_height(ph as u32);
    shape(canvas, css_w, css_h);
    let theme = base.with_scale(dpr);
    if let Some(backend) = CanvasText::new(canvas.clone()) {
        let root = backend.into_drawing_area();
        let scene = layout(&chart, text, &theme, pw, Some(ph));
        if let Err(e) = scene.paint(&root, &theme.font_family) {
            web_sys::console::warn_1(&format!("{e}").into());
        }
        let _ = root.present();
    }
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
            // Measured now, so that the canvas takes its chart's shape in this same task (a Back to a scrolled
            // position finds the page at its final height); then observed on the parent itself: its width can
            // change without a window resize (a layout that settles after the first render, a page handed over
            // from the loading shell).
            measure();
            let on_resize = {
                let measure = measure.clone();
                Closure::<dyn FnMut(js_sys::Array)>::new(move |_| measure())
            };
            let observer = web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(
                on_resize.as_ref(),
            ))
            .ok();
            if let (Some(o), Some(p)) = (
                &observer,
                canvas_ref
                    .cast::<HtmlCanvasElement>()
                    .and_then(|c| c.parent_element()),
            ) {
                o.observe(&p);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
            }
        });
    }

    {
        let canvas_ref = canvas_ref.clone();
        let deps = (
            props.spec.clone(),
            props.text.clone(),
            *width,
            props.presentation,
            props.aspect.map(f64::to_bits),
            fonts,
        );
        use_effect_with(
            deps,
            move |(spec, text, css_width, presentation, aspect_bits, _fonts)| {
                let (spec, text) = (spec.clone(), text.clone());
                let base = base_theme(*presentation);
                let aspect = aspect_bits.map(f64::from_bits);
                // Its width known, the canvas takes its chart's shape at once, so that nothing below it moves when
                // the chart is drawn.
                let shaped = (*css_width > 0).then(|| {
                    let css_h = css_height(&spec, &text, &base, *css_width, aspect);
                    if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                        shape(&canvas, *css_width, css_h);
                    }
                    (*css_width, css_h)
                });
                // Drawn after the page around it has been painted: the top of a page shows without waiting for its
                // charts. A change before then (the width measured, a new language) replaces the pending drawing,
                // so a chart is drawn once, at its width (640 px if its box has none, e.g. hidden).
                let pending = crate::services::dom::AfterPaint::new(move || {
                    if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                        let (css_w, css_h) = shaped
                            .unwrap_or_else(|| (640, css_height(&spec, &text, &base, 640, aspect)));
                        paint(&canvas, &spec, &text, &base, css_w, css_h);
                    }
                });
                move || drop(pending)
            },
        );
    }

    html! {
        <canvas ref={canvas_ref} id={props.id.clone()} role="img" aria-label={props.label.clone()}
                width="640" height="360"></canvas>
    }
}
