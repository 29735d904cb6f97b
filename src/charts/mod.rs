//! Chart drawing for the Ca.Re self-assessment.
//!
//! Every chart is laid out once, from text measured with the metrics of the font the app ships
//! ([`metrics`]), into a [`Scene`] of boxes in device pixels, and the scene is painted on any plotters
//! [`DrawingBackend`]: a browser canvas (plotters-canvas), SVG (in the browser and natively) and PNG
//! (natively, for `care report` and the tests). So the three look the same, and the layout can be checked:
//!
//! ```ignore
//! let scene = layout(&chart, &text, &theme, 800.0, Some(450.0));
//! scene.paint(&root, &theme.font_family)?;
//! ```
//!
//! Inputs are the plain types of [`data`] (no dependency on the model), every visible string
//! comes from [`ChartText`] (the caller localises), colours and sizes from [`Theme`].
//! [`render_svg`] and (natively) [`render_png`] render a [`Chart`] in one call.
//!
//! Type is proportional to the width with a floor (legible on 360 px wide phones) and multiplied by
//! [`Theme::scale`] for HiDPI; the height of a chart follows its content ([`preferred_height`]), and a chart
//! given a fixed height (a slide) spreads its content over it.

use std::fmt;

use plotters::coord::Shift;
use plotters::drawing::DrawingAreaErrorKind;
use plotters::prelude::*;

pub mod data;
pub mod font_face;
#[cfg(not(target_arch = "wasm32"))]
pub mod fonts;
mod layout;
mod legend;
pub mod metrics;
#[cfg(not(target_arch = "wasm32"))]
mod png_text;
mod render;
pub mod scene;
mod spec;
pub mod svg_font;
pub mod text;
pub mod text_backend;
pub mod theme;

mod benchmark;
mod columns;
mod comparison;
mod composite;
mod distribution;
mod radar;
mod services_matrix;
mod subindices;
mod trend;

pub use data::{
    Benchmark, CellLevel, ClassDistribution, ClassKind, Cutoffs, Dimensions, ServiceCell,
    TrendPoint,
};
#[cfg(not(target_arch = "wasm32"))]
pub use render::{render_png, render_png_file, render_svg_file};
pub use render::{render_svg, DEFAULT_EXPORT_SCALE, DEFAULT_EXPORT_SIZE};
pub use scene::Scene;
pub use spec::ChartSpec;
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
    /// The three sub-indices as bars over the bands.
    Subindices {
        /// The sub-indices.
        dims: Dimensions,
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// The three sub-indices as a radar.
    Radar {
        /// The sub-indices.
        dims: Dimensions,
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// The services as a matrix of level cells.
    Services {
        /// The 20 services (any number works).
        cells: &'a [ServiceCell],
    },
    /// The composite on its scale, with the class.
    Composite {
        /// The sub-indices (drawn as small marks under the scale).
        dims: Dimensions,
        /// The composite Ca.Re.
        composite: Option<f64>,
        /// The class, computed by the model.
        class: Option<ClassKind>,
        /// The class's sub-label (e.g. "eccellente"), drawn in the badge after the class.
        sub: Option<&'a str>,
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// The comune against the published comuni.
    Benchmark {
        /// The user's comune (highlighted).
        own: &'a Benchmark,
        /// Published comuni.
        others: &'a [Benchmark],
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// The published distribution of the classes.
    Distribution {
        /// One row per year.
        years: &'a [ClassDistribution],
        /// The user's class, if known.
        own_class: Option<ClassKind>,
    },
    /// Several comuni side by side.
    Comparison {
        /// The comuni side by side.
        comuni: &'a [Benchmark],
        /// Band cut-offs.
        cutoffs: Cutoffs,
    },
    /// One comune over several years.
    Trend {
        /// The years, oldest first.
        points: &'a [TrendPoint],
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
            Chart::Trend { .. } => "trend",
        }
    }
}

impl Chart<'_> {
    /// The chart's title in `text`.
    fn title<'t>(&self, text: &'t ChartText) -> &'t str {
        let t = &text.titles;
        match self {
            Chart::Subindices { .. } => &t.subindices,
            Chart::Radar { .. } => &t.radar,
            Chart::Services { .. } => &t.services,
            Chart::Composite { .. } => &t.composite,
            Chart::Benchmark { .. } => &t.benchmark,
            Chart::Distribution { .. } => &t.distribution,
            Chart::Comparison { .. } => &t.comparison,
            Chart::Trend { .. } => &t.trend,
        }
    }

    /// The height the body wants for a body `w` device pixels wide.
    fn body_height(&self, c: &layout::Ctx<'_>, text: &ChartText, w: f64) -> f64 {
        match *self {
            Chart::Subindices { .. } => subindices::body_height(c, text, w),
            Chart::Radar { cutoffs, .. } => radar::body_height(c, text, &cutoffs, w),
            Chart::Services { cells } => services_matrix::body_height(c, cells, text, w),
            Chart::Composite {
                composite: v,
                cutoffs,
                ..
            } => composite::body_height(c, text, v, &cutoffs, w),
            Chart::Benchmark {
                own,
                others,
                cutoffs,
            } => benchmark::body_height(c, own, others, &cutoffs, text, w),
            Chart::Distribution { years, own_class } => {
                distribution::body_height(c, years, own_class, text, w)
            }
            Chart::Comparison { comuni, .. } => comparison::body_height(c, comuni, text, w),
            Chart::Trend { .. } => trend::body_height(c, text, w),
        }
    }

    /// Lays out the body.
    fn layout_body(&self, c: &mut layout::Ctx<'_>, body: layout::Area, text: &ChartText) {
        match *self {
            Chart::Subindices { dims, cutoffs } => {
                subindices::layout(c, body, &dims, &cutoffs, text)
            }
            Chart::Radar { dims, cutoffs } => radar::layout(c, body, &dims, &cutoffs, text),
            Chart::Services { cells } => services_matrix::layout(c, body, cells, text),
            Chart::Composite {
                dims,
                composite: v,
                class,
                sub,
                cutoffs,
            } => composite::layout(c, body, v, &dims, class, sub, &cutoffs, text),
            Chart::Benchmark {
                own,
                others,
                cutoffs,
            } => benchmark::layout(c, body, own, others, &cutoffs, text),
            Chart::Distribution { years, own_class } => {
                distribution::layout(c, body, years, own_class, text)
            }
            Chart::Comparison { comuni, cutoffs } => {
                comparison::layout(c, body, comuni, &cutoffs, text)
            }
            Chart::Trend { points, cutoffs } => trend::layout(c, body, points, &cutoffs, text),
        }
    }
}

/// The height in device pixels a chart `width` device pixels wide wants: its content, with no empty space.
pub fn preferred_height(chart: &Chart<'_>, text: &ChartText, theme: &Theme, width: f64) -> f64 {
    // The frame (title, provisional mark, footer) measured on a tall canvas, then the body's own height.
    let mut c = layout::Ctx::new(width, 10_000.0, theme);
    let body = c.frame(chart.title(text), text);
    let chrome = c.h - body.h();
    (chrome + chart.body_height(&c, text, body.w())).ceil()
}

/// Lays out a chart on a canvas of `width` x `height` device pixels (`None`: its [`preferred_height`]).
pub fn layout(
    chart: &Chart<'_>,
    text: &ChartText,
    theme: &Theme,
    width: f64,
    height: Option<f64>,
) -> Scene {
    let h = height.unwrap_or_else(|| preferred_height(chart, text, theme, width));
    let mut c = layout::Ctx::new(width, h, theme);
    let body = c.frame(chart.title(text), text);
    chart.layout_body(&mut c, body, text);
    c.finish()
}

/// Lays out a chart on the drawing area's size and paints it.
pub fn draw_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart<'_>,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), ChartError> {
    #[cfg(not(target_arch = "wasm32"))]
    fonts::ensure(&theme.font_family);
    let (w, h) = root.dim_in_pixel();
    let scene = layout(chart, text, theme, f64::from(w), Some(f64::from(h)));
    scene.paint(root, &theme.font_family)
}
