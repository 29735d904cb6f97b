//! The answers file v1 (`care-answers`): strict parsing with bilingual errors that name the field, and
//! pretty, stable serialisation.

/// What is wrong with an answers file.
#[derive(Clone, Debug, PartialEq)]
pub enum FormatErrorKind {
    /// The input is empty.
    Empty,
}

/// An error in an answers file: the field path (e.g. `services.imu.level`) and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatError {
    /// Dotted path of the field (empty for the whole file).
    pub path: String,
    /// What is wrong.
    pub kind: FormatErrorKind,
}
