//! The one measure of chart text: the advance widths and kerning of the two Titillium Web faces the app ships
//! (regular and semibold, the `assets/fonts` subset), read from the fonts by `build.rs` into a table.
//!
//! Every chart is laid out with these numbers before anything is drawn, on every target: the browser canvas and
//! SVG (where the same font draws the text, with the same kerning) and the native PNG renderer (which places each
//! glyph at the pen positions computed here). So a label that fits in the layout fits in every image, and the
//! layout does not depend on the backend (nor on a slow `measureText` call per candidate label).

/// The metrics of one face, in font units (`units_per_em` per em).
pub(super) struct Face {
    units_per_em: f32,
    /// The characters of the subset, in code-point order (the first 95 are ' '..='~').
    chars: &'static [char],
    /// Advance width of each character.
    advances: &'static [u16],
    /// Kerning class of each character as the first of a pair (`u16::MAX`: not covered).
    first_class: &'static [u16],
    /// Kerning class of each character as the second of a pair.
    second_class: &'static [u16],
    /// Number of second classes (the matrix's row length).
    second_classes: u16,
    /// Kerning by (first class, second class).
    class_kerning: &'static [i16],
    /// Pairs (by character index) whose kerning differs from the class matrix, sorted.
    pair_kerning: &'static [(u8, u8, i16)],
    /// Top of the tallest plain letter or digit, in ems above the baseline.
    pub ink_top: f32,
    /// Bottom of the deepest plain letter, in ems below the baseline.
    pub ink_bottom: f32,
    /// The x-height in ems (the bitmap backends' centre anchor, see `text_backend`).
    pub x_height: f32,
}

include!(concat!(env!("OUT_DIR"), "/font_metrics.rs"));

/// Advance of a character the subset does not have (the browser draws it with a fallback font), in ems.
const MISSING_ADVANCE: f32 = 0.55;

impl Face {
    fn index(&self, c: char) -> Option<usize> {
        let cp = c as u32;
        if (0x20..0x7F).contains(&cp) && self.chars.get(cp as usize - 0x20) == Some(&c) {
            return Some(cp as usize - 0x20);
        }
        self.chars.binary_search(&c).ok()
    }

    fn kern(&self, a: usize, b: usize) -> i16 {
        let key = (a as u8, b as u8);
        if let Ok(i) = self
            .pair_kerning
            .binary_search_by(|&(x, y, _)| (x, y).cmp(&key))
        {
            return self.pair_kerning[i].2;
        }
        let c1 = self.first_class[a];
        if c1 == u16::MAX {
            return 0;
        }
        let at =
            usize::from(c1) * usize::from(self.second_classes) + usize::from(self.second_class[b]);
        self.class_kerning.get(at).copied().unwrap_or(0)
    }

    /// The pen position of each character of `s` (in ems from the start of the line) and the line's width
    /// (where the PNG text backend draws each glyph).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn positions(&self, s: &str) -> (Vec<(char, f32)>, f32) {
        let mut out = Vec::with_capacity(s.len());
        let width = self.walk(s, |c, x| out.push((c, x)));
        (out, width)
    }

    /// The advance width of `s` in ems (with kerning).
    pub fn width(&self, s: &str) -> f32 {
        self.walk(s, |_, _| ())
    }

    fn walk(&self, s: &str, mut at: impl FnMut(char, f32)) -> f32 {
        let upem = self.units_per_em;
        let mut x = 0f32;
        let mut prev = None;
        for c in s.chars() {
            let i = self.index(c);
            if let (Some(p), Some(i)) = (prev, i) {
                x += f32::from(self.kern(p, i)) / upem;
            }
            at(c, x);
            x += match i {
                Some(i) => f32::from(self.advances[i]) / upem,
                None => MISSING_ADVANCE,
            };
            prev = i;
        }
        x
    }
}

/// The face of regular (`false`) or bold (`true`, drawn with the semibold face) text.
pub(super) fn face(bold: bool) -> &'static Face {
    if bold {
        &SEMIBOLD
    } else {
        &REGULAR
    }
}

/// The advance width in pixels of `s` set at `em` pixels per em.
pub fn text_width(s: &str, em: f64, bold: bool) -> f64 {
    f64::from(face(bold).width(s)) * em
}
