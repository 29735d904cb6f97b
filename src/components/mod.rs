//! Reusable components.

pub mod chart_canvas;
pub mod layout;
pub mod notices;
pub mod results;
