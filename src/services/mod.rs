//! Browser services: storage, document, time.

pub mod dom;
pub mod download;
pub mod handover;
pub mod storage;
