//! Chart tests on the SVG backend: geometry, labels, escaping, missing values.
#![allow(clippy::disallowed_methods)] // Native only: the standard sorts (see clippy.toml) cost the web modules nothing.

mod charts_support;

use care::charts::*;
use charts_support::*;

const W: u32 = 800;
const H: u32 = 450;
const ACCENT: &str = "#0066CC";
const CUTOFF: &str = "#4D5E70";

fn svg(chart: Chart<'_>) -> String {
    let s = render_svg(&chart, &text(), &Theme::default(), W, H).expect("renders");
    assert_well_formed(&s);
    s
}

fn accent_bars(s: &str) -> Vec<Rect> {
    let mut bars: Vec<Rect> = rects(s).into_iter().filter(|r| r.fill == ACCENT).collect();
    bars.sort_by(|a, b| a.x.partial_cmp(&b.x).unwrap());
    bars
}

#[test]
fn subindex_bars_are_proportional_and_cutoffs_at_the_right_height() {
    let s = svg(Chart::Subindices {
        dims: Dimensions::new(80.0, 40.0, 60.0),
        cutoffs: CUTS,
    });
    let bars = accent_bars(&s);
    assert_eq!(bars.len(), 3, "three bars: {bars:?}");
    // All bars share the baseline.
    let base = bars[0].y + bars[0].h;
    for b in &bars {
        assert!((b.y + b.h - base).abs() <= 1.0);
    }
    // Heights proportional to the values (within a pixel of rounding).
    let unit = bars[0].h / 80.0;
    assert!((bars[1].h - 40.0 * unit).abs() <= 1.0, "{bars:?}");
    assert!((bars[2].h - 60.0 * unit).abs() <= 1.0, "{bars:?}");
    // The 100 mark is where the plot ends: the elevated band's top.
    let plot_h = 100.0 * unit;
    assert!(plot_h > 200.0, "plot tall enough: {plot_h}");
    // Dashed cut-off lines at the top of the 40 and 60 bars.
    let segs = horizontal_segments(&s, CUTOFF);
    for (bar, cut) in [(&bars[1], 40), (&bars[2], 60)] {
        let n = segs
            .iter()
            .filter(|(y, _, _)| (y - bar.y).abs() <= 1.0)
            .count();
        assert!(n >= 10, "dashed line at {cut} (y={}): {n} dashes", bar.y);
    }
    // Labels: values with a decimal comma, cut-off labels, dimension and band names.
    for l in [
        "80,0",
        "40,0",
        "60,0",
        "soglia 40",
        "soglia 60",
        "DPS",
        "DPA",
        "DO",
        "basso",
        "sufficiente",
        "elevato",
        "Sotto-indici",
    ] {
        assert!(has_text(&s, l), "missing label {l}");
    }
    assert!(
        has_text(&s, "Comune di Prova · 12/05/2025 · care-2021"),
        "footer"
    );
}

#[test]
fn missing_subindex_draws_nd_and_no_bar() {
    let s = svg(Chart::Subindices {
        dims: Dimensions {
            dps: Some(50.0),
            dpa: None,
            do_: Some(0.0),
        },
        cutoffs: CUTS,
    });
    let bars = accent_bars(&s);
    // 50 is a bar; 0 is a zero-height bar at most; None is no bar at all.
    let tall: Vec<_> = bars.iter().filter(|b| b.h >= 1.0).collect();
    assert_eq!(tall.len(), 1, "{bars:?}");
    assert!(bars.len() <= 2, "no bar for the missing value: {bars:?}");
    let nd: Vec<_> = texts(&s).into_iter().filter(|t| t.raw == "n.d.").collect();
    assert_eq!(nd.len(), 1);
    // The n.d. label sits in the middle slot (DPA), between the other two.
    let dpa = texts(&s).into_iter().find(|t| t.raw == "DPA").unwrap();
    assert!((nd[0].x - dpa.x).abs() <= 1.0);
    assert!(
        !has_text(&s, "0,0") || bars.len() == 2,
        "a real zero is still labelled as a value"
    );
}

#[test]
fn free_text_is_escaped_and_never_markup() {
    let mut t = text();
    t.comune = "<script>alert('x')</script> & \"Co\"".into();
    t.footer = Some(format!("{} · 2025", t.comune));
    let own = Benchmark::new(t.comune.clone(), 50.0, 50.0, 50.0, 50.0);
    let others = [Benchmark::new("Siena 2021", 62.0, 67.0, 72.0, 47.0)];
    for chart in [
        Chart::Benchmark {
            own: &own,
            others: &others,
            cutoffs: CUTS,
        },
        Chart::Distribution {
            years: &[ClassDistribution {
                year: 2021,
                spinta: 49,
                stacco: 38,
                blocchi: 23,
            }],
            own_class: Some(ClassKind::Spinta),
        },
        Chart::Subindices {
            dims: Dimensions::new(1.0, 2.0, 3.0),
            cutoffs: CUTS,
        },
    ] {
        let s = render_svg(&chart, &t, &Theme::default(), 1200, 450).unwrap();
        assert_well_formed(&s);
        assert!(
            !s.contains("<script"),
            "{}: raw markup leaked",
            chart.slug()
        );
        assert!(
            s.contains("&lt;script&gt;"),
            "{}: escaped name present",
            chart.slug()
        );
        assert!(s.contains("&amp;"), "{}: ampersand escaped", chart.slug());
    }
}

fn services(n: usize) -> Vec<ServiceCell> {
    (0..n)
        .map(|i| ServiceCell {
            label: format!("Servizio numero {i}"),
            level: match i {
                18 => CellLevel::NotApplicable,
                19 => CellLevel::Unanswered,
                _ => CellLevel::Level((i % 5) as u8),
            },
            online: i < 18 && i % 5 >= 3,
            spid: i % 2 == 0,
            cie: i % 3 == 0,
        })
        .collect()
}

#[test]
fn services_matrix_has_twenty_cells_with_level_text() {
    let cells = services(20);
    let theme = Theme::default();
    let s = svg(Chart::Services { cells: &cells });
    let all_texts = texts(&s);
    for (i, cell) in cells.iter().enumerate() {
        assert!(has_words(&s, &cell.label), "label {i}");
        // The label's first line (whole or wrapped).
        let label = all_texts
            .iter()
            .find(|t| t.raw == cell.label || cell.label.starts_with(&format!("{} ", t.raw)))
            .unwrap();
        // The mark in the cell is on the same row (within a line of the label), left of the label.
        let mark = match cell.level {
            CellLevel::Level(l) => l.to_string(),
            CellLevel::NotApplicable => "n.a.".into(),
            CellLevel::Unanswered => "?".into(),
        };
        assert!(
            all_texts
                .iter()
                .any(|t| t.raw == mark && (t.y - label.y).abs() <= 12.0 && t.x < label.x),
            "cell {i} shows {mark}"
        );
    }
    // 18 level cells filled with one of the five level colours.
    let level_fills: Vec<String> = theme
        .palette
        .levels
        .iter()
        .map(|c| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2))
        .collect();
    let big_cells = rects(&s)
        .into_iter()
        .filter(|r| level_fills.contains(&r.fill) && r.w > 20.0)
        .count();
    assert_eq!(big_cells, 18);
    // Badges: S and C letters only for level >= 3 services with access.
    let expected_s = cells
        .iter()
        .filter(|c| matches!(c.level, CellLevel::Level(l) if l >= 3) && c.spid)
        .count();
    let s_badges = all_texts.iter().filter(|t| t.raw == "S").count();
    assert_eq!(s_badges, expected_s + 1, "S badges plus the legend");
}

#[test]
fn radar_draws_triangle_rings_and_nd() {
    let s = svg(Chart::Radar {
        dims: Dimensions::new(100.0, 50.0, 20.0),
        cutoffs: CUTS,
    });
    for l in [
        "DPS", "DPA", "DO", "100,0", "50,0", "20,0", "20", "40", "60", "80", "100",
    ] {
        assert!(has_text(&s, l), "label {l}");
    }
    // Closed outline of the comune: a polyline of 4 points (closed) in the accent colour.
    let outline: Vec<_> = polylines(&s)
        .into_iter()
        .filter(|(c, p)| c == ACCENT && p.len() == 4)
        .collect();
    assert_eq!(outline.len(), 1);
    let p = &outline[0].1;
    // DPS = 100 is the top vertex; DPA = 50 is at half the radius: check the distance ratio.
    let cx = p[0].0;
    let r100 = p[0];
    let center_y = {
        // The spokes go from the centre to the vertices of the 100 ring.
        let spokes: Vec<_> = polylines(&s)
            .into_iter()
            .filter(|(_, q)| q.len() == 2 && (q[0].0 - cx).abs() < 0.5 && (q[1].0 - cx).abs() < 0.5)
            .collect();
        spokes
            .iter()
            .map(|(_, q)| q[0].1.max(q[1].1))
            .fold(f64::MIN, f64::max)
    };
    let r = center_y - r100.1;
    let d_dpa = ((p[1].0 - cx).powi(2) + (p[1].1 - center_y).powi(2)).sqrt();
    assert!((d_dpa - r * 0.5).abs() <= 2.0, "r={r} dpa={d_dpa}");

    let s = svg(Chart::Radar {
        dims: Dimensions {
            dps: Some(70.0),
            dpa: None,
            do_: Some(30.0),
        },
        cutoffs: CUTS,
    });
    assert!(has_text(&s, "n.d."));
    assert!(
        !polylines(&s)
            .iter()
            .any(|(c, p)| c == ACCENT && p.len() == 4),
        "no triangle with a missing vertex"
    );
}

#[test]
fn composite_scale_shows_value_class_and_cutoffs() {
    let s = svg(Chart::Composite {
        dims: Dimensions::new(67.0, 72.0, 47.0),
        composite: Some(62.0),
        class: Some(ClassKind::Spinta),
        sub: Some("eccellente"),
        cutoffs: CUTS,
    });
    for l in [
        "Ca.Re 62,0",
        "Spinta, eccellente",
        "basso",
        "sufficiente",
        "elevato",
        "67,0",
        "72,0",
        "47,0",
        "40",
        "60",
    ] {
        assert!(has_text(&s, l), "label {l}");
    }
    let s = svg(Chart::Composite {
        dims: Dimensions {
            dps: None,
            dpa: None,
            do_: None,
        },
        composite: None,
        class: None,
        sub: None,
        cutoffs: CUTS,
    });
    assert!(has_text(&s, "Ca.Re n.d."));
    assert!(!has_text(&s, "Spinta") && !has_text(&s, "Stacco"));
}

#[test]
fn benchmark_sorts_and_highlights_the_comune() {
    let own = Benchmark {
        label: "Comune di Prova".into(),
        care: Some(61.0),
        dps: Some(60.0),
        dpa: Some(61.0),
        do_: Some(62.0),
    };
    let others = [
        Benchmark::new("Cagliari 2020", 57.5, 64.7, 61.7, 46.7),
        Benchmark::new("Siena 2021", 62.0, 67.0, 72.0, 47.0),
    ];
    let s = svg(Chart::Benchmark {
        own: &own,
        others: &others,
        cutoffs: CUTS,
    });
    let t = texts(&s);
    let y = |l: &str| t.iter().find(|x| x.raw == l).unwrap().y;
    assert!(y("Siena 2021") < y("Comune di Prova") && y("Comune di Prova") < y("Cagliari 2020"));
    // Bar lengths proportional: highlighted bar in the accent colour.
    let own_bar = rects(&s)
        .into_iter()
        .find(|r| {
            r.fill == ACCENT && r.w > 20.0 && (r.y + r.h / 2.0 - y("Comune di Prova")).abs() < 3.0
        })
        .expect("own bar");
    let other = rects(&s)
        .into_iter()
        .find(|r| r.fill == "#A9B7C6" && (r.y + r.h / 2.0 - y("Siena 2021")).abs() < 3.0)
        .expect("other bar");
    assert!((own_bar.w / other.w - 61.0 / 62.0).abs() < 0.01);
    assert!(has_text(&s, "61,0") && has_text(&s, "62,0") && has_text(&s, "57,5"));
}

#[test]
fn class_distribution_counts_and_own_class() {
    let years = [
        ClassDistribution {
            year: 2020,
            spinta: 35,
            stacco: 37,
            blocchi: 37,
        },
        ClassDistribution {
            year: 2021,
            spinta: 49,
            stacco: 38,
            blocchi: 23,
        },
    ];
    let s = svg(Chart::Distribution {
        years: &years,
        own_class: Some(ClassKind::Stacco),
    });
    for l in [
        "35",
        "37",
        "49",
        "38",
        "23",
        "2020 · 109 comuni",
        "2021 · 110 comuni",
        "Comune di Prova: Stacco",
        "45%",
    ] {
        assert!(has_text(&s, l), "label {l}");
    }
    // Segment widths proportional to the counts (2021: 23 of 110 vs 49 of 110).
    let theme = Theme::default();
    let hex = |c: plotters::style::RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let widths = |fill: String| -> Vec<f64> {
        rects(&s)
            .into_iter()
            .filter(|r| r.fill == fill && r.w > 40.0)
            .map(|r| r.w)
            .collect()
    };
    let blocchi = widths(hex(theme.palette.classes[0]));
    let spinta = widths(hex(theme.palette.classes[2]));
    assert_eq!(blocchi.len(), 2);
    assert!(
        (spinta[1] / blocchi[1] - 49.0 / 23.0).abs() < 0.05,
        "{spinta:?} {blocchi:?}"
    );
}

#[test]
fn comparison_groups_four_bars_per_comune() {
    let comuni = [
        Benchmark::new("A", 50.0, 40.0, 50.0, 60.0),
        Benchmark {
            label: "B".into(),
            care: None,
            dps: Some(80.0),
            dpa: None,
            do_: Some(20.0),
        },
    ];
    let s = svg(Chart::Comparison {
        comuni: &comuni,
        cutoffs: CUTS,
    });
    let theme = Theme::default();
    let hex = |c: plotters::style::RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let count = |k: usize| {
        rects(&s)
            .into_iter()
            .filter(|r| r.fill == hex(theme.palette.series[k]) && r.w < 100.0 && r.h > 0.0)
            .count()
    };
    // Legend swatches + bars: DPS 1 + 2, DPA 1 + 1, DO 1 + 2, Ca.Re 1 + 1.
    assert_eq!([count(0), count(1), count(2), count(3)], [3, 2, 3, 2]);
    assert_eq!(texts(&s).iter().filter(|t| t.raw == "n.d.").count(), 2);
}

#[test]
fn every_chart_renders_at_phone_width_with_its_title() {
    let cells = services(20);
    let own = Benchmark::new("X", 50.0, 50.0, 50.0, 50.0);
    let years = [ClassDistribution {
        year: 2021,
        spinta: 49,
        stacco: 38,
        blocchi: 23,
    }];
    let charts = [
        (
            Chart::Subindices {
                dims: Dimensions::new(1.0, 2.0, 3.0),
                cutoffs: CUTS,
            },
            "Sotto-indici",
        ),
        (
            Chart::Radar {
                dims: Dimensions::new(1.0, 2.0, 3.0),
                cutoffs: CUTS,
            },
            "Profilo",
        ),
        (Chart::Services { cells: &cells }, "Servizi online"),
        (
            Chart::Composite {
                dims: Dimensions::new(1.0, 2.0, 3.0),
                composite: Some(2.0),
                class: Some(ClassKind::Blocchi),
                sub: None,
                cutoffs: CUTS,
            },
            "Indice Ca.Re",
        ),
        (
            Chart::Benchmark {
                own: &own,
                others: &[],
                cutoffs: CUTS,
            },
            "Confronto",
        ),
        (
            Chart::Distribution {
                years: &years,
                own_class: None,
            },
            "Distribuzione",
        ),
        (
            Chart::Comparison {
                comuni: std::slice::from_ref(&own),
                cutoffs: CUTS,
            },
            "Comuni a confronto",
        ),
    ];
    for (chart, title) in charts {
        for theme in [Theme::default(), Theme::presentation()] {
            let s = render_svg(&chart, &text(), &theme, 360, 640).unwrap();
            assert_well_formed(&s);
            assert!(has_text(&s, title), "{} title", chart.slug());
            // No text is drawn left of the image or beyond its right edge (start-anchored ones).
            for t in texts(&s) {
                assert!(
                    t.x >= 0.0 && t.x <= 360.0 && t.y >= 0.0 && t.y <= 640.0,
                    "{}: {t:?}",
                    chart.slug()
                );
            }
            // Type is never tiny: the smallest font-size is at least 9 CSS px.
            let min_font = s
                .match_indices("font-size=\"")
                .map(|(i, m)| {
                    s[i + m.len()..]
                        .split('"')
                        .next()
                        .unwrap()
                        .parse::<f64>()
                        .unwrap()
                })
                .fold(f64::MAX, f64::min);
            assert!(min_font >= 9.0, "{}: font {min_font}", chart.slug());
        }
    }
}
