//! Colours, type sizes and the HiDPI scale of the charts.
//!
//! The palette is built around the Bootstrap Italia primary blue `#0066CC`. Service levels use a
//! sequential blue ramp whose lightness decreases monotonically, so it survives greyscale printing
//! and the common colour-vision deficiencies; every coloured mark also carries a text label or a
//! shape (level numbers in the cells, value labels on bars, marker shapes for the sub-indices),
//! so no information is carried by colour alone. Text colours have a contrast of at least 4.5:1
//! on white and on the tints they are drawn on.

use plotters::style::RGBColor;

/// Colours used by the charts.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    /// Chart background.
    pub background: RGBColor,
    /// Main text (titles, labels).
    pub text: RGBColor,
    /// Secondary text (axes, footer, notes); still >= 4.5:1 on white.
    pub muted: RGBColor,
    /// Grid and ring lines (decorative).
    pub grid: RGBColor,
    /// Cut-off lines and their labels.
    pub cutoff: RGBColor,
    /// Accent: the user's comune, main bars and markers.
    pub accent: RGBColor,
    /// Bars of the other comuni in the benchmark.
    pub other: RGBColor,
    /// Band background tints, low to high.
    pub bands: [RGBColor; 3],
    /// Fill of the service levels 0..=4 (light to dark).
    pub levels: [RGBColor; 5],
    /// Text colour on each level fill.
    pub level_text: [RGBColor; 5],
    /// Fill of not-applicable service cells (drawn hatched).
    pub not_applicable: RGBColor,
    /// Class fills in the order Blocchi, Stacco, Spinta.
    pub classes: [RGBColor; 3],
    /// Text colour on each class fill.
    pub class_text: [RGBColor; 3],
    /// Background of the provisional mark.
    pub warning: RGBColor,
    /// Text and frame of the provisional mark (>= 4.5:1 on `warning`).
    pub warning_text: RGBColor,
    /// Series colours of the comparison chart: DPS, DPA, DO, composite.
    pub series: [RGBColor; 4],
    /// Text colour on the series colours (used inside bars).
    pub series_text: [RGBColor; 4],
}

impl Default for Palette {
    fn default() -> Self {
        const DARK: RGBColor = RGBColor(0x17, 0x32, 0x4D);
        const WHITE: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
        Self {
            background: WHITE,
            text: DARK,
            muted: RGBColor(0x4D, 0x5E, 0x70),
            grid: RGBColor(0xD2, 0xD8, 0xDE),
            cutoff: RGBColor(0x4D, 0x5E, 0x70),
            accent: RGBColor(0x00, 0x66, 0xCC),
            other: RGBColor(0xA9, 0xB7, 0xC6),
            bands: [
                RGBColor(0xFB, 0xE9, 0xE7),
                RGBColor(0xFF, 0xF4, 0xD6),
                RGBColor(0xE4, 0xF3, 0xE9),
            ],
            levels: [
                RGBColor(0xE6, 0xF0, 0xFA),
                RGBColor(0xB3, 0xD1, 0xF2),
                RGBColor(0x6F, 0xA8, 0xE6),
                RGBColor(0x00, 0x66, 0xCC),
                RGBColor(0x00, 0x3B, 0x75),
            ],
            level_text: [DARK, DARK, DARK, WHITE, WHITE],
            not_applicable: RGBColor(0xEE, 0xEF, 0xF1),
            classes: [
                RGBColor(0xC6, 0xDC, 0xF4),
                RGBColor(0x6F, 0xA8, 0xE6),
                RGBColor(0x00, 0x4C, 0x99),
            ],
            class_text: [DARK, DARK, WHITE],
            warning: RGBColor(0xFF, 0xF1, 0xD6),
            warning_text: RGBColor(0x6B, 0x3E, 0x00),
            series: [
                RGBColor(0xB3, 0xD1, 0xF2),
                RGBColor(0x6F, 0xA8, 0xE6),
                RGBColor(0x00, 0x66, 0xCC),
                DARK,
            ],
            series_text: [DARK, DARK, WHITE, WHITE],
        }
    }
}

/// Visual settings of the charts: palette, font, type size and HiDPI scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Colours.
    pub palette: Palette,
    /// Font family name. In the browser this is a CSS font-family list; natively the bundled
    /// Titillium Web font is registered under this name before drawing.
    pub font_family: String,
    /// Device pixels per logical pixel (1 for SVG, `devicePixelRatio` on canvas, 2 for a crisp
    /// PNG). All sizes (type, lines, margins) are multiplied by it.
    pub scale: f64,
    /// Larger type and thicker lines, for projectors and slides.
    pub presentation: bool,
}

/// The default font family of the charts.
pub const DEFAULT_FONT_FAMILY: &str = "Titillium Web, sans-serif";

impl Default for Theme {
    fn default() -> Self {
        Self {
            palette: Palette::default(),
            font_family: DEFAULT_FONT_FAMILY.to_string(),
            scale: 1.0,
            presentation: false,
        }
    }
}

impl Theme {
    /// The presentation variant: larger type for projectors.
    pub fn presentation() -> Self {
        Self {
            presentation: true,
            ..Self::default()
        }
    }

    /// The same theme at another HiDPI scale.
    pub fn with_scale(&self, scale: f64) -> Self {
        Self {
            scale: if scale.is_finite() && scale > 0.0 {
                scale
            } else {
                1.0
            },
            ..self.clone()
        }
    }
}

/// Relative luminance of a colour (WCAG 2).
pub fn luminance(c: RGBColor) -> f64 {
    fn ch(v: u8) -> f64 {
        let s = v as f64 / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
}

/// WCAG 2 contrast ratio between two colours (1 to 21).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}
