//! The results' charts through the report adapter (`care::report::charts`): for a real answers file, the right
//! bars at the right heights, cut-off lines where the model's parameters put them, labels and free text escaped,
//! the data tables and text alternatives, the export text and file names, and the palette's legibility in
//! greyscale and for colour-blind readers.
#![allow(clippy::disallowed_methods)] // Native only: the standard sorts (see clippy.toml) cost the web modules nothing.

mod examples_support;

use examples_support::example;

mod charts_support;

use care::charts::{render_svg, theme, Chart, ChartSpec, Theme};
use care::model::{self, score, Answers, Lang};
use care::report::charts::{
    cutoffs, export_text, figures, file_name, screen_text, slide_file_name, slide_text, ChartKind,
    SlideShape,
};
use care::report::{AssessmentDate, Date};
use charts_support::*;

const ACCENT: &str = "#0066CC";
const CUTOFF: &str = "#4D5E70";
const DATE: Option<AssessmentDate> = Some(AssessmentDate::Day(Date {
    year: 2026,
    month: 5,
    day: 12,
}));

fn svg_of(answers: &Answers, kind: ChartKind, lang: Lang) -> String {
    let ed = model::current();
    let scores = score(ed, answers);
    let fig = figures(ed, answers, &scores, lang)
        .into_iter()
        .find(|f| f.kind == kind)
        .unwrap();
    let s = render_svg(
        &fig.spec.as_chart(),
        &export_text(ed, answers, DATE, lang),
        &Theme::default(),
        800,
        450,
    )
    .unwrap();
    assert_well_formed(&s);
    s
}

#[test]
fn subindex_bars_have_the_heights_of_the_scores_of_the_file() {
    let answers = example("small-comune.json");
    let scores = score(model::current(), &answers);
    let s = svg_of(&answers, ChartKind::Subindices, Lang::It);
    let mut bars: Vec<Rect> = rects(&s).into_iter().filter(|r| r.fill == ACCENT).collect();
    bars.sort_by(|a, b| a.x.total_cmp(&b.x));
    assert_eq!(bars.len(), 3, "{bars:?}");
    let values = [
        scores.dps.unwrap(),
        scores.dpa.unwrap(),
        scores.do_.unwrap(),
    ];
    // The scale: the 40 and 60 cut-off lines give the pixels per point.
    let cuts = cutoffs(model::current());
    assert_eq!((cuts.low, cuts.high), (40.0, 60.0));
    let mut ys: Vec<f64> = horizontal_segments(&s, CUTOFF)
        .into_iter()
        .map(|(y, _, _)| (y * 2.0).round() / 2.0)
        .collect();
    ys.sort_by(f64::total_cmp);
    ys.dedup();
    assert_eq!(ys.len(), 2, "two dashed cut-off lines: {ys:?}");
    let (y60, y40) = (ys[0], ys[1]);
    let per_point = (y40 - y60) / 20.0;
    let base = y40 + 40.0 * per_point;
    for (bar, v) in bars.iter().zip(values) {
        assert!(
            (bar.y + bar.h - base).abs() <= 1.5,
            "bar on the baseline: {bar:?}"
        );
        assert!(
            (bar.h - v * per_point).abs() <= 1.5,
            "bar of {v}: height {} expected {}",
            bar.h,
            v * per_point
        );
    }
    for label in [
        "59,7",
        "54,2",
        "36,8",
        "soglia 40",
        "soglia 60",
        "DPS",
        "DPA",
        "DO",
    ] {
        assert!(has_text(&s, label), "missing {label}");
    }
    assert!(has_text(&s, "I tre sotto-indici e le fasce"), "title");
    assert!(
        has_text(
            &s,
            "Comune di Borgomonte (esempio) · 12/05/2026 · modello care-2021"
        ),
        "footer with comune, date and model"
    );
    // English: decimal point, English words.
    let en = svg_of(&answers, ChartKind::Subindices, Lang::En);
    for label in ["59.7", "cut-off 40", "low", "sufficient", "high"] {
        assert!(has_text(&en, label), "missing {label}");
    }
}

#[test]
fn a_missing_dimension_draws_no_bar() {
    let mut answers = example("small-comune.json");
    answers.social.clear();
    answers.open_data = Default::default();
    let s = svg_of(&answers, ChartKind::Subindices, Lang::It);
    let bars = rects(&s).into_iter().filter(|r| r.fill == ACCENT).count();
    assert_eq!(bars, 2);
    assert!(has_text(&s, "n.d."));
}

#[test]
fn free_text_is_escaped_in_every_chart() {
    let mut answers = example("partial.json");
    answers.comune.name = "<script>alert(\"x\")</script> & Co".into();
    for kind in ChartKind::ALL {
        let s = svg_of(&answers, kind, Lang::It);
        assert!(!s.contains("<script"), "{kind:?}: raw markup in the SVG");
        assert!(
            s.contains("&lt;script&gt;"),
            "{kind:?}: the name is in the footer, escaped"
        );
    }
}

#[test]
fn services_matrix_and_its_table_follow_the_answers() {
    let answers = example("small-comune.json");
    let ed = model::current();
    let scores = score(ed, &answers);
    let figs = figures(ed, &answers, &scores, Lang::It);
    let f = figs.iter().find(|f| f.kind == ChartKind::Services).unwrap();
    let ChartSpec::Services { cells } = &f.spec else {
        panic!("a services spec")
    };
    assert_eq!(cells.len(), 20);
    assert_eq!(f.table.rows.len(), 20);
    // Certificati anagrafici: level 3 with SPID and CIE.
    assert_eq!(f.table.rows[0][1].text, "3 – Invio online");
    assert_eq!(f.table.rows[0][2].text, "sì");
    assert!(cells[0].spid && cells[0].cie);
    // A level-2 service: SPID/CIE not asked.
    let nido = ed
        .services
        .iter()
        .position(|s| s.id == "iscrizione-nido")
        .unwrap();
    assert_eq!(f.table.rows[nido][2].text, "non richiesto");
    assert!(f.label.contains("7 online su 18"), "{}", f.label);
}

#[test]
fn benchmark_compares_only_with_the_same_model_and_marks_the_comune() {
    let answers = example("small-comune.json");
    let ed = model::current();
    let scores = score(ed, &answers);
    let f = figures(ed, &answers, &scores, Lang::It)
        .into_iter()
        .find(|f| f.kind == ChartKind::Benchmark)
        .unwrap();
    let ChartSpec::Benchmark { own, others, .. } = &f.spec else {
        panic!()
    };
    assert_eq!(own.care, scores.care);
    let labels: Vec<&str> = others.iter().map(|o| o.label.as_str()).collect();
    // Every published row of the same model, in the data's order (the data decides how many).
    let published: Vec<String> = care::report::published::published()
        .comparable()
        .iter()
        .map(|c| c.label())
        .collect();
    assert_eq!(labels, published);
    assert!(labels.contains(&"Siena 2021") && labels.contains(&"Cagliari 2020"));
    let table_text = format!("{:?}", f.table);
    assert!(!table_text.contains("Ferrara"), "later editions left out");
    assert!(table_text.contains("(questa valutazione)"));
    // Rows sorted by Ca.Re, like the chart: the comune (50.2) after every published row above it.
    let care = |row: &Vec<care::report::table::Cell>| {
        row[1].text.replace(',', ".").parse::<f64>().unwrap_or(-1.0)
    };
    assert!(f.table.rows.windows(2).all(|w| care(&w[0]) >= care(&w[1])));
    let own = f
        .table
        .rows
        .iter()
        .position(|r| r[0].text == "Comune di Borgomonte (esempio) (questa valutazione)")
        .unwrap();
    assert_eq!(f.table.rows[own][1].text, "50,2");
    assert!(f.table.rows[..own].iter().all(|r| care(r) >= 50.2));
}

#[test]
fn distribution_is_the_published_one_with_the_own_class() {
    let answers = example("small-comune.json");
    let ed = model::current();
    let scores = score(ed, &answers);
    let f = figures(ed, &answers, &scores, Lang::En)
        .into_iter()
        .find(|f| f.kind == ChartKind::Distribution)
        .unwrap();
    let ChartSpec::Distribution { years, own_class } = &f.spec else {
        panic!()
    };
    assert_eq!(years.len(), 2);
    assert_eq!((years[0].year, years[0].total()), (2020, 109));
    assert_eq!(
        (years[1].spinta, years[1].stacco, years[1].blocchi),
        (49, 38, 23)
    );
    assert_eq!(*own_class, Some(care::charts::ClassKind::Stacco));
    assert_eq!(f.table.head[2].text, "Starting blocks");
    let s = svg_of(&answers, ChartKind::Distribution, Lang::En);
    assert!(has_text(&s, "49"));
}

#[test]
fn every_figure_has_a_title_caption_label_and_table() {
    for name in ["small-comune.json", "large-city.json", "partial.json"] {
        let answers = example(name);
        let ed = model::current();
        let scores = score(ed, &answers);
        for lang in Lang::ALL {
            let figs = figures(ed, &answers, &scores, lang);
            assert_eq!(figs.len(), 6);
            for (i, f) in figs.iter().enumerate() {
                assert_eq!(f.number, i + 1);
                assert!(!f.title.is_empty() && !f.caption.is_empty() && !f.label.is_empty());
                assert!(!f.table.rows.is_empty() && !f.table.head.is_empty());
                assert!(f.table.rows.iter().all(|r| r.len() == f.table.head.len()));
            }
        }
    }
}

#[test]
fn screen_text_has_no_title_or_footer_and_export_text_has_both() {
    let answers = example("small-comune.json");
    let ed = model::current();
    let screen = screen_text(ed, &answers, Lang::It);
    assert!(screen.titles.subindices.is_empty() && screen.footer.is_none());
    let export = export_text(ed, &answers, DATE, Lang::En);
    assert_eq!(export.titles.radar, "Profile of the three dimensions");
    assert_eq!(
        export.footer.as_deref(),
        Some("Comune di Borgomonte (esempio) · 2026-05-12 · model care-2021")
    );
    assert_eq!(export.classes[2], "Sprint");
    assert!(!export.decimal_comma);
}

#[test]
fn file_names_say_what_they_are() {
    let answers = example("large-city.json");
    assert_eq!(
        file_name(&answers, DATE, ChartKind::Subindices, "svg"),
        "care-citta-di-portoalto-esempio-2026-subindici.svg"
    );
    let mut a = answers.clone();
    a.comune.year = None;
    a.comune.name = "Forlì".into();
    let d = AssessmentDate::Day(Date {
        year: 2027,
        month: 1,
        day: 2,
    });
    assert_eq!(
        file_name(&a, Some(d), ChartKind::Services, "png"),
        "care-forli-2027-servizi.png"
    );
    // An assessment without any date is not named with the current year.
    assert_eq!(
        file_name(&a, None, ChartKind::Services, "png"),
        "care-forli-servizi.png"
    );
    let stems: std::collections::BTreeSet<&str> = ChartKind::ALL.iter().map(|k| k.stem()).collect();
    assert_eq!(stems.len(), 6, "distinct names");
}

#[test]
fn slides_come_in_three_shapes_with_the_title_the_user_gave() {
    let answers = example("large-city.json");
    let ed = model::current();
    assert_eq!(SlideShape::default(), SlideShape::Wide);
    let sizes: Vec<(u32, u32)> = SlideShape::ALL.iter().map(|s| s.size()).collect();
    assert_eq!(sizes, [(800, 450), (800, 600), (800, 800)]);
    for s in SlideShape::ALL {
        let (w, h) = s.size();
        let (a, b) = s.ratio().split_once(':').unwrap();
        let (a, b): (u32, u32) = (a.parse().unwrap(), b.parse().unwrap());
        assert_eq!(w * b, h * a, "{} is {w} x {h}", s.ratio());
        assert_eq!(SlideShape::parse(s.slug()), Some(s));
    }
    // The default shape keeps the usual name; the others say their shape.
    assert_eq!(
        slide_file_name(&answers, DATE, ChartKind::Radar, SlideShape::Wide, "png"),
        file_name(&answers, DATE, ChartKind::Radar, "png")
    );
    assert_eq!(
        slide_file_name(&answers, DATE, ChartKind::Radar, SlideShape::Square, "svg"),
        "care-citta-di-portoalto-esempio-2026-radar-1x1.svg"
    );
    // The edited title is drawn in the image of that chart only; a blank one keeps the chart's own.
    let base = export_text(ed, &answers, DATE, Lang::It);
    let edited = slide_text(
        &base,
        ChartKind::Radar,
        "  Portoalto: il profilo nel 2026 ",
        " Giunta del 12 maggio ",
    );
    assert_eq!(edited.titles.radar, "Portoalto: il profilo nel 2026");
    assert_eq!(edited.subtitle.as_deref(), Some("Giunta del 12 maggio"));
    assert_eq!(edited.titles.subindices, base.titles.subindices);
    assert_eq!(slide_text(&base, ChartKind::Radar, "  ", " "), base);
    for shape in SlideShape::ALL {
        let (w, h) = shape.size();
        let f = &figures(ed, &answers, &score(ed, &answers), Lang::It)[1];
        let svg = render_svg(&f.spec.as_chart(), &edited, &Theme::default(), w, h).unwrap();
        assert_well_formed(&svg);
        assert!(
            svg.contains(&format!("width=\"{w}\"")) && svg.contains(&format!("height=\"{h}\""))
        );
        assert!(
            has_text(&svg, "Portoalto: il profilo nel 2026"),
            "{}",
            shape.ratio()
        );
    }
}

#[test]
fn every_chart_renders_for_partial_answers() {
    let answers = Answers::new("Vuoto");
    let ed = model::current();
    let scores = score(ed, &answers);
    for f in figures(ed, &answers, &scores, Lang::It) {
        let s = render_svg(
            &f.spec.as_chart(),
            &export_text(ed, &answers, DATE, Lang::It),
            &Theme::default(),
            800,
            450,
        )
        .unwrap();
        assert_well_formed(&s);
        assert!(has_text(&s, &f.title), "{:?}", f.kind);
    }
    let _ = Chart::Services { cells: &[] };
}

// ---- palette: greyscale and colour-vision deficiencies ----

fn rgb(c: plotters::style::RGBColor) -> [f64; 3] {
    [c.0, c.1, c.2].map(|v| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    })
}

/// Relative luminance after simulating a dichromacy (Viénot, Brettel & Mollon 1999, in linear RGB).
fn simulated_luminance(c: plotters::style::RGBColor, m: &[[f64; 3]; 3]) -> f64 {
    let l = rgb(c);
    let s: Vec<f64> = m
        .iter()
        .map(|row| (row[0] * l[0] + row[1] * l[1] + row[2] * l[2]).clamp(0.0, 1.0))
        .collect();
    0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2]
}

const NORMAL: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
const PROTANOPIA: [[f64; 3]; 3] = [
    [0.11238, 0.88762, 0.0],
    [0.11238, 0.88762, 0.0],
    [0.00401, -0.00401, 1.0],
];
const DEUTERANOPIA: [[f64; 3]; 3] = [
    [0.29275, 0.70725, 0.0],
    [0.29275, 0.70725, 0.0],
    [-0.02234, 0.02234, 1.0],
];
const TRITANOPIA: [[f64; 3]; 3] = [
    [1.0, 0.14461, -0.14461],
    [0.0, 0.85924, 0.14076],
    [0.0, 0.85924, 0.14076],
];

fn contrast(a: f64, b: f64) -> f64 {
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    (hi + 0.05) / (lo + 0.05)
}

#[test]
fn ordered_colours_stay_ordered_in_greyscale_and_for_colour_blind_readers() {
    let p = theme::Palette::default();
    for (name, m) in [
        ("greyscale", NORMAL),
        ("protanopia", PROTANOPIA),
        ("deuteranopia", DEUTERANOPIA),
        ("tritanopia", TRITANOPIA),
    ] {
        // Service levels 0..4 and classes Blocchi..Spinta get darker step by step, each step visible
        // (a luminance contrast of at least 1.25 between neighbours).
        for (what, colours) in [
            ("levels", p.levels.to_vec()),
            ("classes", p.classes.to_vec()),
        ] {
            let lum: Vec<f64> = colours
                .iter()
                .map(|c| simulated_luminance(*c, &m))
                .collect();
            for w in lum.windows(2) {
                assert!(
                    w[1] < w[0] && contrast(w[0], w[1]) >= 1.25,
                    "{name}: {what} not distinct enough: {lum:?}"
                );
            }
        }
        // Text on each level fill stays readable (4.5:1) under the simulation.
        for (fill, text) in p.levels.iter().zip(p.level_text.iter()) {
            let c = contrast(
                simulated_luminance(*fill, &m),
                simulated_luminance(*text, &m),
            );
            assert!(c >= 4.5, "{name}: level text contrast {c:.2}");
        }
        // The comune's accent bar stands out from the other comuni's grey bars.
        let c = contrast(
            simulated_luminance(p.accent, &m),
            simulated_luminance(p.other, &m),
        );
        assert!(c >= 2.0, "{name}: accent vs other {c:.2}");
    }
}
