//! The parts of the results page: the score headline, the provisional notice, the class and why, a chart figure
//! (canvas, caption, downloads, data table), the score explanations, the improvement plan and the what-if
//! simulation with its own live score; where the focus goes on the page. Each takes ready-made data from
//! `crate::report` and only lays it out.

pub mod after_first_paint;
pub mod data_table;
pub mod details;
pub mod download;
pub mod figure;
pub mod focus;
pub mod headline;
pub mod plan;
pub mod slide_toolbar;
pub mod whatif;
pub mod whatif_score;
pub mod why;
