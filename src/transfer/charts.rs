//! The charts of the shared view and of the compare page: their localised words (from the string catalogues and
//! the model edition) and their data.

use crate::charts::{ChartSpec, ChartText, ChartTitles, Cutoffs, Dimensions};
use crate::i18n::strings;
use crate::model::{Edition, Lang, Scores};

use super::compare::{benchmarks, Row};

/// The band cut-offs of an edition.
pub fn cutoffs(edition: &Edition) -> Cutoffs {
    Cutoffs {
        low: edition.params.band_low_cut.value,
        high: edition.params.band_high_cut.value,
    }
}

/// The words of the sub-indices and comparison charts in `lang`.
pub fn chart_text(edition: &Edition, lang: Lang) -> ChartText {
    let s = strings(lang);
    let label = |id: &str| {
        edition
            .label_def(id)
            .map(|d| d.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let code = |id: &str| {
        edition
            .item(id)
            .map(|d| d.code.clone())
            .unwrap_or_else(|| id.to_uppercase())
    };
    ChartText {
        titles: ChartTitles {
            subindices: s.transfer.chart_title.to_string(),
            comparison: s.compare.chart_title.to_string(),
            ..ChartTitles::default()
        },
        footer: None,
        comune: String::new(),
        dimensions: [code("dps"), code("dpa"), code("do")],
        dimensions_long: [
            s.start.dps_name.to_string(),
            s.start.dpa_name.to_string(),
            s.start.do_name.to_string(),
        ],
        composite: code("care"),
        bands: [label("basso"), label("sufficiente"), label("elevato")],
        classes: [
            label("Blocchi di partenza"),
            label("Stacco"),
            label("Spinta"),
        ],
        not_available: s.transfer.not_available.to_string(),
        cutoff: s.transfer.cutoff.to_string(),
        unanswered: s.transfer.unanswered.to_string(),
        decimal_comma: lang == Lang::It,
        ..ChartText::default()
    }
}

/// The sub-indices bar chart of a set of scores.
pub fn subindices_spec(edition: &Edition, scores: &Scores) -> ChartSpec {
    ChartSpec::Subindices {
        dims: Dimensions {
            dps: scores.dps,
            dpa: scores.dpa,
            do_: scores.do_,
        },
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
