//! A laid-out chart: every shape and every text box in device pixels, computed from measured text before
//! anything is drawn ([`Scene`]), then painted the same way on any plotters [`DrawingBackend`] (canvas, SVG,
//! PNG). Because the scene holds the boxes that will be drawn, it can be checked (no text over text, over a line
//! or a marker; nothing cut that two lines would hold; the content filling the canvas) by the layout tests.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use super::metrics::face;
use super::ChartError;
use crate::sort::sort_by_number;

/// plotters' font size is 1.24 times the em it writes into SVG (and that the canvas and PNG text backends draw).
const PLOTTERS_FONT_FACTOR: f64 = 1.24;
/// Where the backends put the baseline of a top-anchored text: 0.76 em below the anchor (SVG `dy="0.76em"`).
const TOP_TO_BASELINE: f64 = 0.76;

/// A rectangle in device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    /// A rectangle from its corners (in any order).
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Self {
        Self {
            x0: x0.min(x1),
            y0: y0.min(y1),
            x1: x0.max(x1),
            y1: y0.max(y1),
        }
    }
    /// Width.
    pub fn w(&self) -> f64 {
        self.x1 - self.x0
    }
    /// Height.
    pub fn h(&self) -> f64 {
        self.y1 - self.y0
    }
    /// The rectangle grown by `d` on every side (shrunk when negative).
    pub fn grow(&self, d: f64) -> Self {
        Self {
            x0: self.x0 - d,
            y0: self.y0 - d,
            x1: self.x1 + d,
            y1: self.y1 + d,
        }
    }
    /// Whether the two rectangles share some area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
    /// The smallest rectangle holding both.
    pub fn union(&self, o: &Rect) -> Rect {
        Rect {
            x0: self.x0.min(o.x0),
            y0: self.y0.min(o.y0),
            x1: self.x1.max(o.x1),
            y1: self.y1.max(o.y1),
        }
    }
    /// The part of the segment `a`-`b` inside the rectangle, as the interval of the segment's parameter
    /// (0 at `a`, 1 at `b`), if any (Liang–Barsky clipping).
    pub fn clip(&self, a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0f64, 1f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p.abs() < 1e-12 {
                if q < 0.0 {
                    return None;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        (t0 < t1).then_some((t0, t1))
    }
}

/// A straight piece of a line: its two ends and its width.
pub type Segment = ((f64, f64), (f64, f64), f64);

/// A shape of a chart, in device pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle: a mark (a bar, a cell, a swatch: text must not cover it unless it is the text's
    /// host) or, when `mark` is false, a background tint.
    Fill {
        /// Where.
        rect: Rect,
        /// Colour.
        color: RGBColor,
        /// A mark rather than a background.
        mark: bool,
    },
    /// A rectangle outline.
    Stroke {
        /// Where.
        rect: Rect,
        /// Colour.
        color: RGBColor,
        /// Line width.
        width: f64,
        /// Dashed.
        dashed: bool,
    },
    /// A polyline. Lines that `yield` (grid, cut-offs, hatching) are interrupted where a text box lies on them.
    Line {
        /// The points.
        pts: Vec<(f64, f64)>,
        /// Colour.
        color: RGBColor,
        /// Width.
        width: f64,
        /// Dashed.
        dashed: bool,
        /// Interrupted under text.
        yields: bool,
    },
    /// A filled polygon: a mark when `mark`, else a background tint.
    Polygon {
        /// The points.
        pts: Vec<(f64, f64)>,
        /// Colour.
        color: RGBColor,
        /// Opacity.
        alpha: f64,
        /// A mark rather than a background.
        mark: bool,
    },
    /// A marker: 0 circle, 1 square, 2 triangle, 3 diamond, with an optional ring of `halo` colour.
    Marker {
        /// Shape.
        shape: usize,
        /// Centre.
        x: f64,
        /// Centre.
        y: f64,
        /// Radius.
        r: f64,
        /// Colour.
        color: RGBColor,
        /// A ring around it (to stand out on lines), with its width.
        halo: Option<(RGBColor, f64)>,
    },
}

impl Shape {
    /// The box of a mark (a text box must not overlap it), if the shape is one.
    pub fn mark_box(&self) -> Option<Rect> {
        match self {
            Shape::Fill {
                rect, mark: true, ..
            } => Some(*rect),
            Shape::Marker { x, y, r, halo, .. } => {
                let r = r * 1.2 + halo.map(|h| h.1).unwrap_or(0.0);
                Some(Rect::new(x - r, y - r, x + r, y + r))
            }
            Shape::Polygon {
                pts, mark: true, ..
            } => bounds(pts),
            _ => None,
        }
    }

    /// The segments of a line-like shape, with their width.
    pub fn segments(&self) -> Vec<Segment> {
        match self {
            Shape::Line { pts, width, .. } => {
                pts.windows(2).map(|w| (w[0], w[1], *width)).collect()
            }
            Shape::Stroke { rect, width, .. } => {
                let (a, b, c, d) = (
                    (rect.x0, rect.y0),
                    (rect.x1, rect.y0),
                    (rect.x1, rect.y1),
                    (rect.x0, rect.y1),
                );
                vec![
                    (a, b, *width),
                    (b, c, *width),
                    (c, d, *width),
                    (d, a, *width),
                ]
            }
            _ => Vec::new(),
        }
    }

    /// The area the shape covers.
    pub fn bounds(&self) -> Option<Rect> {
        match self {
            Shape::Fill { rect, .. } | Shape::Stroke { rect, .. } => Some(*rect),
            Shape::Line { pts, .. } | Shape::Polygon { pts, .. } => bounds(pts),
            Shape::Marker { .. } => self.mark_box(),
        }
    }
}

fn bounds(pts: &[(f64, f64)]) -> Option<Rect> {
    let first = pts.first()?;
    Some(
        pts.iter()
            .fold(Rect::new(first.0, first.1, first.0, first.1), |r, p| {
                r.union(&Rect::new(p.0, p.1, p.0, p.1))
            }),
    )
}

/// The horizontal alignment of a text on its anchor x.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The text starts at x.
    Left,
    /// The text is centred on x.
    Center,
    /// The text ends at x.
    Right,
}

impl From<HPos> for Align {
    fn from(h: HPos) -> Self {
        match h {
            HPos::Left => Align::Left,
            HPos::Center => Align::Center,
            HPos::Right => Align::Right,
        }
    }
}

impl Align {
    fn hpos(self) -> HPos {
        match self {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        }
    }
}

/// What a text is, for the checks and for the content measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The chart title.
    Title,
    /// The footer (comune, date, edition): pinned to the bottom, not content.
    Footer,
    /// Anything else.
    Body,
}

/// A block of text: one or more lines, placed by the box of their ink.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The lines drawn.
    pub lines: Vec<String>,
    /// The whole text the lines come from.
    pub full: String,
    /// Whether the lines end in "…" (the text did not fit).
    pub cut: bool,
    /// The width the text was given.
    pub max_w: f64,
    /// The number of lines the text was given.
    pub max_lines: usize,
    /// The x of the anchor (left, centre or right of the lines, by `align`).
    pub x: f64,
    /// The top of the first line's ink box.
    pub top: f64,
    /// Pixels per em.
    pub em: f64,
    /// Distance between baselines.
    pub pitch: f64,
    /// Semibold.
    pub bold: bool,
    /// Colour.
    pub color: RGBColor,
    /// Horizontal alignment.
    pub align: Align,
    /// The shape the text is written on (a bar segment, a cell, a badge), which it may cover.
    pub host: Option<usize>,
    /// What the text is.
    pub role: Role,
}

impl Label {
    /// The ink box of each line.
    pub fn boxes(&self) -> Vec<Rect> {
        let f = face(self.bold);
        let (asc, desc) = (f64::from(f.ink_top), f64::from(f.ink_bottom));
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let w = f64::from(f.width(line)) * self.em;
                let x0 = match self.align {
                    Align::Left => self.x,
                    Align::Center => self.x - w / 2.0,
                    Align::Right => self.x - w,
                };
                let base = self.top + asc * self.em + self.pitch * i as f64;
                Rect::new(x0, base - asc * self.em, x0 + w, base + desc * self.em)
            })
            .collect()
    }

    /// The box of all lines.
    pub fn bounds(&self) -> Rect {
        let b = self.boxes();
        b.iter().skip(1).fold(b[0], |acc, r| acc.union(r))
    }
}

/// A laid-out chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Width in device pixels.
    pub width: f64,
    /// Height in device pixels.
    pub height: f64,
    /// Background colour.
    pub background: RGBColor,
    /// The shapes, in drawing order.
    pub shapes: Vec<Shape>,
    /// The texts, drawn over the shapes.
    pub labels: Vec<Label>,
    /// One logical pixel in device pixels (dash lengths).
    pub unit: f64,
}

impl Scene {
    /// The box of everything drawn except the footer (the chart's content), if anything.
    pub fn content(&self) -> Option<Rect> {
        let shapes = self.shapes.iter().filter_map(Shape::bounds);
        let labels = self
            .labels
            .iter()
            .filter(|l| l.role != Role::Footer && !l.lines.is_empty())
            .map(Label::bounds);
        shapes.chain(labels).reduce(|a, b| a.union(&b))
    }

    /// Interrupts the lines that yield (grid, cut-offs, hatching) where they pass under a text box, so that no
    /// line crosses a text.
    pub(crate) fn open_gaps(&mut self) {
        let gap = 2.0 * self.unit;
        let boxes: Vec<Rect> = self
            .labels
            .iter()
            .flat_map(|l| l.boxes())
            .map(|b| b.grow(gap))
            .collect();
        let shapes = std::mem::take(&mut self.shapes);
        let mut out = Vec::with_capacity(shapes.len());
        // Where each shape lands (the texts' hosts follow it).
        let mut moved = Vec::with_capacity(shapes.len());
        for (i, shape) in shapes.iter().cloned().enumerate() {
            moved.push(out.len());
            match shape {
                Shape::Line {
                    pts,
                    color,
                    width,
                    dashed,
                    yields: true,
                } => {
                    // Also hidden under the marks drawn after it (bars): the same picture, honest geometry.
                    let mut under = boxes.clone();
                    under.extend(shapes[i + 1..].iter().filter_map(|s| match s {
                        Shape::Fill {
                            rect, mark: true, ..
                        } => Some(*rect),
                        _ => None,
                    }));
                    for part in split_line(&pts, &under, width / 2.0) {
                        out.push(Shape::Line {
                            pts: part,
                            color,
                            width,
                            dashed,
                            yields: true,
                        });
                    }
                }
                other => out.push(other),
            }
        }
        self.shapes = out;
        for l in &mut self.labels {
            l.host = l.host.map(|h| moved[h]);
        }
    }

    /// Draws the scene on a drawing area of the same size.
    pub fn paint<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        family: &str,
    ) -> Result<(), ChartError> {
        root.fill(&self.background)?;
        for s in &self.shapes {
            paint_shape(root, s, self.unit)?;
        }
        for l in &self.labels {
            paint_label(root, l, family)?;
        }
        Ok(())
    }
}

/// The pieces of a polyline outside the boxes (grown by `half` the line width).
fn split_line(pts: &[(f64, f64)], boxes: &[Rect], half: f64) -> Vec<Vec<(f64, f64)>> {
    let mut parts: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut cur: Vec<(f64, f64)> = Vec::new();
    for w in pts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let mut cuts: Vec<(f64, f64)> = boxes
            .iter()
            .filter_map(|r| r.grow(half).clip(a, b))
            .collect();
        sort_by_number(&mut cuts, |c| c.0);
        let mut free = Vec::new();
        let mut t = 0.0f64;
        for (t0, t1) in cuts {
            if t0 > t {
                free.push((t, t0));
            }
            t = t.max(t1);
        }
        if t < 1.0 {
            free.push((t, 1.0));
        }
        if free.first().is_none_or(|f| f.0 > 0.0) && !cur.is_empty() {
            parts.push(std::mem::take(&mut cur));
        }
        let at = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        for (s, e) in free {
            if cur.is_empty() {
                cur.push(at(s));
            }
            cur.push(at(e));
            if e < 1.0 {
                parts.push(std::mem::take(&mut cur));
            }
        }
    }
    parts.push(cur);
    parts.retain(|p| p.len() > 1);
    parts
}

fn ipt(p: (f64, f64)) -> (i32, i32) {
    (p.0.round() as i32, p.1.round() as i32)
}

fn stroke_w(w: f64) -> u32 {
    w.round().max(1.0) as u32
}

fn paint_shape<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    s: &Shape,
    unit: f64,
) -> Result<(), ChartError> {
    let dash = ((5.0 * unit).round() as i32, (3.0 * unit).round() as i32);
    match s {
        Shape::Fill { rect, color, .. } => {
            root.draw(&Rectangle::new(
                [ipt((rect.x0, rect.y0)), ipt((rect.x1, rect.y1))],
                color.filled(),
            ))?;
        }
        Shape::Stroke {
            rect,
            color,
            width,
            dashed,
        } => {
            if *dashed {
                let pts = [
                    (rect.x0, rect.y0),
                    (rect.x1, rect.y0),
                    (rect.x1, rect.y1),
                    (rect.x0, rect.y1),
                    (rect.x0, rect.y0),
                ]
                .map(ipt);
                root.draw(&DashedPathElement::new(
                    pts,
                    dash.0,
                    dash.1,
                    color.stroke_width(stroke_w(*width)),
                ))?;
            } else {
                root.draw(&Rectangle::new(
                    [ipt((rect.x0, rect.y0)), ipt((rect.x1, rect.y1))],
                    color.stroke_width(stroke_w(*width)),
                ))?;
            }
        }
        Shape::Line {
            pts,
            color,
            width,
            dashed,
            ..
        } => {
            let pts: Vec<(i32, i32)> = pts.iter().copied().map(ipt).collect();
            let style = color.stroke_width(stroke_w(*width));
            if *dashed {
                root.draw(&DashedPathElement::new(pts, dash.0, dash.1, style))?;
            } else {
                root.draw(&PathElement::new(pts, style))?;
            }
        }
        Shape::Polygon {
            pts, color, alpha, ..
        } => {
            let pts: Vec<(i32, i32)> = pts.iter().copied().map(ipt).collect();
            root.draw(&Polygon::new(pts, color.mix(*alpha).filled()))?;
        }
        Shape::Marker {
            shape,
            x,
            y,
            r,
            color,
            halo,
        } => {
            if let Some((c, w)) = halo {
                paint_marker(root, *shape, *x, *y, r + w, *c)?;
            }
            paint_marker(root, *shape, *x, *y, *r, *color)?;
        }
    }
    Ok(())
}

fn paint_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    shape: usize,
    x: f64,
    y: f64,
    r: f64,
    c: RGBColor,
) -> Result<(), ChartError> {
    let poly = |pts: Vec<(f64, f64)>| {
        Polygon::new(pts.into_iter().map(ipt).collect::<Vec<_>>(), c.filled())
    };
    match shape {
        0 => root.draw(&Circle::new(
            ipt((x, y)),
            r.round().max(1.0) as i32,
            c.filled(),
        ))?,
        1 => {
            let h = r * 0.9;
            root.draw(&Rectangle::new(
                [ipt((x - h, y - h)), ipt((x + h, y + h))],
                c.filled(),
            ))?
        }
        2 => {
            let h = r * 1.15;
            root.draw(&poly(vec![
                (x, y - h),
                (x + h, y + h * 0.8),
                (x - h, y + h * 0.8),
            ]))?
        }
        _ => {
            let h = r * 1.2;
            root.draw(&poly(vec![(x, y - h), (x + h, y), (x, y + h), (x - h, y)]))?
        }
    }
    Ok(())
}

fn paint_label<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    l: &Label,
    family: &str,
) -> Result<(), ChartError> {
    let f = face(l.bold);
    let font = FontDesc::new(
        FontFamily::Name(family),
        l.em * PLOTTERS_FONT_FACTOR,
        if l.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        },
    );
    let mut style = TextStyle::from(font).pos(Pos::new(l.align.hpos(), VPos::Top));
    style.color = l.color.to_backend_color();
    for (i, line) in l.lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        let base = l.top + f64::from(f.ink_top) * l.em + l.pitch * i as f64;
        let y = base - TOP_TO_BASELINE * l.em;
        root.draw(&Text::new(line.clone(), ipt((l.x, y)), style.clone()))?;
    }
    Ok(())
}
