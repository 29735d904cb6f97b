//! Browser services: storage, document, time.

pub mod dom;
pub mod storage;
