//! The published Ca.Re figures the results compare with, embedded: `assets/reference/published.json` is a copy of
//! `../shared/reference/published.json` (FPA / Dedagroup survey figures as reported by the press, each row with
//! its sources). Only rows of the model `care-2021` are comparable with this app's scores; the later editions
//! use another model and are left out of the charts. This is the one source of published figures: the results'
//! benchmark, the method page and the compare page's references ([`Published::comparable`]) all read it.

use serde::Deserialize;
use std::sync::OnceLock;

use crate::model::{Class, SubLabel, CURRENT_EDITION_ID};

/// One published comune.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedComune {
    /// The comune's name.
    pub comune: String,
    /// The survey year.
    pub year: u16,
    /// The model: `care-2021` or `later`.
    pub model: String,
    /// Composite Ca.Re.
    pub care: f64,
    /// Digital Public Services, `None` where it was not published.
    pub dps: Option<f64>,
    /// Digital PA, `None` where it was not published.
    pub dpa: Option<f64>,
    /// Digital Openness, `None` where it was not published.
    pub do_: Option<f64>,
    /// The published class, when reported.
    pub class: Option<String>,
    /// The published sub-label of a Spinta class, when reported.
    pub sub_label: Option<String>,
    /// What the source says about the row (for example why a figure is missing), when given.
    pub note: Option<String>,
    /// Where the figures come from.
    pub sources: Vec<String>,
}

impl PublishedComune {
    /// Whether a sub-index of the row was not published (the row then says so instead of inventing it).
    pub fn has_missing_figure(&self) -> bool {
        self.dps.is_none() || self.dpa.is_none() || self.do_.is_none()
    }

    /// The published class as the model's [`Class`], when reported and known.
    pub fn class_kind(&self) -> Option<Class> {
        let id = self.class.as_deref()?;
        [Class::BlocchiDiPartenza, Class::Stacco, Class::Spinta]
            .into_iter()
            .find(|c| c.id() == id)
    }

    /// The published sub-label as the model's [`SubLabel`], when reported and known.
    pub fn sub_label_kind(&self) -> Option<SubLabel> {
        let id = self.sub_label.as_deref()?;
        [
            SubLabel::Omogeneo,
            SubLabel::Eccellente,
            SubLabel::Differenziato,
        ]
        .into_iter()
        .find(|s| s.id() == id)
    }

    /// The label of the row in charts: the name and the year (`Siena 2021`).
    pub fn label(&self) -> String {
        format!("{} {}", self.comune, self.year)
    }
}

/// The published distribution of the capoluoghi among the classes in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct PublishedDistribution {
    /// The survey year.
    pub year: u16,
    /// Comuni surveyed.
    pub comuni: u32,
    /// In Spinta.
    pub spinta: u32,
    /// In Stacco.
    pub stacco: u32,
    /// In Blocchi di partenza.
    pub blocchi: u32,
    /// Where the figures come from.
    pub sources: Vec<String>,
}

/// Everything in the reference file that the app uses.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    /// What the file is.
    pub about: String,
    /// The published comuni, every model.
    pub comuni: Vec<PublishedComune>,
    /// The class distributions.
    pub distribution: Vec<PublishedDistribution>,
}

#[derive(Deserialize)]
struct RawComune {
    comune: String,
    year: u16,
    model: String,
    care: f64,
    dps: Option<f64>,
    dpa: Option<f64>,
    #[serde(rename = "do")]
    do_: Option<f64>,
    #[serde(default)]
    class: Option<String>,
    #[serde(default)]
    sub_label: Option<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
struct RawDistribution {
    year: u16,
    comuni: u32,
    #[serde(rename = "Spinta")]
    spinta: u32,
    #[serde(rename = "Stacco")]
    stacco: u32,
    #[serde(rename = "Blocchi di partenza")]
    blocchi: u32,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
struct RawFile {
    about: String,
    comuni: Vec<RawComune>,
    distribution: Vec<RawDistribution>,
}

const SOURCE: &str = include_str!("../../assets/reference/published.json");

/// The embedded published figures (parsed once).
pub fn published() -> &'static Published {
    static P: OnceLock<Published> = OnceLock::new();
    P.get_or_init(|| {
        // The file is part of the program and checked by the tests: a broken one is a build defect.
        let raw: RawFile = serde_json::from_str(SOURCE)
            .unwrap_or_else(|e| panic!("assets/reference/published.json is not valid: {e}"));
        Published {
            about: raw.about,
            comuni: raw
                .comuni
                .into_iter()
                .map(|c| PublishedComune {
                    comune: c.comune,
                    year: c.year,
                    model: c.model,
                    care: c.care,
                    dps: c.dps,
                    dpa: c.dpa,
                    do_: c.do_,
                    class: c.class,
                    sub_label: c.sub_label,
                    note: c.note,
                    sources: c.sources,
                })
                .collect(),
            distribution: raw
                .distribution
                .into_iter()
                .map(|d| PublishedDistribution {
                    year: d.year,
                    comuni: d.comuni,
                    spinta: d.spinta,
                    stacco: d.stacco,
                    blocchi: d.blocchi,
                    sources: d.sources,
                })
                .collect(),
        }
    })
}

impl Published {
    /// The rows comparable with this app's scores (model `care-2021`), oldest first (in file order within a
    /// year).
    pub fn comparable(&self) -> Vec<&PublishedComune> {
        let mut rows: Vec<&PublishedComune> = self
            .comuni
            .iter()
            .filter(|c| c.model == CURRENT_EDITION_ID)
            .collect();
        rows.sort_by_key(|c| c.year);
        rows
    }
}
