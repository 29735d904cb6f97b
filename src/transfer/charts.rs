//! The charts of the shared view and of the compare page: their localised words (from the string catalogues and,
//! through [`crate::report::charts::edition_text`], the model edition) and their data (with the cut-offs of
//! [`crate::report::charts::cutoffs`]).

use crate::charts::{ChartSpec, ChartText, ChartTitles};
use crate::i18n::strings;
use crate::model::{Edition, Lang, Scores};
use crate::report::charts::{cutoffs, dimensions, edition_text};

use super::compare::{benchmarks, Row};

/// The words of the sub-indices and comparison charts in `lang`.
pub fn chart_text(edition: &Edition, lang: Lang) -> ChartText {
    let s = strings(lang);
    ChartText {
        titles: ChartTitles {
            subindices: s.transfer().chart_title.to_string(),
            comparison: s.compare().chart_title.to_string(),
            ..ChartTitles::default()
        },
        dimensions_long: [
            s.start.dps_name.to_string(),
            s.start.dpa_name.to_string(),
            s.start.do_name.to_string(),
        ],
        not_available: s.transfer().not_available.to_string(),
        cutoff: s.transfer().cutoff.to_string(),
        unanswered: s.transfer().unanswered.to_string(),
        ..edition_text(edition, lang)
    }
}

/// The sub-indices bar chart of a set of scores.
pub fn subindices_spec(edition: &Edition, scores: &Scores) -> ChartSpec {
    ChartSpec::Subindices {
        dims: dimensions(scores),
        cutoffs: cutoffs(edition),
    }
}

/// The grouped bar chart of a comparison.
pub fn comparison_spec(edition: &Edition, rows: &[Row]) -> ChartSpec {
    ChartSpec::Comparison {
        comuni: benchmarks(rows),
        cutoffs: cutoffs(edition),
    }
}
