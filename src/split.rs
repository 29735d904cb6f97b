//! How the web app is split in two modules: a light one that a first visit loads (start page, questionnaire,
//! accessibility statement) and the full one (results, charts, files, saved assessments, comparison, method,
//! report, share links, embeds), loaded when a route needs it.
//!
//! The boot script written by `scripts/postbuild.mjs` reads the same list to load the full module straight away
//! when a page is opened on one of these routes (a share link, an embed); a test keeps the two lists equal.

/// The first path segments of the hash routes that only the full app serves.
pub const FULL_APP_SEGMENTS: &[&str] = &[
    "risultati",
    "valutazioni",
    "confronta",
    "file",
    "condivisa",
    "metodo",
    "rapporto",
    "embed",
];

/// Whether the route at `path` (a hash route such as `/risultati` or `/embed/chiaro/scheda/…`) needs the full app.
pub fn needs_full_app(path: &str) -> bool {
    let first = path
        .trim_start_matches('#')
        .trim_start_matches('/')
        .split(['/', '?'])
        .next()
        .unwrap_or("");
    FULL_APP_SEGMENTS.contains(&first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_of_the_full_app() {
        for path in [
            "/risultati",
            "#/risultati",
            "/condivisa/1.abc",
            "/condivisa",
            "/embed/chiaro/scheda/1.x",
            "/file",
            "/metodo",
            "/rapporto",
            "/confronta",
            "/valutazioni",
        ] {
            assert!(needs_full_app(path), "{path}");
        }
        for path in [
            "/",
            "",
            "/questionario",
            "/questionario/servizi",
            "/accessibilita",
            "/filex",
            "/404",
        ] {
            assert!(!needs_full_app(path), "{path}");
        }
    }
}
