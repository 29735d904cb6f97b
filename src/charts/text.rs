//! Every user-visible string of the charts, supplied by the caller.
//!
//! The chart code never hard-codes words: the caller fills a [`ChartText`] in the user's language
//! (Italian or English) and passes it to every `draw_*` function. Free text (comune names) may
//! contain any character: the SVG backend escapes `<`, `>`, `&` and quotes, so it never becomes
//! markup.

use super::data::{ClassKind, Cutoffs};
use crate::model::{number, Lang};

/// The titles drawn at the top of each chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChartTitles {
    /// Title of the sub-indices bar chart.
    pub subindices: String,
    /// Title of the radar chart.
    pub radar: String,
    /// Title of the services matrix.
    pub services: String,
    /// Title of the composite scale.
    pub composite: String,
    /// Title of the benchmark chart.
    pub benchmark: String,
    /// Title of the class distribution chart.
    pub distribution: String,
    /// Title of the comparison chart.
    pub comparison: String,
    /// Title of the trend chart.
    pub trend: String,
}

/// All visible strings of the charts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChartText {
    /// Chart titles.
    pub titles: ChartTitles,
    /// Optional footer line, e.g. "Comune di Siena · 12/05/2025 · care-2021"
    /// (see [`footer_line`]). Drawn at the bottom left of every chart when set.
    pub footer: Option<String>,
    /// A subtitle drawn under the title (a slide download's, typed by the user), in muted type.
    pub subtitle: Option<String>,
    /// The mark of a provisional result, drawn under the title of every chart when set (e.g.
    /// "Provvisorio — 31 risposte mancanti").
    pub provisional: Option<String>,
    /// The user's comune as shown in the charts (benchmark highlight, class marker).
    pub comune: String,
    /// Short names of the sub-indices, in the order DPS, DPA, DO (e.g. "DPS").
    pub dimensions: [String; 3],
    /// Long names of the sub-indices, drawn under the short names when there is room
    /// (e.g. "Servizi pubblici digitali"); empty strings are skipped.
    pub dimensions_long: [String; 3],
    /// Name of the composite index (e.g. "Ca.Re").
    pub composite: String,
    /// Band names from low to high (e.g. "basso", "sufficiente", "elevato").
    pub bands: [String; 3],
    /// Class names in the order Blocchi, Stacco, Spinta (as [`ClassKind::index`]).
    pub classes: [String; 3],
    /// Label for a missing value (e.g. "n.d.").
    pub not_available: String,
    /// Prefix of a cut-off label, followed by the value (e.g. "soglia" gives "soglia 40").
    pub cutoff: String,
    /// Legend names of the service levels 0..=4 (e.g. "0 assente", "1 informazioni", ...).
    pub levels: [String; 5],
    /// Legend name of a service that is not the comune's competence.
    pub not_applicable: String,
    /// Short mark drawn in a not-applicable cell (e.g. "n.a.").
    pub not_applicable_short: String,
    /// Legend name of an unanswered service.
    pub unanswered: String,
    /// Short mark drawn in an unanswered cell (e.g. "?").
    pub unanswered_short: String,
    /// Badge letter for SPID access (e.g. "S").
    pub spid_badge: String,
    /// Badge letter for CIE access (e.g. "C").
    pub cie_badge: String,
    /// Legend text for the SPID badge (e.g. "accesso con SPID").
    pub spid_legend: String,
    /// Legend text for the CIE badge (e.g. "accesso con CIE").
    pub cie_legend: String,
    /// Optional explanatory note on the composite scale (e.g. that the class depends on the
    /// three bands, not on the composite alone).
    pub composite_note: Option<String>,
    /// Label for the number of comuni in a distribution row, with `{year}` and `{total}`
    /// placeholders (e.g. "{year} · {total} comuni").
    pub distribution_row: String,
    /// Use a decimal comma (Italian "62,3") instead of a decimal point.
    pub decimal_comma: bool,
}

impl ChartText {
    /// The localised name of a class.
    pub fn class_name(&self, class: ClassKind) -> &str {
        &self.classes[class.index()]
    }

    /// The names of the four series, in the order of the palette's series colours: DPS, DPA, DO and Ca.Re.
    pub(crate) fn series_names(&self) -> [&str; 4] {
        let [dps, dpa, do_] = &self.dimensions;
        [
            dps.as_str(),
            dpa.as_str(),
            do_.as_str(),
            self.composite.as_str(),
        ]
    }

    /// One cut-off named (`soglia 40`).
    pub(crate) fn cut_label(&self, v: f64) -> String {
        format!("{} {}", self.cutoff, self.fmt_cut(v))
    }

    /// Both cut-offs named in one legend entry (`soglia 40 / 60`).
    pub(crate) fn cutoffs_label(&self, cutoffs: &Cutoffs) -> String {
        format!(
            "{} / {}",
            self.cut_label(cutoffs.low),
            self.fmt_cut(cutoffs.high)
        )
    }

    /// The language whose decimal separator the charts use.
    fn number_lang(&self) -> Lang {
        if self.decimal_comma {
            Lang::It
        } else {
            Lang::En
        }
    }

    /// A score with one decimal (`62,3`), by [`crate::model::number::one_decimal`].
    pub fn fmt1(&self, v: f64) -> String {
        number::one_decimal(self.number_lang(), v)
    }

    /// A change with its sign and one decimal (`+3,2`), by [`crate::model::number::signed_change`].
    pub fn fmt_change(&self, delta: f64) -> String {
        number::signed_change(self.number_lang(), delta)
    }

    /// A cut-off, without decimals when whole (`40`), by [`crate::model::number::compact`].
    pub fn fmt_cut(&self, v: f64) -> String {
        number::compact(self.number_lang(), v)
    }

    /// A score rounded to a whole number (`62`), when one decimal does not fit.
    pub fn fmt_whole(&self, v: f64) -> String {
        number::fixed(self.number_lang(), v, 0)
    }

    /// A whole percentage (`45%`) of a share in percent, by [`crate::model::number::percent`].
    pub fn fmt_percent(&self, percent: f64) -> String {
        number::percent(self.number_lang(), percent)
    }
}

/// Joins the non-empty parts of a footer with " · ", e.g. `["Comune di Siena", "12/05/2025", "care-2021"]`.
pub fn footer_line(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}
