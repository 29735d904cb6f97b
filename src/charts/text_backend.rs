//! The charts' bitmap backends draw their text themselves, where the SVG backend asks a browser to draw it, so that
//! every label lands where the layout measured it: [`TextBackend`] wraps a plotters backend, forwards everything
//! but text to it and hands each line of text, with its [`Placement`], to a [`PaintText`]: the PNG renderer's
//! rasterises it with `ab_glyph` (`png_text`), the web canvas's fills it with the canvas' 2D context.

use plotters::prelude::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
};

/// plotters' font size is 1.24 times the em (the CSS pixel size of the SVG output and of the layout).
pub const PLOTTERS_FONT_FACTOR: f64 = 1.24;

/// Where and how a line of text is drawn, as the SVG backend asks a browser to draw it.
#[derive(Clone, Copy)]
pub struct Placement {
    /// The em in pixels: plotters' size / 1.24 (the SVG `font-size`).
    pub em: f64,
    /// Semibold (plotters' bold) or regular.
    pub bold: bool,
    /// The side of the anchor point the text's advance width takes (the SVG `text-anchor`).
    pub h: HPos,
    /// The baseline below the anchor point, in ems: 0.76 under a top anchor, half the x-height under a centre
    /// anchor, half the x-height above a bottom anchor (the SVG backend's `dy`).
    pub baseline: f64,
}

impl Placement {
    /// The placement of text drawn in `style`.
    pub fn of<S: BackendTextStyle>(style: &S) -> Placement {
        let bold = matches!(style.style(), FontStyle::Bold);
        let half_ex = 0.5 * f64::from(super::metrics::face(bold).x_height);
        let anchor = style.anchor();
        Placement {
            em: style.size() / PLOTTERS_FONT_FACTOR,
            bold,
            h: anchor.h_pos,
            baseline: match anchor.v_pos {
                VPos::Top => 0.76,
                VPos::Center => half_ex,
                VPos::Bottom => -half_ex,
            },
        }
    }
}

/// What draws the text of a [`TextBackend`].
pub trait PaintText<DB: DrawingBackend> {
    /// Draws a line of `text` (not empty, not transparent) in `style`, placed by `at` around the anchor `pos`.
    fn paint<S: BackendTextStyle>(
        &mut self,
        inner: &mut DB,
        text: &str,
        style: &S,
        at: Placement,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>>;

    /// The size of a line of text in `style`: by default the wrapped backend's estimate.
    fn size<S: BackendTextStyle>(
        &self,
        inner: &DB,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<DB::ErrorType>> {
        inner.estimate_text_size(text, style)
    }
}

/// A backend that draws text with its [`PaintText`] and everything else with the backend it wraps.
pub struct TextBackend<DB, P> {
    inner: DB,
    painter: P,
}

impl<DB, P> TextBackend<DB, P> {
    /// `inner` with its text drawn by `painter`.
    pub fn wrap(inner: DB, painter: P) -> Self {
        Self { inner, painter }
    }
}

impl<DB: DrawingBackend, P: PaintText<DB>> DrawingBackend for TextBackend<DB, P> {
    type ErrorType = DB::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.color().alpha <= 0.0 || text.is_empty() {
            return Ok(());
        }
        let at = Placement::of(style);
        self.painter.paint(&mut self.inner, text, style, at, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.painter.size(&self.inner, text, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.blit_bitmap(pos, size, src)
    }
}
