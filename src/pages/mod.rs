//! The pages, one per route.

pub mod accessibility;
pub mod assessments;
pub mod compare;
pub mod embed;
pub mod files;
pub mod full_app;
pub mod history;
pub mod method;
pub mod not_found;
pub mod questionnaire;
pub mod report;
pub mod results;
pub mod shared;
pub mod start;
