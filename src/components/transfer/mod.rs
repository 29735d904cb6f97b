//! Taking results out and bringing them in: export buttons (answers file, scores CSV), the share-link button,
//! the import of an answers file with its preview dialog, the merge of a colleague's file into the open assessment
//! and the export of one section for a colleague, and the read-only results summary of a shared link.
//! Each is a small component that finds what it needs in the store, so other pages can drop them in:
//!
//! ```ignore
//! <ExportAnswersButton assessment_id={id.clone()} />
//! <ExportCsvButton assessment_id={id.clone()} />
//! <ShareLinkButton assessment_id={id} />
//! <ImportAnswers />
//! <MergeColleagueFile />
//! <ExportSection />
//! ```

pub mod answers_file_field;
mod dialog;
pub mod export_buttons;
pub mod import;
pub mod merge_file;
pub mod section_export;
pub mod share_button;
pub mod summary;

pub use export_buttons::{ExportAnswersButton, ExportCsvButton};
pub use import::ImportAnswers;
pub use merge_file::MergeColleagueFile;
pub use section_export::ExportSection;
pub use share_button::ShareLinkButton;
pub use summary::ResultsSummary;

use wasm_bindgen::JsCast;
use yew::Callback;

use crate::i18n::strings;
use crate::model::answers_file::{self, FormatError, FormatErrorKind, MAX_INPUT_BYTES};
use crate::model::{Answers, Lang};
use crate::services::download::{chosen_files, read_text, ReadError};

/// Why a chosen file was not taken in.
#[derive(Clone, Debug, PartialEq)]
pub enum FileProblem {
    /// It could not be read as UTF-8 text.
    Read(ReadError),
    /// It is not a valid answers file.
    Format(FormatError),
}

impl FileProblem {
    /// The message in `lang`: the parser's (which names the field) or the reason the file could not be read.
    pub fn message(&self, lang: Lang) -> String {
        let t = &strings(lang).transfer();
        match self {
            FileProblem::Format(e) => e.message(lang),
            FileProblem::Read(ReadError::TooLarge { bytes }) => FormatError {
                path: String::new(),
                kind: FormatErrorKind::TooLarge {
                    bytes: *bytes,
                    max: MAX_INPUT_BYTES,
                },
            }
            .message(lang),
            FileProblem::Read(ReadError::NotUtf8) => t.import_not_utf8.to_string(),
            FileProblem::Read(ReadError::Failed) => t.import_read_failed.to_string(),
        }
    }
}

/// The answers in a file that was read (or the reason there are none).
pub fn answers_of(read: Result<String, ReadError>) -> Result<Answers, FileProblem> {
    let text = read.map_err(FileProblem::Read)?;
    answers_file::parse(&text).map_err(FileProblem::Format)
}

/// The files chosen in the file field that sent `e` (none when it is not one), the field emptied so that
/// choosing the same file again works again.
pub fn take_chosen_files(e: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let chosen = chosen_files(&input);
    input.set_value("");
    chosen
}

/// Reads `file` (at most [`MAX_INPUT_BYTES`]) as an answers file; `on_done` gets the file's name and the answers
/// (or the reason there are none).
pub fn read_answers(
    file: &web_sys::File,
    on_done: impl Fn(String, Result<Answers, FileProblem>) + 'static,
) {
    let name = file.name();
    read_text(
        file,
        MAX_INPUT_BYTES,
        Callback::from(move |read| on_done(name.clone(), answers_of(read))),
    );
}

/// Whether the viewport is narrow (under 576 CSS pixels, phones), following resizes: charts are drawn taller
/// there so that their labels stay legible.
#[yew::hook]
pub fn use_narrow() -> bool {
    let narrow = yew::use_state_eq(is_narrow);
    {
        let narrow = narrow.clone();
        yew::use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "resize", move |_| narrow.set(is_narrow()))
            });
            move || drop(listener)
        });
    }
    *narrow
}

fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 576.0)
}
