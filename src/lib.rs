//! Ca.Re self-assessment: the pure model, the chart drawing, and (on wasm32) the web app.

pub mod charts;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod app;
