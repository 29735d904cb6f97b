//! Every route of the web app, in one table, and which of the two wasm modules serves it: the full one serves every
//! route; the light one (start page, questionnaire, accessibility statement) is what a first visit runs when the
//! browser asks to save data, and it brings in the full one (results, charts, files, saved assessments, comparison,
//! method, report, share links, embeds) when a route needs it.
//!
//! The table is the only list of routes. On wasm32 (and natively with the `prerender` feature) it is the `Route`
//! enum of the router (`crate::app::Route`), whose [`Route::module`] the light app's switch follows; everywhere it is
//! [`ROUTES`], from which the `care-routes` tool prints [`full_app_segments`], the list the boot script written by
//! `scripts/postbuild.mjs` reads to load the full module straight away when a page is opened on one of its routes
//! (a share link, an embed).

/// Which wasm module renders a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    /// The light module of a first visit (`care-web`); the full module renders these routes too.
    Core,
    /// The full module only (`care-full`): the light one shows a loader that brings it in.
    Full,
}

/// Writes the route table twice from one list: the router's `Route` enum (wasm32 only, where yew-router is) and
/// [`ROUTES`]. A row is `Module "pattern" => Variant` or `Module "pattern" => Variant { field, .. }` (every field
/// is a `String` path parameter), after its doc comment and, for the fallback, `#[not_found]`.
macro_rules! route_table {
    ($(
        $(#[$attr:meta])*
        $module:ident $path:tt => $variant:ident $({ $($field:ident),+ })?,
    )+) => {
        /// Every page of the app. Hash routes, so that `dist/` works from any static host and sub-path.
        #[cfg(any(target_arch = "wasm32", feature = "prerender"))]
        #[derive(Clone, PartialEq, Debug, yew_router::Routable)]
        pub enum Route {
            $(
                $(#[$attr])*
                #[at($path)]
                $variant $({ $($field: String),+ })?,
            )+
        }

        #[cfg(any(target_arch = "wasm32", feature = "prerender"))]
        impl Route {
            /// The module that serves this route.
            pub fn module(&self) -> Module {
                match self {
                    $(Route::$variant { .. } => Module::$module,)+
                }
            }
        }

        /// Every route's path pattern (yew-router syntax: `:name` one segment, `*name` the rest) and its module,
        /// in the order the router tries them.
        pub const ROUTES: &[(&str, Module)] = &[$(($path, Module::$module),)+];
    };
}

route_table! {
    /// What Ca.Re measures, and the way in.
    Core "/" => Start,
    /// The questionnaire at the step the current assessment is on.
    Core "/questionario" => Questionnaire,
    /// The questionnaire at a given step (`comune`, `servizi`, `pa-digitale`, `apertura`, `revisione`).
    Core "/questionario/:step" => QuestionnaireStep { step },
    /// The results of the current assessment.
    Full "/risultati" => Results,
    /// The saved assessments.
    Full "/valutazioni" => Assessments,
    /// Several comuni side by side.
    Full "/confronta" => Compare,
    /// Import and export of answers files, CSV and share links.
    Full "/file" => Files,
    /// The read-only results of a share link; `data` is the payload (see `crate::share`).
    Full "/condivisa/*data" => Shared { data },
    /// A share link cut right after its route: shown as an incomplete link.
    Full "/condivisa" => SharedEmpty,
    /// How the scores are computed, from the model data.
    Full "/metodo" => Method,
    /// The print view of the current assessment's report.
    Full "/rapporto" => Report,
    /// The accessibility statement.
    Core "/accessibilita" => Accessibility,
    /// One assessment's results card or chart alone, for another site's iframe (see `crate::embed`): `theme` is
    /// `chiaro` or `presentazione`, `view` is `scheda` or a chart's stem, `data` the share payload.
    Full "/embed/:theme/:view/*data" => Embed { theme, view, data },
    /// An embed address cut before its payload: shown as an incomplete address.
    Full "/embed/*rest" => EmbedIncomplete { rest },
    /// An embed address with nothing after `embed` (`#/embed`, `#/embed/`): shown as an incomplete address.
    Full "/embed" => EmbedEmpty,
    /// The history of the open assessment's comune: its assessments over the years and what changed.
    Full "/storico" => History,
    /// The history of the comune of the saved assessment `id`.
    Full "/storico/:id" => HistoryOf { id },
    /// Anything else.
    #[not_found]
    Core "/404" => NotFound,
}

/// The first path segment of a route pattern or of a hash route (`#/risultati`, `/embed/chiaro/…`, `rapporto?x`).
pub fn first_segment(path: &str) -> &str {
    path.trim_start_matches('#')
        .trim_start_matches('/')
        .split(['/', '?'])
        .next()
        .unwrap_or("")
}

/// The first path segments of the routes that only the full app serves, in table order, each once: what the boot
/// script matches a page's address against.
pub fn full_app_segments() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for (path, module) in ROUTES {
        let first = first_segment(path);
        if *module == Module::Full && !out.contains(&first) {
            out.push(first);
        }
    }
    out
}

/// Whether the route at `path` (a hash route such as `/risultati` or `/embed/chiaro/scheda/…`) needs the full app.
pub fn needs_full_app(path: &str) -> bool {
    full_app_segments().contains(&first_segment(path))
}

/// The build id of a release's `index.html` (its `<meta name="care-build" content="…">`, written by the post-build
/// step): two pages with different ids run different releases, whose module files differ (a page of an older
/// release cannot load the full module of its own release any more once a newer one replaced it).
pub fn build_id_in(index_html: &str) -> Option<&str> {
    const META: &str = "<meta name=\"care-build\" content=\"";
    let rest = &index_html[index_html.find(META)? + META.len()..];
    let id = &rest[..rest.find('"')?];
    (!id.is_empty()).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_id_is_read_from_the_index_page() {
        let html = "<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"care-build\" content=\"0123abcd\">\n</head>";
        assert_eq!(build_id_in(html), Some("0123abcd"));
        assert_eq!(build_id_in("<head></head>"), None);
        assert_eq!(build_id_in("<meta name=\"care-build\" content=\"\">"), None);
        assert_eq!(build_id_in("<meta name=\"care-build\" content=\"abc"), None);
    }

    #[test]
    fn routes_of_the_full_app() {
        for path in [
            "/risultati",
            "#/risultati",
            "/condivisa/1.abc",
            "/condivisa",
            "/embed/chiaro/scheda/1.x",
            "/embed",
            "#/embed/",
            "/file",
            "/metodo",
            "/rapporto",
            "/confronta",
            "/valutazioni",
            "/storico",
            "#/storico/a1",
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

    /// The boot script chooses the module by the first segment alone: no segment may lead to both.
    #[test]
    fn no_first_segment_is_served_by_both_modules() {
        for (path, module) in ROUTES {
            assert_eq!(
                needs_full_app(path),
                *module == Module::Full,
                "{path} is a {module:?} route"
            );
        }
    }
}
