//! Chart downloads for slides: SVG from the SVG backend, PNG drawn at 2x (1600 x 900) with the canvas backend
//! on an offscreen canvas and read back with `toBlob`; both saved through a Blob, an object URL and a temporary
//! `<a download>`.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::{draw_chart, render_svg, ChartSpec, ChartText, Theme, DEFAULT_EXPORT_SCALE};
use crate::report::charts::EXPORT_SIZE;

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

/// The chart as an SVG document (16:9, 800 x 450) saved as `name`.
pub fn download_svg(spec: &ChartSpec, text: &ChartText, name: &str) -> Result<(), JsValue> {
    let svg = render_svg(
        &spec.as_chart(),
        text,
        &Theme::default(),
        EXPORT_SIZE.0,
        EXPORT_SIZE.1,
    )
    .map_err(|e| JsValue::from_str(&e.to_string()))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(&svg));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("image/svg+xml;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    save_blob(&blob, name)
}

/// The chart drawn at 2x on an offscreen canvas (1600 x 900) and saved as a PNG named `name`. `onerror` is
/// called if the browser cannot encode the image.
pub fn download_png(
    spec: &ChartSpec,
    text: &ChartText,
    name: &str,
    onerror: impl FnOnce() + 'static,
) -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    let scale = DEFAULT_EXPORT_SCALE;
    canvas.set_width((f64::from(EXPORT_SIZE.0) * scale).round() as u32);
    canvas.set_height((f64::from(EXPORT_SIZE.1) * scale).round() as u32);
    let theme = Theme::default().with_scale(scale);
    {
        let backend = CanvasBackend::with_canvas_object(canvas.clone())
            .ok_or_else(|| JsValue::from_str("no 2d context"))?;
        let root = backend.into_drawing_area();
        draw_chart(&root, &spec.as_chart(), text, &theme)
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
        root.present()
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
    }
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
