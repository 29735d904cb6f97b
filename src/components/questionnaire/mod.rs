//! The pieces of the questionnaire: stepper, progress bar, service rows with their level radios and help,
//! radio groups and checked text fields, the live score panel, the review list, and the live announcer.
//! Each takes what it shows as props and reports changes as [`crate::store::Edit`]s through `onedit`.

pub mod announcer;
pub mod choice_group;
pub mod choice_question;
pub mod date_and_respondents;
pub mod evidence_field;
pub mod focus;
pub mod progress;
pub mod review_list;
pub mod score_panel;
pub mod service_row;
pub mod stepper;
pub mod text_field;

pub use announcer::Announcer;
pub use choice_group::{ChoiceGroup, ChoiceOption};
pub use date_and_respondents::DateAndRespondents;
pub use evidence_field::{evidence_for, EvidenceField, EvidenceLink};
pub use progress::QuestionnaireProgress;
pub use review_list::ReviewList;
pub use score_panel::ScorePanel;
pub use service_row::ServiceRow;
pub use stepper::Stepper;
pub use text_field::{FieldKind, TextField};

use crate::i18n::assessments::DateParts;

/// The local date and time of a moment (milliseconds since the epoch), from the browser's clock and time zone.
pub fn local_date(ms: f64) -> DateParts {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    DateParts {
        year: d.get_full_year(),
        month: d.get_month() + 1,
        day: d.get_date(),
        hour: d.get_hours(),
        minute: d.get_minutes(),
    }
}
