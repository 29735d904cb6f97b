//! Plain input types for the charts.
//!
//! These types are deliberately independent of `crate::model`: the caller (the web app or the
//! `care` tool) converts the model's results into them. Every score is on the 0-100 scale and
//! `None` means "not available" (for example a partly answered questionnaire): charts draw a
//! "n.d."-style label for it, never a zero.

/// The three Ca.Re sub-indices of one comune, each 0-100 or `None` when not available.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Dimensions {
    /// Digital Public Services.
    pub dps: Option<f64>,
    /// Digital PA.
    pub dpa: Option<f64>,
    /// Digital Openness.
    pub do_: Option<f64>,
}

impl Dimensions {
    /// All three values set.
    pub fn new(dps: f64, dpa: f64, do_: f64) -> Self {
        Self {
            dps: Some(dps),
            dpa: Some(dpa),
            do_: Some(do_),
        }
    }

    /// The values in the fixed order DPS, DPA, DO.
    pub fn as_array(&self) -> [Option<f64>; 3] {
        [self.dps, self.dpa, self.do_]
    }
}

/// The two band cut-offs of the model (a model parameter, e.g. 40 and 60 in edition care-2021).
///
/// A value `v` is in the low band when `v < low`, in the middle band when `low <= v < high`,
/// and in the high band when `v >= high`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cutoffs {
    /// Lower cut-off (start of the middle band).
    pub low: f64,
    /// Upper cut-off (start of the high band).
    pub high: f64,
}

impl Cutoffs {
    /// The band index of a value: 0 low, 1 middle, 2 high.
    pub fn band(&self, v: f64) -> usize {
        if v < self.low {
            0
        } else if v < self.high {
            1
        } else {
            2
        }
    }
}

/// The answer for one service of the DPS questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellLevel {
    /// Not answered yet.
    Unanswered,
    /// Not the comune's competence ("non di competenza").
    NotApplicable,
    /// Level of online availability, 0..=4 (values above 4 are drawn as 4).
    Level(u8),
}

/// One cell of the services matrix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceCell {
    /// The service name as shown to the user (already localised; long names are shortened with "…").
    pub label: String,
    /// The answered level.
    pub level: CellLevel,
    /// Online (`Edition::is_online`): the SPID and CIE badges are drawn.
    pub online: bool,
    /// Access with SPID (only meaningful online).
    pub spid: bool,
    /// Access with CIE (only meaningful online).
    pub cie: bool,
}

/// One comune to compare with: a published case, or the user's own comune.
#[derive(Debug, Clone, PartialEq)]
pub struct Benchmark {
    /// Label shown on the chart, e.g. "Siena 2021".
    pub label: String,
    /// Composite Ca.Re.
    pub care: Option<f64>,
    /// Digital Public Services.
    pub dps: Option<f64>,
    /// Digital PA.
    pub dpa: Option<f64>,
    /// Digital Openness.
    pub do_: Option<f64>,
}

impl Benchmark {
    /// A benchmark row with all values set.
    pub fn new(label: impl Into<String>, care: f64, dps: f64, dpa: f64, do_: f64) -> Self {
        Self {
            label: label.into(),
            care: Some(care),
            dps: Some(dps),
            dpa: Some(dpa),
            do_: Some(do_),
        }
    }

    /// The sub-indices as [`Dimensions`].
    pub fn dimensions(&self) -> Dimensions {
        Dimensions {
            dps: self.dps,
            dpa: self.dpa,
            do_: self.do_,
        }
    }
}

/// The three Ca.Re classes (edition care-2021), from the lowest to the highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClassKind {
    /// "Blocchi di partenza".
    Blocchi,
    /// "Stacco".
    Stacco,
    /// "Spinta".
    Spinta,
}

impl ClassKind {
    /// All classes from the lowest to the highest.
    pub const ALL: [ClassKind; 3] = [ClassKind::Blocchi, ClassKind::Stacco, ClassKind::Spinta];

    /// 0 for Blocchi, 1 for Stacco, 2 for Spinta.
    pub fn index(self) -> usize {
        match self {
            ClassKind::Blocchi => 0,
            ClassKind::Stacco => 1,
            ClassKind::Spinta => 2,
        }
    }
}

/// The published distribution of the comuni among the classes in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassDistribution {
    /// Survey year, e.g. 2021.
    pub year: u16,
    /// Comuni in "Spinta".
    pub spinta: u32,
    /// Comuni in "Stacco".
    pub stacco: u32,
    /// Comuni in "Blocchi di partenza".
    pub blocchi: u32,
}

impl ClassDistribution {
    /// Counts in the order Blocchi, Stacco, Spinta (as [`ClassKind::index`]).
    pub fn counts(&self) -> [u32; 3] {
        [self.blocchi, self.stacco, self.spinta]
    }

    /// Total number of comuni.
    pub fn total(&self) -> u32 {
        self.blocchi + self.stacco + self.spinta
    }
}

/// One year of a comune's history, for the trend chart.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// The label of the point (the year, e.g. "2024").
    pub label: String,
    /// The sub-indices.
    pub dims: Dimensions,
    /// The composite Ca.Re.
    pub care: Option<f64>,
    /// The class.
    pub class: Option<ClassKind>,
}
