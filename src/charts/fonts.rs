//! The bundled font for native rendering (PNG, and text measuring for SVG).
//!
//! plotters' `ab_glyph` text backend only knows the fonts registered with
//! [`plotters::style::register_font`]. We bundle Titillium Web (SIL Open Font License 1.1, see
//! `assets/fonts/OFL.txt`), the typeface of the Italian public-administration design system,
//! and register it under the theme's font family name the first time a chart is drawn.
//! In the browser the font is resolved by CSS instead, so this module is native-only.

use std::collections::HashSet;
use std::sync::Mutex;

use plotters::style::{register_font, FontStyle};

/// Titillium Web Regular (the app's subset, as TrueType).
pub static REGULAR: &[u8] = include_bytes!("../../assets/native-fonts/TitilliumWeb-Regular.ttf");
/// Titillium Web SemiBold (the app's subset, as TrueType): the face the browser draws bold chart text with.
pub static BOLD: &[u8] = include_bytes!("../../assets/native-fonts/TitilliumWeb-SemiBold.ttf");

static REGISTERED: Mutex<Option<HashSet<String>>> = Mutex::new(None);

/// Registers the bundled font under `family` (once per name), plus the generic "sans-serif".
pub fn ensure(family: &str) {
    let mut guard = REGISTERED.lock().unwrap_or_else(|e| e.into_inner());
    let set = guard.get_or_insert_with(HashSet::new);
    for name in [family, "sans-serif"] {
        if set.insert(name.to_string()) {
            // The bundled bytes are a valid font; a failure would only leave text unmeasured.
            let _ = register_font(name, FontStyle::Normal, REGULAR);
            let _ = register_font(name, FontStyle::Bold, BOLD);
        }
    }
}
