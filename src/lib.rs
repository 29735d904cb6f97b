//! Ca.Re self-assessment: the pure model, the chart drawing, the strings and the app state (all native and
//! tested with `cargo test`), and on wasm32 the yew web app that puts them in the browser.

pub mod charts;
pub mod embed;
pub mod i18n;
pub mod model;
pub mod report;
pub mod routes;
pub mod share;
pub mod store;
pub mod transfer;

/// The native `care` command-line tool.
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod services;
