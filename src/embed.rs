//! The embed mode: one assessment's results card or one of its charts, alone, in another site's `<iframe>`.
//!
//! An embed address is `<app address>#/embed/<theme>/<view>/<payload>`:
//!
//! - `theme` is [`EmbedTheme`]: `chiaro` (light) or `presentazione` (large type for a projector);
//! - `view` is [`EmbedView`]: `scheda` (the results card) or a chart by its
//!   [`ChartKind::stem`] (`subindici`, `radar`, `servizi`, `indice`, `confronto`, `distribuzione`);
//! - `payload` is the share-link payload of [`crate::share`] (the answers, in the fragment: never sent to a server).
//!
//! The framed page reports its height to the host page with `postMessage({type: "care-embed-height", height,
//! view}, "*")` ([`HEIGHT_MESSAGE`]); the snippet made by [`snippet`] listens for it and resizes its iframe. This
//! module is pure (no browser): parsing the route's segments and writing the snippet.

use crate::i18n::{fill, strings};
use crate::model::{Answers, Lang};
use crate::report::charts::ChartKind;
use crate::report::escape::escape;
use crate::share;

/// The route prefix of an embed address inside the fragment.
pub const ROUTE_PREFIX: &str = "#/embed/";
/// The `type` of the height message the framed page posts to its parent.
pub const HEIGHT_MESSAGE: &str = "care-embed-height";

/// How the embedded results look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmbedTheme {
    /// The app's light look (`chiaro`).
    Light,
    /// Large type for a projector (`presentazione`, `body.theme-presentation`).
    Presentation,
}

impl EmbedTheme {
    /// Both themes, in the order of the select.
    pub const ALL: [EmbedTheme; 2] = [EmbedTheme::Light, EmbedTheme::Presentation];

    /// The route segment.
    pub fn slug(self) -> &'static str {
        match self {
            EmbedTheme::Light => "chiaro",
            EmbedTheme::Presentation => "presentazione",
        }
    }

    /// The theme of a route segment.
    pub fn parse(slug: &str) -> Option<EmbedTheme> {
        Self::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// The localised name (the select's option).
    pub fn name(self, lang: Lang) -> &'static str {
        let e = &strings(lang).embed();
        match self {
            EmbedTheme::Light => e.theme_light,
            EmbedTheme::Presentation => e.theme_presentation,
        }
    }
}

/// What is embedded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmbedView {
    /// The results card (`scheda`).
    Card,
    /// One chart.
    Chart(ChartKind),
}

impl EmbedView {
    /// Every view: the card, then the charts in page order.
    pub fn all() -> Vec<EmbedView> {
        std::iter::once(EmbedView::Card)
            .chain(ChartKind::ALL.into_iter().map(EmbedView::Chart))
            .collect()
    }

    /// The route segment: `scheda` or the chart's stem.
    pub fn slug(self) -> &'static str {
        match self {
            EmbedView::Card => "scheda",
            EmbedView::Chart(kind) => kind.stem(),
        }
    }

    /// The view of a route segment.
    pub fn parse(slug: &str) -> Option<EmbedView> {
        Self::all().into_iter().find(|v| v.slug() == slug)
    }

    /// The localised name (the select's option): "Scheda dei risultati" or the chart's title.
    pub fn name(self, lang: Lang) -> &'static str {
        let s = strings(lang);
        let r = &s.results();
        match self {
            EmbedView::Card => s.embed().view_card,
            EmbedView::Chart(ChartKind::Subindices) => r.t_subindices,
            EmbedView::Chart(ChartKind::Radar) => r.t_radar,
            EmbedView::Chart(ChartKind::Services) => r.t_services,
            EmbedView::Chart(ChartKind::Composite) => r.t_composite,
            EmbedView::Chart(ChartKind::Benchmark) => r.t_benchmark,
            EmbedView::Chart(ChartKind::Distribution) => r.t_distribution,
        }
    }

    /// The iframe's height in the snippet before the first height message (CSS pixels, for a frame about 700
    /// pixels wide; the script then sets the real one).
    pub fn default_height(self, theme: EmbedTheme) -> u32 {
        let base = match self {
            EmbedView::Card => 520,
            EmbedView::Chart(ChartKind::Services) => 720,
            EmbedView::Chart(_) => 640,
        };
        match theme {
            EmbedTheme::Light => base,
            EmbedTheme::Presentation => base * 4 / 3,
        }
    }
}

/// Why an embed address cannot be shown (the payload's own errors are [`share::ShareError`]).
#[derive(Clone, Debug, PartialEq)]
pub enum EmbedError {
    /// The theme segment is not one of [`EmbedTheme::ALL`].
    UnknownTheme(String),
    /// The view segment is not one of [`EmbedView::all`].
    UnknownView(String),
    /// The address stops before the payload.
    Incomplete,
    /// The payload cannot be read.
    Payload(share::ShareError),
}

impl EmbedError {
    /// The message for the user in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let e = &strings(lang).embed();
        let list = |slugs: Vec<&str>| {
            slugs
                .iter()
                .map(|s| format!("«{s}»"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            EmbedError::UnknownTheme(t) => fill(
                e.unknown_theme,
                &[
                    &shorten(t),
                    &list(EmbedTheme::ALL.iter().map(|t| t.slug()).collect()),
                ],
            ),
            EmbedError::UnknownView(v) => fill(
                e.unknown_view,
                &[
                    &shorten(v),
                    &list(EmbedView::all().iter().map(|v| v.slug()).collect()),
                ],
            ),
            EmbedError::Incomplete => e.incomplete.to_string(),
            EmbedError::Payload(p) => p.message(lang),
        }
    }
}

/// A segment as quoted in a message: at most 40 characters.
fn shorten(s: &str) -> String {
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Reads the three segments of an embed route: theme, view, then the answers (checked in that order).
pub fn parse(
    theme: &str,
    view: &str,
    payload: &str,
) -> Result<(EmbedTheme, EmbedView, Answers), EmbedError> {
    let theme = EmbedTheme::parse(theme).ok_or_else(|| EmbedError::UnknownTheme(theme.into()))?;
    let view = EmbedView::parse(view).ok_or_else(|| EmbedError::UnknownView(view.into()))?;
    let answers = share::decode(payload).map_err(EmbedError::Payload)?;
    Ok((theme, view, answers))
}

/// The fragment of an embed address (`#/embed/<theme>/<view>/<payload>`).
pub fn fragment(theme: EmbedTheme, view: EmbedView, payload: &str) -> String {
    format!("{ROUTE_PREFIX}{}/{}/{payload}", theme.slug(), view.slug())
}

/// The whole embed address: `base` (the app's address; any fragment is dropped) and the fragment.
pub fn address(base: &str, theme: EmbedTheme, view: EmbedView, answers: &Answers) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}{}", fragment(theme, view, &share::encode(answers)))
}

/// A short, stable id for the snippet's iframe (FNV-1a of its address), so that several embeds on one host page
/// each resize their own frame.
fn frame_id(view: EmbedView, src: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in src.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("care-embed-{}-{h:08x}", view.slug())
}

/// The HTML to paste into a host page: the iframe (with a `title` naming the comune and year) and a small script
/// that sets the iframe's height from the app's [`HEIGHT_MESSAGE`]s, only those from that iframe.
pub fn snippet(
    base: &str,
    theme: EmbedTheme,
    view: EmbedView,
    answers: &Answers,
    lang: Lang,
) -> String {
    let src = address(base, theme, view, answers);
    let id = frame_id(view, &src);
    let name = crate::report::charts::comune_name(answers, lang);
    let year = answers
        .comune
        .year
        .map(|y| y.to_string())
        .unwrap_or_else(|| strings(lang).embed().no_year.to_string());
    let title = fill(strings(lang).embed().frame_title, &[&name, &year]);
    format!(
        "<iframe id=\"{id}\" src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" style=\"border:0\" \
         loading=\"lazy\"></iframe>\n\
         <script>(function(){{var f=document.getElementById(\"{id}\");window.addEventListener(\"message\",\
         function(e){{var d=e.data;if(f&&e.source===f.contentWindow&&d&&d.type===\"{HEIGHT_MESSAGE}\"&&\
         d.height>0){{f.style.height=Math.ceil(d.height)+\"px\";}}}});}})();</script>",
        src = escape(&src),
        title = escape(&title),
        height = view.default_height(theme),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(name: &str) -> Answers {
        let text = include_str!("../assets/examples/small-comune.json");
        let mut a = crate::model::answers_file::parse(text).unwrap();
        a.comune.name = name.to_string();
        a
    }

    #[test]
    fn every_view_and_theme_round_trips_through_its_slug() {
        for v in EmbedView::all() {
            assert_eq!(EmbedView::parse(v.slug()), Some(v));
        }
        for t in EmbedTheme::ALL {
            assert_eq!(EmbedTheme::parse(t.slug()), Some(t));
        }
        assert_eq!(EmbedView::all().len(), 7);
        assert_eq!(EmbedView::parse("grafico"), None);
        assert_eq!(EmbedTheme::parse("scuro"), None);
    }

    #[test]
    fn parse_reads_an_address_made_by_fragment() {
        let a = answers("Comune di Prova");
        let f = fragment(
            EmbedTheme::Presentation,
            EmbedView::Chart(ChartKind::Radar),
            &share::encode(&a),
        );
        let rest = f.strip_prefix(ROUTE_PREFIX).unwrap();
        let mut parts = rest.splitn(3, '/');
        let (t, v, p) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let (theme, view, back) = parse(t, v, p).unwrap();
        assert_eq!(theme, EmbedTheme::Presentation);
        assert_eq!(view, EmbedView::Chart(ChartKind::Radar));
        assert_eq!(back, a);
    }

    #[test]
    fn errors_say_what_is_wrong_in_both_languages() {
        let e = parse("scuro", "scheda", "1.x").unwrap_err();
        assert_eq!(e, EmbedError::UnknownTheme("scuro".into()));
        assert!(e.message(Lang::It).contains("«scuro»"));
        assert!(e.message(Lang::It).contains("«presentazione»"));
        assert!(e.message(Lang::En).starts_with("There is no theme"));
        let e = parse("chiaro", "torta", "1.x").unwrap_err();
        assert!(
            e.message(Lang::It).contains("«torta»")
                && e.message(Lang::It).contains("«distribuzione»")
        );
        let e = parse("chiaro", "scheda", "1.garbled").unwrap_err();
        assert!(matches!(e, EmbedError::Payload(_)));
        assert_eq!(
            e.message(Lang::It),
            share::decode("1.garbled").unwrap_err().message(Lang::It)
        );
        assert!(EmbedError::Incomplete
            .message(Lang::En)
            .contains("#/embed/<theme>/<view>/<data>"));
        assert!(shorten(&"x".repeat(100)).chars().count() == 41);
    }

    #[test]
    fn the_snippet_escapes_the_comune_and_carries_the_address() {
        let a = answers("Comune di \"Sant'Agata\" <b>&</b>");
        let s = snippet(
            "https://example.org/care/index.html#/risultati",
            EmbedTheme::Light,
            EmbedView::Card,
            &a,
            Lang::It,
        );
        assert!(
            s.contains(
                "title=\"Ca.Re — Comune di &quot;Sant&#39;Agata&quot; &lt;b&gt;&amp;&lt;/b&gt; 2026\""
            ),
            "{s}"
        );
        assert!(!s.contains("<b>"), "{s}");
        let src = format!(
            "src=\"https://example.org/care/index.html#/embed/chiaro/scheda/{}\"",
            share::encode(&a)
        );
        assert!(s.contains(&src), "{s}");
        assert!(s.contains("height=\"520\"") && s.contains("loading=\"lazy\""));
        assert!(s.contains("style=\"border:0\"") && s.contains("width=\"100%\""));
        assert!(s.contains("e.source===f.contentWindow"));
        assert!(s.contains("\"care-embed-height\""));
        // The id in the iframe is the one the script looks up.
        let id = s.split("id=\"").nth(1).unwrap().split('"').next().unwrap();
        assert!(s.contains(&format!("getElementById(\"{id}\")")));
        // A different chart gets a different frame id.
        let other = snippet(
            "https://example.org/care/",
            EmbedTheme::Presentation,
            EmbedView::Chart(ChartKind::Services),
            &a,
            Lang::En,
        );
        assert!(!other.contains(id));
        assert!(other.contains("height=\"960\""));
    }
}
