//! Chart drawing for the Ca.Re self-assessment.
//!
//! Every chart is a function generic over plotters' [`DrawingBackend`], so the same code draws on
//! a browser canvas (plotters-canvas), into SVG (in the browser and natively) and into PNG
//! (natively, for `care report` and the tests):
//!
//! ```ignore
//! draw_subindices_bars(&root, &dims, &cutoffs, &text, &theme)?;
//! ```
//!
//! Inputs are the plain types of [`data`] (no dependency on the model), every visible string
//! comes from [`ChartText`] (the caller localises), colours and sizes from [`Theme`].
//! [`render_svg`] and (natively) [`render_png`] render a [`Chart`] in one call.
//!
//! Layout is computed in device pixels from the size of the drawing area: type is proportional
//! to the width with a floor (legible at 360 px wide phones), and multiplied by
//! [`Theme::scale`] for HiDPI.

use std::fmt;

use plotters::coord::Shift;
use plotters::drawing::DrawingAreaErrorKind;
use plotters::prelude::*;

pub mod data;
mod draw;
pub mod font_face;
#[cfg(not(target_arch = "wasm32"))]
pub mod fonts;
mod legend;
#[cfg(not(target_arch = "wasm32"))]
mod png;
mod render;
mod spec;
pub mod text;
#[cfg(not(target_arch = "wasm32"))]
mod textfix;
pub mod theme;

mod benchmark;
mod comparison;
mod composite;
mod distribution;
mod radar;
mod services;
mod subindices;

pub use benchmark::draw_benchmark;
pub use comparison::draw_comparison;
pub use composite::draw_composite_scale;
pub use data::{
    Benchmark, CellLevel, ClassDistribution, ClassKind, Cutoffs, Dimensions, ServiceCell,
};
pub use distribution::draw_class_distribution;
pub use radar::draw_radar;
#[cfg(not(target_arch = "wasm32"))]
pub use render::{render_png, render_png_file};
pub use render::{render_svg, render_svg_with, DEFAULT_EXPORT_SCALE, DEFAULT_EXPORT_SIZE};
pub use services::draw_services_matrix;
pub use spec::ChartSpec;
pub use subindices::draw_subindices_bars;
pub use text::{footer_line, ChartText, ChartTitles};
pub use theme::{Palette, Theme};

/// A drawing error, independent of the backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "chart drawing failed: {}", self.0)
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

/// One chart with its data, for [`draw_chart`], [`render_svg`] and [`render_png`].
#[derive(Debug, Clone, Copy)]
pub enum Chart<'a> {
    /// [`draw_subindices_bars`].
    Subindices {
        /// The sub-indices.
        dims: Dimensions,
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// [`draw_radar`].
    Radar {
        /// The sub-indices.
        dims: Dimensions,
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// [`draw_services_matrix`].
    Services {
        /// The 20 services (any number works).
        cells: &'a [ServiceCell],
    },
    /// [`draw_composite_scale`].
    Composite {
        /// The sub-indices (drawn as small marks under the scale).
        dims: Dimensions,
        /// The composite Ca.Re.
        composite: Option<f64>,
        /// The class, computed by the model.
        class: Option<ClassKind>,
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// [`draw_benchmark`].
    Benchmark {
        /// The user's comune (highlighted).
        own: &'a Benchmark,
        /// Published comuni.
        others: &'a [Benchmark],
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// [`draw_class_distribution`].
    Distribution {
        /// One row per year.
        years: &'a [ClassDistribution],
        /// The user's class, if known.
        own_class: Option<ClassKind>,
    },
    /// [`draw_comparison`].
    Comparison {
        /// The comuni side by side.
        comuni: &'a [Benchmark],
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
}

impl Chart<'_> {
    /// A short stable name, handy for file names ("subindices", "radar", ...).
    pub fn slug(&self) -> &'static str {
        match self {
            Chart::Subindices { .. } => "subindices",
            Chart::Radar { .. } => "radar",
            Chart::Services { .. } => "services",
            Chart::Composite { .. } => "composite",
            Chart::Benchmark { .. } => "benchmark",
            Chart::Distribution { .. } => "distribution",
            Chart::Comparison { .. } => "comparison",
        }
    }
}

/// Draws any [`Chart`] on a drawing area.
pub fn draw_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart<'_>,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    match *chart {
        Chart::Subindices { dims, cutoffs } => {
            draw_subindices_bars(root, &dims, &cutoffs, text, theme)
        }
        Chart::Radar { dims, cutoffs } => draw_radar(root, &dims, &cutoffs, text, theme),
        Chart::Services { cells } => draw_services_matrix(root, cells, text, theme),
        Chart::Composite {
            dims,
            composite,
            class,
            cutoffs,
        } => draw_composite_scale(root, composite, &dims, class, &cutoffs, text, theme),
        Chart::Benchmark {
            own,
            others,
            cutoffs,
        } => draw_benchmark(root, own, others, &cutoffs, text, theme),
        Chart::Distribution { years, own_class } => {
            draw_class_distribution(root, years, own_class, text, theme)
        }
        Chart::Comparison { comuni, cutoffs } => {
            draw_comparison(root, comuni, &cutoffs, text, theme)
        }
    }
}
