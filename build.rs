//! Build script: reads the metrics of the two Titillium Web faces the app ships (`assets/native-fonts/`, the
//! TrueType form of `assets/fonts/*.woff2`) into a Rust table, so that the charts measure their text with the
//! same advance widths and kerning the browser and the PNG renderer use, on every target (canvas, SVG, PNG)
//! without parsing a font at run time. The table is written to `$OUT_DIR/font_metrics.rs` and included by
//! `src/charts/metrics.rs`. It also writes the editions (`assets/models/*.json`) without their indentation to
//! `$OUT_DIR/<id>.min.json`, the copy that `src/model/mod.rs` embeds.

use std::fmt::Write as _;
use std::path::PathBuf;

use ttf_parser::gpos::{PairAdjustment, PositioningSubtable};
use ttf_parser::{Face, GlyphId};

const FACES: [(&str, &str); 2] = [
    ("REGULAR", "assets/native-fonts/TitilliumWeb-Regular.ttf"),
    ("SEMIBOLD", "assets/native-fonts/TitilliumWeb-SemiBold.ttf"),
];

fn main() {
    let mut out = String::new();
    for (name, path) in FACES {
        println!("cargo:rerun-if-changed={path}");
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let face = Face::parse(&bytes, 0).unwrap_or_else(|e| panic!("{path}: {e}"));
        write_face(&mut out, name, &face);
    }
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out_dir.join("font_metrics.rs"), out).expect("write font metrics");
    for id in EDITIONS {
        let path = format!("assets/models/{id}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        std::fs::write(out_dir.join(format!("{id}.min.json")), minify_json(&text))
            .expect("write the minified edition");
    }
}

/// The editions the program embeds (`src/model/mod.rs`), each as `$OUT_DIR/<id>.min.json`.
const EDITIONS: [&str; 1] = ["care-2021"];

/// JSON text without the whitespace between its tokens (strings and numbers kept byte for byte): the editions are
/// written indented for people, and embedded without the indentation (a third of their bytes) in every module.
fn minify_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_ascii_whitespace() {
            out.push(c);
        }
    }
    out
}

/// The characters the subset covers, in code-point order.
fn chars(face: &Face<'_>) -> Vec<(char, GlyphId)> {
    let mut v = Vec::new();
    for cp in 0x20u32..0x2200 {
        if let Some(c) = char::from_u32(cp) {
            if let Some(g) = face.glyph_index(c) {
                v.push((c, g));
            }
        }
    }
    v
}

/// The GPOS pair kerning (x advance of the first glyph) of a pair, as a browser applies the `kern` feature.
fn kern(face: &Face<'_>, a: GlyphId, b: GlyphId) -> i16 {
    let Some(gpos) = face.tables().gpos else {
        return 0;
    };
    for i in 0..gpos.lookups.len() {
        let Some(lookup) = gpos.lookups.get(i) else {
            continue;
        };
        for j in 0..lookup.subtables.len() {
            let Some(PositioningSubtable::Pair(pair)) =
                lookup.subtables.get::<PositioningSubtable>(j)
            else {
                continue;
            };
            match pair {
                PairAdjustment::Format1 { coverage, sets } => {
                    let hit = coverage
                        .get(a)
                        .and_then(|idx| sets.get(idx))
                        .and_then(|set| set.get(b));
                    if let Some((first, _)) = hit {
                        return first.x_advance;
                    }
                }
                PairAdjustment::Format2 {
                    coverage,
                    classes,
                    matrix,
                } => {
                    if coverage.get(a).is_some() {
                        let cls = (classes.0.get(a), classes.1.get(b));
                        return matrix
                            .get(cls)
                            .map(|(first, _)| first.x_advance)
                            .unwrap_or(0);
                    }
                }
            }
        }
    }
    0
}

/// The first-glyph coverage and classes of the class-based pair subtable (format 2), if the font has one.
fn class_kerning<'a>(face: &Face<'a>) -> Option<PairAdjustment<'a>> {
    let gpos = face.tables().gpos?;
    (0..gpos.lookups.len())
        .filter_map(|i| gpos.lookups.get(i))
        .flat_map(|l| {
            (0..l.subtables.len()).filter_map(move |j| l.subtables.get::<PositioningSubtable>(j))
        })
        .find_map(|st| match st {
            PositioningSubtable::Pair(p @ PairAdjustment::Format2 { .. }) => Some(p),
            _ => None,
        })
}

fn write_face(out: &mut String, name: &str, face: &Face<'_>) {
    let chars = chars(face);
    let upem = f32::from(face.units_per_em());
    let em = |v: i32| v as f32 / upem;
    // The ink box of plain letters and digits: the top of the tallest, the bottom of the deepest.
    let (mut top, mut bottom) = (0i32, 0i32);
    for c in ('A'..='Z').chain('a'..='z').chain('0'..='9') {
        if let Some(r) = face.glyph_index(c).and_then(|g| face.glyph_bounding_box(g)) {
            top = top.max(i32::from(r.y_max));
            bottom = bottom.min(i32::from(r.y_min));
        }
    }
    assert!(
        chars.len() < 255,
        "the table indexes characters with a byte"
    );
    let list: Vec<String> = chars.iter().map(|(c, _)| format!("{c:?}")).collect();
    let adv: Vec<String> = chars
        .iter()
        .map(|&(_, g)| face.glyph_hor_advance(g).unwrap_or(0).to_string())
        .collect();
    // Kerning: the class matrix of the format-2 subtable, and every pair whose kerning differs from it.
    let (mut first, mut second, mut matrix, mut n2) = (Vec::new(), Vec::new(), Vec::new(), 0u16);
    let model: Box<dyn Fn(GlyphId, GlyphId) -> i16> = match class_kerning(face) {
        Some(PairAdjustment::Format2 {
            coverage,
            classes,
            matrix: m,
        }) => {
            let n1 = chars
                .iter()
                .map(|&(_, g)| classes.0.get(g))
                .max()
                .unwrap_or(0)
                + 1;
            n2 = chars
                .iter()
                .map(|&(_, g)| classes.1.get(g))
                .max()
                .unwrap_or(0)
                + 1;
            for &(_, g) in &chars {
                first.push(if coverage.get(g).is_some() {
                    classes.0.get(g)
                } else {
                    u16::MAX
                });
                second.push(classes.1.get(g));
            }
            for c1 in 0..n1 {
                for c2 in 0..n2 {
                    matrix.push(m.get((c1, c2)).map(|(v, _)| v.x_advance).unwrap_or(0));
                }
            }
            Box::new(move |a, b| {
                if coverage.get(a).is_none() {
                    return 0;
                }
                m.get((classes.0.get(a), classes.1.get(b)))
                    .map(|(v, _)| v.x_advance)
                    .unwrap_or(0)
            })
        }
        _ => {
            first = vec![u16::MAX; chars.len()];
            second = vec![0; chars.len()];
            Box::new(|_, _| 0)
        }
    };
    let mut pairs = Vec::new();
    for (ia, &(_, ga)) in chars.iter().enumerate() {
        for (ib, &(_, gb)) in chars.iter().enumerate() {
            let k = kern(face, ga, gb);
            if k != model(ga, gb) {
                pairs.push(format!("({ia}, {ib}, {k})"));
            }
        }
    }
    let joined = |v: &[u16]| v.iter().map(u16::to_string).collect::<Vec<_>>().join(", ");
    let _ = writeln!(out, "pub(super) static {name}: Face = Face {{");
    let _ = writeln!(out, "    units_per_em: {upem:.1},");
    let _ = writeln!(out, "    chars: &[{}],", list.join(", "));
    let _ = writeln!(out, "    advances: &[{}],", adv.join(", "));
    let _ = writeln!(out, "    first_class: &[{}],", joined(&first));
    let _ = writeln!(out, "    second_class: &[{}],", joined(&second));
    let _ = writeln!(out, "    second_classes: {n2},");
    let m: Vec<String> = matrix.iter().map(i16::to_string).collect();
    let _ = writeln!(out, "    class_kerning: &[{}],", m.join(", "));
    let _ = writeln!(out, "    pair_kerning: &[{}],", pairs.join(", "));
    let _ = writeln!(out, "    ink_top: {:.4},", em(top));
    let _ = writeln!(out, "    ink_bottom: {:.4},", -em(bottom));
    let x_height = face.x_height().map(i32::from).unwrap_or(500);
    let _ = writeln!(out, "    x_height: {:.4},", em(x_height));
    let _ = writeln!(out, "}};");
}
