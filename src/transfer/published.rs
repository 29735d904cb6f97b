//! The published Ca.Re figures of model care-2021 (FPA / Dedagroup survey of the provincial capitals, as
//! reported by the press), embedded with their sources so that the app can show them as references with no
//! request to anyone. They are the `care-2021` rows of `../shared/reference/published.json`; a test checks that
//! the two agree.

use crate::model::{Class, SubLabel};

/// One published comune.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Published {
    /// The comune's name.
    pub comune: &'static str,
    /// The survey year.
    pub year: u16,
    /// The published composite Ca.Re index.
    pub care: f64,
    /// Digital Public Services.
    pub dps: f64,
    /// Digital PA.
    pub dpa: f64,
    /// Digital Openness.
    pub do_: f64,
    /// The published class.
    pub class: Class,
    /// The published sub-label, when the source gives one.
    pub sub_label: Option<SubLabel>,
    /// Where the figures were published.
    pub sources: &'static [&'static str],
}

/// The published comuni comparable with this app's scores (model care-2021), oldest first.
pub const PUBLISHED: [Published; 3] = [
    Published {
        comune: "Cagliari",
        year: 2020,
        care: 57.5,
        dps: 64.7,
        dpa: 61.7,
        do_: 46.7,
        class: Class::Spinta,
        sub_label: Some(SubLabel::Omogeneo),
        sources: &[
            "https://www.unionesarda.it/economia/comuni-digitali-avanza-cagliari-con-gli-open-data-e-i-social-per-la-comunicazione-dei-servizi-e08ack96",
            "https://www.cagliaripad.it/475183/cagliari-e-al-top-per-i-servizi-digitali/",
        ],
    },
    Published {
        comune: "Siena",
        year: 2021,
        care: 62.0,
        dps: 67.0,
        dpa: 72.0,
        do_: 47.0,
        class: Class::Spinta,
        sub_label: None,
        sources: &["http://www.sienafree.it/siena/142-siena/125482-siena-entra-tra-i-comuni-a-piu-alta-maturita-digitale"],
    },
    Published {
        comune: "Catania",
        year: 2021,
        care: 60.0,
        dps: 89.0,
        dpa: 44.0,
        do_: 47.0,
        class: Class::Spinta,
        sub_label: None,
        sources: &["https://lurlo.news/catania-e-tra-i-comuni-a-piu-alta-maturita-digitale/"],
    },
];
