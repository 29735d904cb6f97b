//! Chart images for slides, in the shape the user chose ([`SlideShape`]: 16:9, 4:3, 1:1): SVG from the SVG
//! backend; PNG drawn at 2x with the canvas backend on an offscreen canvas and read back with `toBlob`. Both are
//! saved through a Blob, an object URL and a temporary `<a download>`; the PNG can also be copied to the clipboard
//! where the browser allows it (`navigator.clipboard.write` with a `ClipboardItem`).

use plotters::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::svg_font::embed;
use crate::charts::{draw_chart, render_svg, ChartSpec, ChartText, Theme, DEFAULT_EXPORT_SCALE};
use crate::components::chart_canvas::CanvasText;
use crate::report::charts::SlideShape;
use crate::services::font_files::font_face_rules;

/// Saves a blob under `name` through a temporary link.
pub fn save_blob(blob: &web_sys::Blob, name: &str) -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    // Revoke later: some browsers read the URL after the click handler returns.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// What went wrong with a chart file once started (see [`download_svg`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// The file was saved, but without the font embedded: its files could not be read (it names the font, and
    /// where that is missing the text shows in a fallback face).
    SavedWithoutFont,
    /// The file could not be saved.
    NotSaved,
}

/// The chart as a self-contained SVG document (the font embedded, read from the app's font files the first time:
/// see [`crate::services::font_files`]) of the shape's size, saved as `name` once the font is there. `onproblem`
/// is called if the font could not be read (the file is saved all the same) or the file could not be saved.
pub fn download_svg(
    spec: &ChartSpec,
    text: &ChartText,
    shape: SlideShape,
    name: &str,
    onproblem: impl FnOnce(FileProblem) + 'static,
) -> Result<(), JsValue> {
    let (w, h) = shape.size();
    let svg = render_svg(&spec.as_chart(), text, &Theme::default(), w, h)
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    let name = name.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let (svg, font) = match font_face_rules().await {
            Ok(css) => (embed(&svg, &css), true),
            Err(_) => (svg, false),
        };
        match save_svg(&svg, &name) {
            Err(_) => onproblem(FileProblem::NotSaved),
            Ok(()) if !font => onproblem(FileProblem::SavedWithoutFont),
            Ok(()) => {}
        }
    });
    Ok(())
}

/// Saves an SVG document as `name`.
fn save_svg(svg: &str, name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    save_blob(&blob, name)
}

/// The chart drawn at 2x on an offscreen canvas of the shape's size (1600 x 900 for 16:9).
fn png_canvas(
    spec: &ChartSpec,
    text: &ChartText,
    shape: SlideShape,
) -> Result<web_sys::HtmlCanvasElement, JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    let scale = DEFAULT_EXPORT_SCALE;
    let (w, h) = shape.size();
    canvas.set_width((f64::from(w) * scale).round() as u32);
    canvas.set_height((f64::from(h) * scale).round() as u32);
    let theme = Theme::default().with_scale(scale);
    let backend =
        CanvasText::new(canvas.clone()).ok_or_else(|| JsValue::from_str("no 2d context"))?;
    let root = backend.into_drawing_area();
    draw_chart(&root, &spec.as_chart(), text, &theme)
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    root.present()
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    Ok(canvas)
}

/// The chart as a PNG (2x) of the shape's size, saved as `name`. `onerror` is called if the browser cannot
/// encode the image.
pub fn download_png(
    spec: &ChartSpec,
    text: &ChartText,
    shape: SlideShape,
    name: &str,
    onerror: impl FnOnce() + 'static,
) -> Result<(), JsValue> {
    let canvas = png_canvas(spec, text, shape)?;
    let name = name.to_string();
    let done = Closure::once_into_js(
        move |blob: JsValue| match blob.dyn_into::<web_sys::Blob>() {
            Ok(blob) => {
                if save_blob(&blob, &name).is_err() {
                    onerror();
                }
            }
            Err(_) => onerror(),
        },
    );
    canvas.to_blob_with_type(done.unchecked_ref(), "image/png")
}

/// Whether this browser can put an image on the clipboard (`navigator.clipboard` and `ClipboardItem`, in a
/// secure context).
pub fn can_copy_images() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let has = |target: &JsValue, key: &str| {
        js_sys::Reflect::get(target, &JsValue::from_str(key))
            .map(|v| !v.is_undefined() && !v.is_null())
            .unwrap_or(false)
    };
    window.is_secure_context()
        && has(&window, "ClipboardItem")
        && has(&window.navigator(), "clipboard")
}

/// Copies the chart as a PNG (2x, the shape's size) to the clipboard; `done` gets whether the browser took it.
/// The clipboard item is made at once (inside the click) with a promise of the image, as Safari requires.
pub fn copy_png(
    spec: &ChartSpec,
    text: &ChartText,
    shape: SlideShape,
    done: impl FnOnce(bool) + 'static,
) -> Result<(), JsValue> {
    let canvas = png_canvas(spec, text, shape)?;
    let image = js_sys::Promise::new(&mut |resolve: js_sys::Function, reject: js_sys::Function| {
        let on_blob = Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_instance_of::<web_sys::Blob>() {
                resolve.call1(&JsValue::NULL, &blob)
            } else {
                reject.call1(&JsValue::NULL, &JsValue::from_str("no image"))
            };
        });
        let _ = canvas.to_blob_with_type(on_blob.unchecked_ref(), "image/png");
    });
    let record = js_sys::Object::new();
    js_sys::Reflect::set(&record, &JsValue::from_str("image/png"), &image)?;
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record)?;
    let clipboard = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .navigator()
        .clipboard();
    let written = clipboard.write(&js_sys::Array::of1(&item));
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
    });
    Ok(())
}

/// Props of [`DownloadButtons`].
#[derive(yew::Properties, PartialEq)]
pub struct DownloadButtonsProps {
    /// The chart.
    pub spec: std::rc::Rc<ChartSpec>,
    /// The words drawn in the files (title and footer).
    pub text: std::rc::Rc<ChartText>,
    /// The chart's title (for the buttons' accessible names).
    pub title: yew::AttrValue,
    /// The file name without extension.
    pub file_base: yew::AttrValue,
}

/// The PNG and SVG (16:9) download buttons of a chart that is not one of the results' figures (the compare
/// page's), with an error line when a file cannot be made (or an SVG is saved without its font).
#[yew::function_component(DownloadButtons)]
pub fn download_buttons(props: &DownloadButtonsProps) -> yew::Html {
    use yew::prelude::*;
    let s = crate::hooks::use_strings();
    let r = &s.results();
    let problem = use_state(|| None::<FileProblem>);
    let button = |ext: &'static str, visible: &'static str| {
        let spec = props.spec.clone();
        let text = props.text.clone();
        let name = format!("{}.{ext}", props.file_base);
        let problem = problem.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            problem.set(None);
            let shape = SlideShape::default();
            let report = {
                let problem = problem.clone();
                move |p: FileProblem| problem.set(Some(p))
            };
            let result = if ext == "png" {
                download_png(&spec, &text, shape, &name, move || {
                    report(FileProblem::NotSaved)
                })
            } else {
                download_svg(&spec, &text, shape, &name, report)
            };
            if result.is_err() {
                problem.set(Some(FileProblem::NotSaved));
            }
        });
        html! {
            <button type="button" class="btn btn-outline-primary btn-sm" data-download={ext}
                    aria-label={crate::i18n::fill(r.download_label, &[&props.title, &visible])}
                    {onclick}>
                { visible }
            </button>
        }
    };
    html! {
        <>
            <div class="toolbar no-print mt-2">
                { button("png", r.download_png) }
                { button("svg", r.download_svg) }
            </div>
            if let Some(p) = *problem {
                <p class="invalid-feedback" role="alert">{ match p {
                    FileProblem::NotSaved => r.download_error,
                    FileProblem::SavedWithoutFont => r.download_svg_no_font,
                } }</p>
            }
        </>
    }
}
