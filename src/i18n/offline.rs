//! Strings of the offline support: the banner that offers a new version of the app.

/// Offline and update strings.
#[derive(Debug)]
pub struct Offline {
    /// The banner's text when a new release has been downloaded and is ready.
    pub update_available: &'static str,
    /// The button that switches to the new release (reloads the page).
    pub update_reload: &'static str,
    /// Accessible name of the button that hides the banner until the next visit.
    pub update_later: &'static str,
}

/// Italian.
pub const IT: Offline = Offline {
    update_available: "È disponibile una nuova versione.",
    update_reload: "Ricarica",
    update_later: "Più tardi",
};

/// English.
pub const EN: Offline = Offline {
    update_available: "A new version is available.",
    update_reload: "Reload",
    update_later: "Later",
};
