//! Reusable components.

pub mod layout;
pub mod notices;
