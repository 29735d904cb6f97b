//! Shared helpers of the chart tests: a localised text and a tiny SVG scanner.
#![allow(dead_code)]

use care::charts::*;

pub fn text() -> ChartText {
    ChartText {
        titles: ChartTitles {
            subindices: "Sotto-indici".into(),
            radar: "Profilo".into(),
            services: "Servizi online".into(),
            composite: "Indice Ca.Re".into(),
            benchmark: "Confronto".into(),
            distribution: "Distribuzione".into(),
            comparison: "Comuni a confronto".into(),
            trend: "Andamento".into(),
        },
        subtitle: None,
        provisional: None,
        footer: Some(footer_line(&["Comune di Prova", "12/05/2025", "care-2021"])),
        comune: "Comune di Prova".into(),
        dimensions: ["DPS".into(), "DPA".into(), "DO".into()],
        dimensions_long: ["Servizi".into(), "PA digitale".into(), "Apertura".into()],
        composite: "Ca.Re".into(),
        bands: ["basso".into(), "sufficiente".into(), "elevato".into()],
        classes: [
            "Blocchi di partenza".into(),
            "Stacco".into(),
            "Spinta".into(),
        ],
        not_available: "n.d.".into(),
        cutoff: "soglia".into(),
        levels: ["0".into(), "1".into(), "2".into(), "3".into(), "4".into()]
            .map(|s: String| format!("livello {s}")),
        not_applicable: "non di competenza".into(),
        not_applicable_short: "n.a.".into(),
        unanswered: "non risposto".into(),
        unanswered_short: "?".into(),
        spid_badge: "S".into(),
        cie_badge: "C".into(),
        spid_legend: "SPID".into(),
        cie_legend: "CIE".into(),
        composite_note: Some("La classe dipende dalle tre fasce.".into()),
        distribution_row: "{year} · {total} comuni".into(),
        decimal_comma: true,
    }
}

pub const CUTS: Cutoffs = Cutoffs {
    low: 40.0,
    high: 60.0,
};

#[derive(Debug, Clone)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub fill: String,
}

#[derive(Debug, Clone)]
pub struct SvgText {
    pub x: f64,
    /// The middle of the text's ink (from `y`, `dy` and `font-size`).
    pub y: f64,
    /// The raw (escaped) content.
    pub raw: String,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

fn num(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Opening tags `<name ...>` (or self-closing) of an element.
fn tags<'a>(svg: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find(&open) {
        let end = rest[i..].find('>').expect("tag closes") + i;
        out.push(&rest[i..=end]);
        rest = &rest[end + 1..];
    }
    out
}

pub fn rects(svg: &str) -> Vec<Rect> {
    tags(svg, "rect")
        .into_iter()
        .filter(|t| attr(t, "fill").is_some_and(|f| f != "none"))
        .map(|t| Rect {
            x: num(t, "x"),
            y: num(t, "y"),
            w: num(t, "width"),
            h: num(t, "height"),
            fill: attr(t, "fill").unwrap_or_default(),
        })
        .collect()
}

pub fn texts(svg: &str) -> Vec<SvgText> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find("<text ") {
        let end = rest[i..].find('>').unwrap() + i;
        let tag = &rest[i..=end];
        let close = rest[end..].find("</text>").unwrap() + end;
        // The charts draw text top-anchored (`dy="0.76em"`): the ink's middle is about half an em lower.
        let size = num(tag, "font-size");
        let mid = match attr(tag, "dy").as_deref() {
            Some("0.76em") => 0.52 * size,
            _ => 0.0,
        };
        out.push(SvgText {
            x: num(tag, "x"),
            y: num(tag, "y") + mid,
            raw: rest[end + 1..close].trim().to_string(),
        });
        rest = &rest[close..];
    }
    out
}

/// Points of every polyline.
pub fn polylines(svg: &str) -> Vec<(String, Vec<(f64, f64)>)> {
    tags(svg, "polyline")
        .into_iter()
        .map(|t| {
            let pts = attr(t, "points")
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            (attr(t, "stroke").unwrap_or_default(), pts)
        })
        .collect()
}

/// Horizontal segments (y, x0, x1) of a stroke colour, e.g. the pieces of a dashed line.
pub fn horizontal_segments(svg: &str, stroke: &str) -> Vec<(f64, f64, f64)> {
    polylines(svg)
        .into_iter()
        .filter(|(s, p)| s == stroke && p.len() == 2 && (p[0].1 - p[1].1).abs() < 0.5)
        .map(|(_, p)| (p[0].1, p[0].0.min(p[1].0), p[0].0.max(p[1].0)))
        .collect()
}

/// Checks that the document is well formed in the simple sense: every opened element is closed
/// in order, and no stray `<` appears in text content.
pub fn assert_well_formed(svg: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').expect("unclosed tag") + i;
        let tag = &rest[i + 1..end];
        assert!(!tag.contains('<'), "a '<' inside a tag: {tag}");
        if tag.starts_with('?') || tag.starts_with('!') {
        } else if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().expect("close without open");
            assert_eq!(open, name.trim(), "mismatched close tag");
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().unwrap().to_string();
            stack.push(name);
        }
        rest = &rest[end + 1..];
    }
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
}

pub fn has_text(svg: &str, s: &str) -> bool {
    texts(svg).iter().any(|t| t.raw == s)
}

/// Whether the text is drawn, on one line or wrapped on two consecutive lines.
pub fn has_words(svg: &str, s: &str) -> bool {
    let t = texts(svg);
    t.iter().any(|x| x.raw == s)
        || t.windows(2)
            .any(|w| format!("{} {}", w[0].raw, w[1].raw) == s)
}
