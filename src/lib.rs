//! Ca.Re self-assessment: the pure model, the chart drawing, the strings and the app state (all native and
//! tested with `cargo test`), and on wasm32 the yew web app that puts them in the browser (natively too with the
//! `prerender` feature, for the build step that renders the start page to HTML: `src/bin/care-prerender.rs`).

pub mod charts;
pub mod embed;
pub mod i18n;
pub mod model;
pub mod report;
pub mod routes;
pub mod share;
pub mod sort;
pub mod sorted_map;
pub mod store;
pub mod transfer;

/// The native `care` command-line tool.
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod hooks;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod pages;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod services;
