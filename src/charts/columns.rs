//! The frame of the column charts (comparison, trend), laid out once: the plot under the legend, right of the
//! vertical 0-100 score axis ([`score_axis`]) and over the foot that names the columns, with its baseline.

use super::data::Cutoffs;
use super::layout::{score_axis, Area, Ctx};

/// The proportions of a column chart's plot.
pub(crate) struct Proportions {
    /// The gap between the legend and the plot, in ems of the body type.
    pub gap: f64,
    /// The plot's height as a share of the body's width...
    pub share: f64,
    /// ...from 200 logical pixels up to this many.
    pub max_h: f64,
}

/// Width of the score axis: its widest tick label ("100") and the gap to the plot (the sub-indices' bars too).
pub(crate) fn axis_w(c: &Ctx<'_>) -> f64 {
    c.text_w("100", c.small(), false) + 8.0 * c.u
}

impl Proportions {
    /// The body height for a body `w` wide: the legend (`legend_h`), the gap, the plot and the foot (`foot_h`).
    pub(crate) fn body_height(&self, c: &Ctx<'_>, legend_h: f64, w: f64, foot_h: f64) -> f64 {
        legend_h + self.top_gap(c) + (w * self.share).clamp(200.0 * c.u, self.max_h * c.u) + foot_h
    }

    /// The plot in `body`, under a legend `legend_h` high and over a foot `foot_h` high, with the score axis
    /// drawn on its left.
    pub(crate) fn plot(
        &self,
        c: &mut Ctx<'_>,
        body: Area,
        legend_h: f64,
        foot_h: f64,
        cutoffs: &Cutoffs,
    ) -> Area {
        let top = body.y0 + legend_h + self.top_gap(c);
        let plot = Area::new(body.x0 + axis_w(c), top, body.x1, body.y1 - foot_h);
        score_axis(c, plot, cutoffs);
        plot
    }

    fn top_gap(&self, c: &Ctx<'_>) -> f64 {
        c.fs * self.gap
    }
}

/// The plot's baseline, drawn last, over the feet of the columns.
pub(crate) fn baseline(c: &mut Ctx<'_>, plot: Area) {
    c.line(
        &[(plot.x0, plot.y1), (plot.x1, plot.y1)],
        c.p.text,
        1.5 * c.u,
    );
}
