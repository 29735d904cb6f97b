//! An owned description of a chart ([`ChartSpec`]), for callers that keep a chart in state or props (the web
//! app's canvas component, exports), borrowed as a [`Chart`] to draw.

use super::{
    Benchmark, Chart, ClassDistribution, ClassKind, Cutoffs, Dimensions, ServiceCell, TrendPoint,
};

/// A chart with its data owned.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartSpec {
    /// See [`Chart::Subindices`].
    Subindices { dims: Dimensions, cutoffs: Cutoffs },
    /// See [`Chart::Radar`].
    Radar { dims: Dimensions, cutoffs: Cutoffs },
    /// See [`Chart::Services`].
    Services { cells: Vec<ServiceCell> },
    /// See [`Chart::Composite`].
    Composite {
        dims: Dimensions,
        composite: Option<f64>,
        class: Option<ClassKind>,
        sub: Option<String>,
        cutoffs: Cutoffs,
    },
    /// See [`Chart::Benchmark`].
    Benchmark {
        own: Benchmark,
        others: Vec<Benchmark>,
        cutoffs: Cutoffs,
    },
    /// See [`Chart::Distribution`].
    Distribution {
        years: Vec<ClassDistribution>,
        own_class: Option<ClassKind>,
    },
    /// See [`Chart::Comparison`].
    Comparison {
        comuni: Vec<Benchmark>,
        cutoffs: Cutoffs,
    },
    /// See [`Chart::Trend`].
    Trend {
        points: Vec<TrendPoint>,
        cutoffs: Cutoffs,
    },
}

impl ChartSpec {
    /// The chart to draw.
    pub fn as_chart(&self) -> Chart<'_> {
        match self {
            ChartSpec::Subindices { dims, cutoffs } => Chart::Subindices {
                dims: *dims,
                cutoffs: *cutoffs,
            },
            ChartSpec::Radar { dims, cutoffs } => Chart::Radar {
                dims: *dims,
                cutoffs: *cutoffs,
            },
            ChartSpec::Services { cells } => Chart::Services { cells },
            ChartSpec::Composite {
                dims,
                composite,
                class,
                sub,
                cutoffs,
            } => Chart::Composite {
                dims: *dims,
                composite: *composite,
                class: *class,
                sub: sub.as_deref(),
                cutoffs: *cutoffs,
            },
            ChartSpec::Benchmark {
                own,
                others,
                cutoffs,
            } => Chart::Benchmark {
                own,
                others,
                cutoffs: *cutoffs,
            },
            ChartSpec::Distribution { years, own_class } => Chart::Distribution {
                years,
                own_class: *own_class,
            },
            ChartSpec::Comparison { comuni, cutoffs } => Chart::Comparison {
                comuni,
                cutoffs: *cutoffs,
            },
            ChartSpec::Trend { points, cutoffs } => Chart::Trend {
                points,
                cutoffs: *cutoffs,
            },
        }
    }

    /// A stable name for files and ids (`subindices`, `radar`, ...).
    pub fn slug(&self) -> &'static str {
        self.as_chart().slug()
    }
}
