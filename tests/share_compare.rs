//! The comparison of comuni (`care::transfer::compare`, `charts`): rows from answers and from the published
//! figures (`care::report::published`, checked against `../shared/reference/published.json`), the chart data and
//! the CSV export (BOM, separator and decimal mark of the language, formula injection guarded).
#![cfg(not(target_arch = "wasm32"))]

mod examples_support;

use examples_support::example;

use care::model::{self, Class, Lang, SubLabel};
use care::report::published::{published, PublishedComune};
use care::transfer::charts;
use care::transfer::compare::{self, Origin, Row};
use serde_json::Value;

/// The published rows comparable with this app's scores: Cagliari 2020, Siena 2021, Catania 2021.
fn references() -> Vec<&'static PublishedComune> {
    published().comparable()
}

/// The published row of one comune and year.
fn reference(label: &str) -> &'static PublishedComune {
    references()
        .into_iter()
        .find(|p| p.label() == label)
        .unwrap_or_else(|| panic!("{label} is a published care-2021 row"))
}

#[test]
fn the_embedded_figures_are_the_care_2021_rows_of_published_json() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/published.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} is required by this test: {e}", path.display()));
    let v: Value = serde_json::from_str(&text).unwrap();
    let rows: Vec<&Value> = v["comuni"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["model"] == "care-2021")
        .collect();
    let refs = references();
    assert_eq!(rows.len(), refs.len());
    for (r, p) in rows.iter().zip(refs) {
        assert_eq!(r["comune"].as_str().unwrap(), p.comune);
        assert_eq!(r["year"].as_u64().unwrap(), u64::from(p.year));
        for (key, value) in [
            ("care", Some(p.care)),
            ("dps", p.dps),
            ("dpa", p.dpa),
            ("do", p.do_),
        ] {
            // `null` in the file (a figure not published) is `None`, never an invented number.
            assert_eq!(r[key].as_f64(), value, "{} {key}", p.comune);
        }
        assert_eq!(r["class"].as_str().unwrap(), p.class_kind().unwrap().id());
        assert_eq!(
            r["sub_label"].as_str(),
            p.sub_label_kind().map(SubLabel::id)
        );
        let sources: Vec<&str> = r["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert_eq!(sources, p.sources, "{}", p.comune);
    }
}

#[test]
fn a_row_of_answers_carries_its_scores() {
    let a = example("small-comune.json");
    let s = model::score(model::current(), &a);
    let row = Row::from_answers(&a, Origin::File);
    assert_eq!(row.dps, s.dps);
    assert_eq!(row.care, s.care);
    assert_eq!(row.class, Some(Class::Stacco));
    assert!(!row.provisional);
    assert_eq!(row.completeness_percent(), Some(100.0));
    assert_eq!(row.label(), "Comune di Borgomonte (esempio) 2026");
    assert_eq!(row.class_text(Lang::It), "Stacco");
    assert_eq!(row.class_text(Lang::En), "Take-off");

    let partial = Row::from_answers(&example("partial.json"), Origin::Saved);
    assert!(partial.provisional);
    assert_eq!(
        partial.class_text(Lang::It),
        "Spinta (differenziato) – provvisoria"
    );
    assert_eq!(partial.label(), "Comune di Collefiorito (esempio)");
    let pct = partial.completeness_percent().unwrap();
    assert!(pct > 0.0 && pct < 100.0, "{pct}");

    let big = Row::from_answers(&example("large-city.json"), Origin::Saved);
    assert_eq!(big.class_text(Lang::En), "Sprint (excellent)");
}

#[test]
fn published_rows_keep_the_published_figures_and_class() {
    let rows: Vec<Row> = references().into_iter().map(Row::from_published).collect();
    let at = |label: &str| {
        rows.iter()
            .position(|r| r.label() == label)
            .unwrap_or_else(|| panic!("{label} in {rows:?}"))
    };
    assert_eq!(rows[0].label(), "Cagliari 2020", "oldest first");
    assert_eq!(rows[0].care, Some(57.5));
    assert_eq!(rows[0].class_text(Lang::It), "Spinta (omogeneo)");
    assert_eq!(rows[at("Siena 2021")].class_text(Lang::It), "Spinta");
    assert!(rows.iter().all(|r| r.completeness.is_none()));
    // Modena 2021: DPS was not published; the row says so instead of inventing it.
    let modena = &rows[at("Modena 2021")];
    assert_eq!(
        (modena.dps, modena.dpa, modena.care),
        (None, Some(78.0), Some(76.0))
    );
    assert_eq!(modena.class_text(Lang::It), "Spinta (eccellente)");
    assert_eq!(compare::score_text(modena.dps, Lang::It), "n.d.");
    let b = compare::benchmarks(&rows);
    assert_eq!(b.len(), references().len());
    assert_eq!(b[at("Siena 2021")].label, "Siena 2021");
    assert_eq!(b[at("Catania 2021")].dps, Some(89.0));
    assert_eq!(b[at("Modena 2021")].dps, None);
}

#[test]
fn the_comparison_csv_in_italian() {
    let mut hostile = example("small-comune.json");
    hostile.comune.name = "=HYPERLINK(\"http://x\";\"y\")".into();
    let rows = vec![
        Row::from_answers(&example("large-city.json"), Origin::Saved),
        Row::from_answers(&hostile, Origin::File),
        Row::from_published(reference("Siena 2021")),
    ];
    let csv = compare::to_csv(&rows, Lang::It);
    assert!(csv.starts_with('\u{feff}'), "BOM");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Comune;Anno;Origine;DPS;DPA;DO;Ca.Re;Classe;Completezza;Risposte mancanti;Fonte"
    );
    assert!(
        lines[1].starts_with(
            "Città di Portoalto (esempio);2026;salvata;93,8;95,0;91,4;93,4;Spinta (eccellente);100,0;0;"
        ),
        "{}",
        lines[1]
    );
    // Formula injection: the cell starts with an apostrophe and is quoted (it contains ; and ").
    assert!(
        lines[2].starts_with("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";2026;file;"),
        "{}",
        lines[2]
    );
    assert_eq!(
        lines[3],
        "Siena;2021;dato pubblicato;67,0;72,0;47,0;62,0;Spinta;;;http://www.sienafree.it/siena/142-siena/125482-siena-entra-tra-i-comuni-a-piu-alta-maturita-digitale"
    );
    assert_eq!(lines[4], "", "CRLF after the last line");
    assert_eq!(lines.len(), 5);
}

#[test]
fn the_comparison_csv_in_english() {
    let rows = vec![
        Row::from_answers(&example("partial.json"), Origin::File),
        Row::from_published(reference("Cagliari 2020")),
    ];
    let csv = compare::to_csv(&rows, Lang::En);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Comune,Year,Origin,DPS,DPA,DO,Ca.Re,Class,Completeness,Missing answers,Source"
    );
    assert!(
        lines[1].starts_with("Comune di Collefiorito (esempio),,file,75.0,66.7,31.1,57.6,Sprint (uneven) – provisional,29.5,31,"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("Cagliari,2020,published figure,64.7,61.7,46.7,57.5,Sprint (even),,,https://www.unionesarda.it/"));
    // Two sources, one cell.
    assert!(lines[2].contains(" https://www.cagliaripad.it/"));
}

#[test]
fn the_comparison_file_name_has_the_date() {
    assert_eq!(
        compare::csv_file_name(Lang::It, "2025-11-23T10:00:00.000Z"),
        "care-confronto-2025-11-23.csv"
    );
    assert_eq!(
        compare::csv_file_name(Lang::En, "2025-11-23"),
        "care-comparison-2025-11-23.csv"
    );
    assert_eq!(compare::csv_file_name(Lang::It, ""), "care-confronto.csv");
}

#[test]
fn the_chart_words_and_data_follow_the_language_and_the_edition() {
    let e = model::current();
    let it = charts::chart_text(e, Lang::It);
    assert_eq!(it.dimensions, ["DPS", "DPA", "DO"].map(String::from));
    assert_eq!(it.composite, "Ca.Re");
    assert_eq!(it.bands[0], "basso");
    assert!(it.decimal_comma);
    assert_eq!(it.titles.comparison, "Confronto tra Comuni");
    let en = charts::chart_text(e, Lang::En);
    assert_eq!(en.bands[2], "high");
    assert!(!en.decimal_comma);
    assert_eq!(en.titles.subindices, "Ca.Re sub-indices");
    let c = care::report::charts::cutoffs(e);
    assert_eq!((c.low, c.high), (40.0, 60.0));
    let rows = vec![Row::from_published(reference("Catania 2021"))];
    match charts::comparison_spec(e, &rows) {
        care::charts::ChartSpec::Comparison { comuni, .. } => {
            assert_eq!(comuni[0].label, "Catania 2021")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn scores_are_shown_with_one_decimal_or_as_not_available() {
    assert_eq!(compare::score_text(Some(62.345), Lang::It), "62,3");
    assert_eq!(compare::score_text(Some(62.345), Lang::En), "62.3");
    assert_eq!(compare::score_text(None, Lang::It), "n.d.");
    assert_eq!(compare::score_text(None, Lang::En), "n/a");
}

#[test]
fn chart_names_drop_the_repeated_comune_di_and_number_twins() {
    let mut a = example("large-city.json");
    a.comune.name = "Comune di San Giovanni in Persiceto".into();
    a.comune.year = Some(2024);
    let mut b = a.clone();
    b.comune.name = "Comune di San Giovanni in Fiore".into();
    let rows = vec![
        Row::from_answers(&a, Origin::Saved),
        Row::from_answers(&b, Origin::Saved),
        Row::from_answers(&a, Origin::File),
    ];
    let labels: Vec<String> = compare::benchmarks(&rows)
        .into_iter()
        .map(|b| b.label)
        .collect();
    assert_eq!(
        labels,
        [
            "San Giovanni in Persiceto 2024",
            "San Giovanni in Fiore 2024",
            "San Giovanni in Persiceto 2024 (2)"
        ]
    );
    // The table keeps the whole name.
    assert_eq!(rows[0].label(), "Comune di San Giovanni in Persiceto 2024");
}

#[test]
fn one_comune_in_several_years_gives_a_trend_with_its_table() {
    let year = |y: u16, level: u8| {
        let mut a = example("large-city.json");
        a.comune.year = Some(y);
        for s in a.services.values_mut().take(6) {
            s.level = care::model::LevelAnswer::Level(level);
        }
        Row::from_answers(&a, Origin::Saved)
    };
    // Given out of order: the trend runs oldest first.
    let rows = vec![year(2026, 4), year(2024, 1), year(2025, 2)];
    let trend = charts::trend_rows(&rows).expect("one comune, three years");
    let years: Vec<Option<u16>> = trend.iter().map(|r| r.year).collect();
    assert_eq!(years, [Some(2024), Some(2025), Some(2026)]);
    let table = charts::trend_table(&trend, Lang::It);
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.rows[0][6].text, "–", "no change for the first year");
    let change = |i: usize| trend[i].care.unwrap() - trend[i - 1].care.unwrap();
    assert!(change(1) > 0.0);
    assert_eq!(
        table.rows[1][6].text,
        format!("+{}", compare::score_text(Some(change(1)), Lang::It))
    );
    let care::charts::ChartSpec::Trend { points, .. } =
        charts::trend_spec(model::current(), &trend)
    else {
        panic!("a trend chart")
    };
    assert_eq!(points.len(), 3);
    assert_eq!(points[2].label, "2026");
    // Another comune, or the same year twice, is no trend.
    let mut other = example("small-comune.json");
    other.comune.year = Some(2027);
    let mixed = vec![year(2024, 1), Row::from_answers(&other, Origin::File)];
    assert!(charts::trend_rows(&mixed).is_none());
    assert!(charts::trend_rows(&[year(2024, 1), year(2024, 2)]).is_none());
}
