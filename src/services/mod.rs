//! Browser services: storage, document, time, downloads, the app's own files (its font, its index page).

pub mod app_files;
pub mod dom;
pub mod download;
pub mod font_files;
pub mod handover;
pub mod storage;
