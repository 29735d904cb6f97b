//! Results and reports, as pure Rust shared by the web app and the `care report` command: the charts of a
//! result as data (specs, localised chart text, captions, text alternatives, data tables, file names), the class
//! and why in words, the improvement plan (the smallest raises of the answers that reach the next class, and the
//! single raises that gain the most, with their PNRR measure), the method page's data from the edition, and the
//! report as HTML (a fragment for the print view, a self-contained document for `care report`).
//!
//! Nothing here touches the browser: everything is tested natively (`tests/report_*.rs`).

pub mod advice;
pub mod charts;
pub mod csv;
pub mod dates;
pub mod escape;
pub mod evidence;
pub mod explain;
pub mod file_names;
pub mod html;
pub mod method;
pub mod plan;
pub mod published;
pub mod score_details;
pub mod table;
pub mod whatif;

pub use charts::{ChartKind, Figure};
pub use dates::{assessment_date, AssessmentDate, Date};
pub use html::ReportInput;
