//! The web app.
pub fn start() {}
