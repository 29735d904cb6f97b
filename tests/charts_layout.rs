//! The chart layout checked from its own boxes: every chart laid out for a set of fixtures (a complete and a
//! partial assessment, a comune name of 80 characters, the 20 services with their longest names, six comuni in
//! a comparison with two alike names, one comune over three years) at the desktop, phone and slide sizes, and
//! for each scene four checks: no two text boxes overlap; no text crosses a line, a tick or a marker (nor leaves
//! the canvas), and no two markers cover each other; no label is cut where two lines would hold it; the drawn
//! content fills at least 70% of the canvas height.

mod examples_support;

use examples_support::example;

use care::charts::metrics::text_width;
use care::charts::scene::{Rect, Scene, Shape};
use care::charts::{
    layout, Benchmark, Chart, ChartText, ClassKind, Cutoffs, Dimensions, Theme, TrendPoint,
};
use care::model::{self, score, Answers, Lang};
use care::report::charts::{export_text, figures, screen_text};
use care::report::{AssessmentDate, Date};

const DATE: Option<AssessmentDate> = Some(AssessmentDate::Day(Date {
    year: 2026,
    month: 5,
    day: 12,
}));
const CUTS: Cutoffs = Cutoffs {
    low: 40.0,
    high: 60.0,
};

/// Where a chart is drawn: the figure's width in CSS pixels (height: the content's), or a slide.
#[derive(Clone, Copy, Debug)]
enum Size {
    /// A results figure on a 1280 px wide page.
    Desktop,
    /// The full-width figures (services, compare) on a 1280 px wide page.
    DesktopWide,
    /// A 360 px wide phone.
    Phone,
    /// A 16:9 slide export (800 x 450 at 2x).
    Slide,
}

impl Size {
    const ALL: [Size; 4] = [Size::Desktop, Size::DesktopWide, Size::Phone, Size::Slide];

    fn scene(self, chart: &Chart<'_>, screen: &ChartText, export: &ChartText) -> Scene {
        match self {
            Size::Desktop => layout(chart, screen, &Theme::default(), 600.0, None),
            Size::DesktopWide => layout(chart, screen, &Theme::default(), 1180.0, None),
            Size::Phone => layout(chart, screen, &Theme::default(), 328.0, None),
            Size::Slide => layout(
                chart,
                export,
                &Theme::default().with_scale(2.0),
                1600.0,
                Some(900.0),
            ),
        }
    }
}

/// Greedy word wrap: whether `s` fits in `n` lines of `max_w` (the oracle of the "cut" check).
fn fits_in_lines(s: &str, em: f64, bold: bool, max_w: f64, n: usize) -> bool {
    let mut lines = 0;
    let mut cur = String::new();
    for w in s.split_whitespace() {
        let cand = if cur.is_empty() {
            w.to_string()
        } else {
            format!("{cur} {w}")
        };
        if text_width(&cand, em, bold) <= max_w {
            cur = cand;
        } else {
            if text_width(w, em, bold) > max_w {
                return false;
            }
            lines += 1;
            cur = w.to_string();
        }
    }
    lines + usize::from(!cur.is_empty()) <= n
}

/// The failed checks of a scene, each with its first few offenders.
fn problems(scene: &Scene) -> Vec<(&'static str, Vec<String>)> {
    let mut out = Vec::new();
    let tol = 0.5;
    let boxes: Vec<(usize, Rect, String)> = scene
        .labels
        .iter()
        .enumerate()
        .flat_map(|(i, l)| {
            l.boxes()
                .into_iter()
                .zip(l.lines.clone())
                .map(move |(b, t)| (i, b, t))
        })
        .filter(|(_, _, t)| !t.is_empty())
        .collect();
    // 1. No two text boxes overlap.
    let mut overlap = Vec::new();
    for (a, (ia, ba, ta)) in boxes.iter().enumerate() {
        for (ib, bb, tb) in boxes.iter().skip(a + 1) {
            if ia != ib && ba.grow(-tol).overlaps(&bb.grow(-tol)) {
                overlap.push(format!("{ta:?} / {tb:?}"));
            }
        }
    }
    if !overlap.is_empty() {
        out.push(("text over text", overlap));
    }
    // 2. No text crosses a line or a marker, nor leaves the canvas; no marker covers another.
    let canvas = Rect::new(0.0, 0.0, scene.width, scene.height);
    let mut cross = Vec::new();
    for (i, b, t) in &boxes {
        let host = scene.labels[*i].host;
        let r = b.grow(-tol);
        if r.x0 < canvas.x0 || r.y0 < canvas.y0 || r.x1 > canvas.x1 || r.y1 > canvas.y1 {
            cross.push(format!("{t:?} leaves the canvas"));
        }
        for (k, s) in scene.shapes.iter().enumerate() {
            if Some(k) == host {
                continue;
            }
            let hit_line = s
                .segments()
                .iter()
                .any(|(p, q, w)| r.grow(w / 2.0).clip(*p, *q).is_some());
            let hit_mark = s.mark_box().is_some_and(|m| m.overlaps(&r));
            if hit_line || hit_mark {
                cross.push(format!("{t:?} on {}", kind(s)));
                break;
            }
        }
    }
    let markers: Vec<Rect> = scene
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Marker { .. }))
        .filter_map(Shape::mark_box)
        .collect();
    for (a, ma) in markers.iter().enumerate() {
        for mb in markers.iter().skip(a + 1) {
            if ma.grow(-tol).overlaps(&mb.grow(-tol)) {
                cross.push(format!(
                    "markers cover each other at {:.0},{:.0}",
                    ma.x0, ma.y0
                ));
            }
        }
    }
    if !cross.is_empty() {
        out.push(("text on a line or marker", cross));
    }
    // 3. No label cut where two lines would hold it.
    let cut: Vec<String> = scene
        .labels
        .iter()
        .filter(|l| l.cut && fits_in_lines(&l.full, l.em, l.bold, l.max_w, 2))
        .map(|l| format!("{:?} cut in {:.0} px", l.full, l.max_w))
        .collect();
    if !cut.is_empty() {
        out.push(("cut where two lines fit", cut));
    }
    // 4. The content fills at least 70% of the height (the footer, pinned to the bottom, does not count).
    let content = scene.content().map(|c| c.h()).unwrap_or(0.0);
    if content < 0.7 * scene.height {
        out.push((
            "content under 70% of the height",
            vec![format!("{content:.0} of {:.0}", scene.height)],
        ));
    }
    out
}

fn kind(s: &Shape) -> &'static str {
    match s {
        Shape::Fill { .. } => "a mark",
        Shape::Stroke { .. } => "an outline",
        Shape::Line { dashed: true, .. } => "a dashed line",
        Shape::Line { .. } => "a line",
        Shape::Polygon { .. } => "a polygon",
        Shape::Marker { .. } => "a marker",
    }
}

/// Lays out every chart of `charts` at every size and returns (scenes checked, failed checks, report).
fn run(
    charts: &[(String, Chart<'_>)],
    screen: &ChartText,
    export: &ChartText,
) -> (usize, usize, String) {
    let (mut checks, mut failed, mut report) = (0, 0, String::new());
    for (name, chart) in charts {
        for size in Size::ALL {
            let scene = size.scene(chart, screen, export);
            checks += 4;
            for (what, who) in problems(&scene) {
                failed += 1;
                let few: Vec<&String> = who.iter().take(3).collect();
                report += &format!("{name} {size:?}: {what} ({}): {few:?}\n", who.len());
            }
        }
    }
    (checks, failed, report)
}

/// The six charts of an assessment, in `lang`.
fn assessment(answers: &Answers, lang: Lang, name: &str) -> (usize, usize, String) {
    let ed = model::current();
    let scores = score(ed, answers);
    let figs = figures(ed, answers, &scores, lang);
    let charts: Vec<(String, Chart<'_>)> = figs
        .iter()
        .map(|f| (format!("{name} {}", f.kind.stem()), f.spec.as_chart()))
        .collect();
    run(
        &charts,
        &screen_text(ed, answers, lang),
        &export_text(ed, answers, DATE, lang),
    )
}

fn check(result: (usize, usize, String)) {
    let (checks, failed, report) = result;
    println!("layout checks: {failed} of {checks} failed\n{report}");
    assert_eq!(
        failed, 0,
        "{failed} of {checks} layout checks failed:\n{report}"
    );
}

#[test]
fn a_complete_assessment_lays_out_cleanly() {
    let it = assessment(&example("large-city.json"), Lang::It, "complete it");
    let en = assessment(&example("small-comune.json"), Lang::En, "complete en");
    check((it.0 + en.0, it.1 + en.1, it.2 + &en.2));
}

#[test]
fn a_partial_assessment_lays_out_cleanly() {
    let partial = example("partial.json");
    let ed = model::current();
    assert!(
        export_text(ed, &partial, DATE, Lang::It)
            .provisional
            .is_some(),
        "a partial assessment's images carry the provisional mark"
    );
    check(assessment(&partial, Lang::It, "partial"));
}

#[test]
fn a_comune_name_of_80_characters_lays_out_cleanly() {
    let mut a = example("large-city.json");
    a.comune.name =
        "Comune di Sant'Angelo in Pontano della Valle dell'Alto Tenna e dei Monti Sibillini".into();
    assert!(a.comune.name.chars().count() >= 80);
    check(assessment(&a, Lang::It, "long name"));
}

#[test]
fn the_20_services_with_their_longest_names_lay_out_cleanly() {
    let ed = model::current();
    let a = example("large-city.json");
    let mut figs = figures(ed, &a, &score(ed, &a), Lang::It);
    let f = figs
        .iter_mut()
        .find(|f| f.kind.stem() == "servizi")
        .unwrap();
    if let care::charts::ChartSpec::Services { cells } = &mut f.spec {
        assert_eq!(cells.len(), 20);
        for (cell, s) in cells.iter_mut().zip(&ed.services) {
            let (it, en) = (s.name.get(Lang::It), s.name.get(Lang::En));
            cell.label = if en.len() > it.len() { en } else { it }.to_string();
        }
    }
    let charts = vec![("services longest".to_string(), f.spec.as_chart())];
    check(run(
        &charts,
        &screen_text(ed, &a, Lang::It),
        &export_text(ed, &a, DATE, Lang::It),
    ));
}

fn comuni() -> Vec<Benchmark> {
    vec![
        Benchmark::new(
            "Comune di San Giovanni in Persiceto 2024",
            58.2,
            61.0,
            55.0,
            58.6,
        ),
        Benchmark::new(
            "Comune di San Giovanni in Fiore 2024",
            44.1,
            40.0,
            47.5,
            44.8,
        ),
        Benchmark::new("Bologna 2021", 71.3, 78.0, 66.0, 70.0),
        Benchmark {
            dps: None,
            ..Benchmark::new("Modena 2021", 63.0, 0.0, 64.0, 62.0)
        },
        Benchmark::new("Siena 2025", 39.9, 39.9, 40.1, 39.7),
        Benchmark::new("Reggio nell'Emilia 2023", 52.0, 60.0, 45.0, 51.0),
    ]
}

#[test]
fn six_comuni_in_a_comparison_lay_out_cleanly() {
    let ed = model::current();
    let a = example("large-city.json");
    let comuni = comuni();
    let charts = vec![(
        "comparison".to_string(),
        Chart::Comparison {
            comuni: &comuni,
            cutoffs: CUTS,
        },
    )];
    let mut screen = screen_text(ed, &a, Lang::It);
    screen.titles = Default::default();
    check(run(&charts, &screen, &export_text(ed, &a, DATE, Lang::It)));
}

/// A comune's points over the years: (year, DPS, DPA, DO, Ca.Re) with the class of each year.
fn trend_points(rows: &[(u16, f64, f64, f64, f64)], classes: &[ClassKind]) -> Vec<TrendPoint> {
    rows.iter()
        .zip(classes)
        .map(|(&(y, dps, dpa, do_, care), &class)| TrendPoint {
            label: y.to_string(),
            dims: Dimensions::new(dps, dpa, do_),
            care: Some(care),
            class: Some(class),
        })
        .collect()
}

/// Every line of text a laid-out chart writes.
fn lines(scene: &Scene) -> Vec<String> {
    scene.labels.iter().flat_map(|l| l.lines.clone()).collect()
}

#[test]
fn one_comune_over_three_years_lays_out_cleanly() {
    let ed = model::current();
    let a = example("large-city.json");
    let points = trend_points(
        &[
            (2024, 41.0, 38.5, 52.0, 44.0),
            (2025, 47.5, 47.0, 55.0, 49.8),
            (2026, 58.0, 61.0, 57.0, 58.7),
        ],
        &ClassKind::ALL,
    );
    let same: Vec<Benchmark> = points
        .iter()
        .map(|p| Benchmark {
            label: format!("Comune di Prova {}", p.label),
            care: p.care,
            dps: p.dims.dps,
            dpa: p.dims.dpa,
            do_: p.dims.do_,
        })
        .collect();
    let charts = vec![
        (
            "trend".to_string(),
            Chart::Trend {
                points: &points,
                cutoffs: CUTS,
            },
        ),
        (
            "comparison of years".to_string(),
            Chart::Comparison {
                comuni: &same,
                cutoffs: CUTS,
            },
        ),
    ];
    check(run(
        &charts,
        &screen_text(ed, &a, Lang::It),
        &export_text(ed, &a, DATE, Lang::It),
    ));
}

/// The history of the Borgomonte example: in 2025 the composite's value fits nowhere beside its marker (the DPA line
/// above, the 40 cut-off below, its own line to the right), so it goes above the year's marks, where the nearest mark
/// is DPS's. There it names its series, so that it is not read as DPS's value; beside its marker it is the number
/// alone.
#[test]
fn a_composite_value_away_from_its_marker_names_its_series() {
    let ed = model::current();
    let a = example("large-city.json");
    let [blocks, stacco, _] = ClassKind::ALL;
    let points = trend_points(
        &[
            (2024, 56.9, 37.5, 18.1, 37.5),
            (2025, 58.3, 50.0, 35.5, 47.9),
            (2026, 59.7, 54.2, 36.8, 50.2),
        ],
        &[blocks, stacco, stacco],
    );
    let chart = Chart::Trend {
        points: &points,
        cutoffs: CUTS,
    };
    let (screen, export) = (
        screen_text(ed, &a, Lang::It),
        export_text(ed, &a, DATE, Lang::It),
    );
    check(run(&[("history".to_string(), chart)], &screen, &export));
    let slide = lines(&Size::Slide.scene(&chart, &screen, &export));
    assert!(slide.iter().any(|t| t == "Ca.Re 47,9"), "{slide:?}");
    assert!(slide.iter().any(|t| t == "50,2"), "{slide:?}");
    assert!(!slide.iter().any(|t| t == "47,9"), "{slide:?}");
}

/// The bars' values of a comparison share one format at every size: all with one decimal, or all rounded (a phone
/// once showed "59,7 54 37 50,2" side by side, rounding only where a decimal did not fit).
#[test]
fn a_comparison_writes_all_its_values_in_one_format() {
    let ed = model::current();
    let a = example("large-city.json");
    let comuni = vec![
        Benchmark::new(
            "Comune di Borgomonte (esempio) 2026",
            57.3,
            54.2,
            36.8,
            50.2,
        ),
        Benchmark::new("Città di Portoalto (esempio) 2026", 93.8, 95.3, 91.4, 93.4),
    ];
    let chart = Chart::Comparison {
        comuni: &comuni,
        cutoffs: CUTS,
    };
    let screen = screen_text(ed, &a, Lang::It);
    let export = export_text(ed, &a, DATE, Lang::It);
    let values: Vec<f64> = comuni
        .iter()
        .flat_map(|b| [b.dps, b.dpa, b.do_, b.care])
        .flatten()
        .collect();
    let decimal: Vec<String> = values.iter().map(|v| screen.fmt1(*v)).collect();
    let whole: Vec<String> = values.iter().map(|v| screen.fmt_whole(*v)).collect();
    for size in Size::ALL {
        let written = lines(&size.scene(&chart, &screen, &export));
        let with_decimal = written.iter().filter(|t| decimal.contains(t)).count();
        let rounded = written.iter().filter(|t| whole.contains(t)).count();
        assert!(
            with_decimal == 0 || rounded == 0,
            "{size:?}: {with_decimal} with a decimal and {rounded} rounded: {written:?}"
        );
        assert!(
            with_decimal + rounded >= 6,
            "{size:?}: most values are written: {written:?}"
        );
    }
}
