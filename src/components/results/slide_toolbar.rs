//! The download toolbar of a chart, for slides: PNG, SVG and (where the browser allows it) "copy the image",
//! with the options in a disclosure: the slide's shape (16:9 by default, 4:3, 1:1) as native radios, and the
//! title and subtitle drawn in the image, which the user may edit before downloading. The images are drawn by
//! [`super::download`] at the sizes of [`SlideShape`].

use std::rc::Rc;

use yew::prelude::*;

use super::download::{can_copy_images, copy_png, download_png, download_svg, FileProblem};
use crate::charts::ChartText;
use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::model::Answers;
use crate::report::charts::{slide_file_name, slide_text, Figure, SlideShape};
use crate::report::AssessmentDate;

/// Props of [`SlideToolbar`].
#[derive(Properties, PartialEq)]
pub struct SlideToolbarProps {
    /// The chart.
    pub figure: Rc<Figure>,
    /// The words drawn in downloads (title and footer).
    pub export_text: Rc<ChartText>,
    /// The answers (for the file names).
    pub answers: Rc<Answers>,
    /// The assessment's date (file names).
    pub date: Option<AssessmentDate>,
}

/// What the last action did, for the status line.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    None,
    Failed,
    SavedWithoutFont,
    Copied,
    CopyRefused,
}

/// The toolbar.
#[function_component(SlideToolbar)]
pub fn slide_toolbar(props: &SlideToolbarProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let f = &props.figure;
    let shape = use_state(SlideShape::default);
    let title = use_state(|| f.title.clone());
    let subtitle = use_state(String::new);
    let outcome = use_state(|| Outcome::None);
    let can_copy = use_memo((), |_| can_copy_images());
    let id = format!("fig-{}", f.kind.stem());

    let text = Rc::new(slide_text(&props.export_text, f.kind, &title, &subtitle));
    let act = |what: &'static str| {
        let spec = f.spec.clone();
        let text = text.clone();
        let shape = *shape;
        let name = slide_file_name(&props.answers, props.date, f.kind, shape, what);
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            outcome.set(Outcome::None);
            let failed = {
                let outcome = outcome.clone();
                move || outcome.set(Outcome::Failed)
            };
            let result = match what {
                "png" => download_png(&spec, &text, shape, &name, failed),
                "svg" => {
                    let outcome = outcome.clone();
                    download_svg(&spec, &text, shape, &name, move |problem| {
                        outcome.set(match problem {
                            FileProblem::SavedWithoutFont => Outcome::SavedWithoutFont,
                            FileProblem::NotSaved => Outcome::Failed,
                        })
                    })
                }
                _ => {
                    let outcome = outcome.clone();
                    copy_png(&spec, &text, shape, move |ok| {
                        outcome.set(if ok {
                            Outcome::Copied
                        } else {
                            Outcome::CopyRefused
                        })
                    })
                }
            };
            if result.is_err() {
                outcome.set(Outcome::Failed);
            }
        })
    };
    let button = |ext: &'static str, visible: &'static str| {
        html! {
            <button type="button" class="btn btn-outline-primary btn-sm" data-download={ext}
                    aria-label={fill(r.download_label, &[&f.title, &visible])} onclick={act(ext)}>
                { visible }
            </button>
        }
    };
    let radios = SlideShape::ALL.into_iter().map(|option| {
        let shape = shape.clone();
        let (w, h) = option.size();
        html! {
            <label class="segmented-option">
                <input type="radio" name={format!("{id}-shape")} value={option.slug()}
                       checked={*shape == option}
                       onchange={Callback::from(move |_: Event| shape.set(option))} />
                <span>{ option.ratio() }<small>{ format!("{} × {}", 2 * w, 2 * h) }</small></span>
            </label>
        }
    });
    let status = match *outcome {
        Outcome::None => None,
        Outcome::Failed => Some(("invalid-feedback", r.download_error)),
        Outcome::SavedWithoutFont => Some(("invalid-feedback", r.download_svg_no_font)),
        Outcome::Copied => Some(("status-ok", r.copy_image_done)),
        Outcome::CopyRefused => Some(("invalid-feedback", r.copy_image_refused)),
    };

    html! {
        <div class="slide-toolbar no-print mt-2">
            <div class="toolbar">
                { button("png", r.download_png) }
                { button("svg", r.download_svg) }
                if *can_copy {
                    <button type="button" class="btn btn-outline-primary btn-sm" data-copy="png"
                            aria-label={fill(r.copy_image_label, &[&f.title])} onclick={act("copy")}>
                        { r.copy_image }
                    </button>
                }
            </div>
            <p class="small mb-0" role="status">
                if let Some((class, message)) = status {
                    <span class={class}>{ message }</span>
                }
            </p>
            <details class="slide-options">
                <summary>{ r.slide_options }</summary>
                <fieldset class="plain mt-2">
                    <legend>{ r.slide_shape }</legend>
                    <div class="segmented slide-shapes">{ for radios }</div>
                </fieldset>
                { text_field(format!("{id}-title-input"), r.slide_title, &title, "140") }
                { text_field(format!("{id}-subtitle-input"), r.slide_subtitle, &subtitle, "200") }
            </details>
        </div>
    }
}

/// A line of text of the slide (its title, its subtitle): label and input, which keeps `state` as typed.
fn text_field(
    input_id: String,
    label: &'static str,
    state: &UseStateHandle<String>,
    maxlength: &'static str,
) -> Html {
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                state.set(input.value());
            }
        })
    };
    html! {
        <div class="form-group mb-2">
            <label for={input_id.clone()}>{ label }</label>
            <input type="text" class="form-control" id={input_id} value={(**state).clone()} {maxlength} {oninput} />
        </div>
    }
}
