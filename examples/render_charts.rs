//! Renders every chart to SVG and PNG in a folder, to look at them.
//!
//! `cargo run --example render_charts -- [OUT_DIR] [--en] [--presentation]`
//! (default folder: `care-charts` in the system temporary directory). Slide-sized charts are 800 x 450; phone
//! charts are 360 wide and as tall as their content; the `-provisional` ones carry the provisional mark.

use care::charts::*;

fn italian() -> ChartText {
    ChartText {
        titles: ChartTitles {
            subindices: "Sotto-indici Ca.Re".into(),
            radar: "Profilo di maturità digitale".into(),
            services: "Servizi online: livello di disponibilità".into(),
            composite: "Indice Ca.Re e classe".into(),
            benchmark: "Confronto con i comuni capoluogo pubblicati".into(),
            distribution: "Distribuzione dei comuni capoluogo per classe".into(),
            comparison: "Confronto tra comuni".into(),
            trend: "Comune di Prova: andamento negli anni".into(),
        },
        subtitle: None,
        provisional: None,
        footer: Some(footer_line(&[
            "Comune di Prova <&> \"Test\"",
            "12/05/2025",
            "modello care-2021",
        ])),
        comune: "Comune di Prova".into(),
        dimensions: ["DPS".into(), "DPA".into(), "DO".into()],
        dimensions_long: [
            "Servizi pubblici digitali".into(),
            "PA digitale".into(),
            "Apertura digitale".into(),
        ],
        composite: "Ca.Re".into(),
        bands: ["basso".into(), "sufficiente".into(), "elevato".into()],
        classes: [
            "Blocchi di partenza".into(),
            "Stacco".into(),
            "Spinta".into(),
        ],
        not_available: "n.d.".into(),
        cutoff: "soglia".into(),
        levels: [
            "0 assente".into(),
            "1 informazioni".into(),
            "2 moduli".into(),
            "3 invio online".into(),
            "4 tutto online".into(),
        ],
        not_applicable: "non di competenza".into(),
        not_applicable_short: "n.a.".into(),
        unanswered: "non risposto".into(),
        unanswered_short: "?".into(),
        spid_badge: "S".into(),
        cie_badge: "C".into(),
        spid_legend: "SPID".into(),
        cie_legend: "CIE".into(),
        composite_note: Some(
            "La classe non dipende dal solo indice Ca.Re ma dalle fasce dei tre sotto-indici \
             (sotto: DPS, DPA e DO sulla stessa scala)."
                .into(),
        ),
        distribution_row: "{year} · {total} comuni".into(),
        decimal_comma: true,
    }
}

fn english() -> ChartText {
    let mut t = italian();
    t.titles = ChartTitles {
        subindices: "Ca.Re sub-indices".into(),
        radar: "Digital maturity profile".into(),
        services: "Online services: availability level".into(),
        composite: "Ca.Re index and class".into(),
        benchmark: "Compared with the published comuni".into(),
        distribution: "Provincial capitals by class".into(),
        comparison: "Comuni compared".into(),
        trend: "Comune di Prova: trend over the years".into(),
    };
    t.dimensions_long = [
        "Digital public services".into(),
        "Digital PA".into(),
        "Digital openness".into(),
    ];
    t.bands = ["low".into(), "sufficient".into(), "high".into()];
    t.not_available = "n/a".into();
    t.cutoff = "cut-off".into();
    t.levels = [
        "0 none".into(),
        "1 information".into(),
        "2 forms".into(),
        "3 online submission".into(),
        "4 fully online".into(),
    ];
    t.not_applicable = "not applicable".into();
    t.not_applicable_short = "n/a".into();
    t.unanswered = "unanswered".into();
    t.composite_note = Some(
        "The class depends on the bands of the three sub-indices, not on the composite alone."
            .into(),
    );
    t.distribution_row = "{year} · {total} comuni".into();
    t.decimal_comma = false;
    t
}

fn services() -> Vec<ServiceCell> {
    let names = [
        "Certificati anagrafici e di stato civile",
        "Dichiarazione di residenza / cambio di indirizzo",
        "Carta d'identità elettronica: prenotazione e richiesta",
        "Iscrizione all'asilo nido",
        "Iscrizione alla scuola dell'infanzia comunale",
        "Iscrizione alla mensa scolastica",
        "Pagamento mensa e rette scolastiche",
        "Iscrizione al trasporto scolastico",
        "Domanda di contributi, bonus e agevolazioni",
        "Tassa rifiuti (TARI): posizione e pagamento",
        "IMU: calcolo e pagamento",
        "Pagamento delle contravvenzioni",
        "Permessi ZTL e parcheggio residenti",
        "Contrassegno di parcheggio per disabili",
        "Accesso agli atti e accesso civico",
        "Segnalazioni e reclami (disservizi)",
        "SUAP: pratiche per le attività produttive",
        "SUE: pratiche edilizie (CILA, SCIA, permesso di costruire)",
        "Occupazione di suolo pubblico",
        "Canone unico patrimoniale (ex COSAP/CIMP): pagamento",
    ];
    let levels = [4, 3, 4, 2, 1, 3, 4, 0, 2, 4, 3, 4, 1, 2, 3, 4, 4, 3, 1, 2];
    names
        .iter()
        .enumerate()
        .map(|(i, n)| ServiceCell {
            label: n.to_string(),
            level: match i {
                7 => CellLevel::NotApplicable,
                13 => CellLevel::Unanswered,
                _ => CellLevel::Level(levels[i]),
            },
            online: !matches!(i, 7 | 13) && levels[i] >= 3,
            spid: i % 3 != 1,
            cie: i % 2 == 0,
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("care-charts"));
    std::fs::create_dir_all(&out)?;
    let text = if args.iter().any(|a| a == "--en") {
        english()
    } else {
        italian()
    };
    let theme = if args.iter().any(|a| a == "--presentation") {
        Theme::presentation()
    } else {
        Theme::default()
    };
    let cutoffs = Cutoffs {
        low: 40.0,
        high: 60.0,
    };
    let dims = Dimensions::new(71.3, 38.0, 52.4);
    let partial = Dimensions {
        dps: Some(71.3),
        dpa: None,
        do_: Some(52.4),
    };
    let cells = services();
    let own = Benchmark::new(
        "Comune di Prova",
        (71.3 + 38.0 + 52.4) / 3.0,
        71.3,
        38.0,
        52.4,
    );
    let others = vec![
        Benchmark::new("Cagliari 2020", 57.5, 64.7, 61.7, 46.7),
        Benchmark::new("Siena 2021", 62.0, 67.0, 72.0, 47.0),
        Benchmark::new("Catania 2021", 60.0, 89.0, 44.0, 47.0),
    ];
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
    let mut comuni = vec![own.clone()];
    comuni.extend(others.iter().cloned());
    comuni.push(Benchmark::new(
        "Comune di San Giovanni in Persiceto 2024",
        58.2,
        61.0,
        55.0,
        58.6,
    ));
    comuni.push(Benchmark {
        dps: None,
        ..Benchmark::new(
            "Comune di San Giovanni in Fiore 2024",
            44.1,
            0.0,
            47.5,
            44.8,
        )
    });
    let trend = [
        (2024, 41.0, 38.5, 52.0, 44.0, ClassKind::Blocchi),
        (2025, 47.5, 47.0, 55.0, 49.8, ClassKind::Stacco),
        (2026, 58.0, 61.0, 57.0, 58.7, ClassKind::Spinta),
    ]
    .map(|(y, dps, dpa, do_, care, class)| TrendPoint {
        label: y.to_string(),
        dims: Dimensions::new(dps, dpa, do_),
        care: Some(care),
        class: Some(class),
    });
    const PHONE: (u32, Option<u32>) = (360, None);
    const SLIDE: (u32, Option<u32>) = (DEFAULT_EXPORT_SIZE.0, Some(DEFAULT_EXPORT_SIZE.1));
    let charts: Vec<(String, Chart<'_>, (u32, Option<u32>))> = vec![
        (
            "subindices".into(),
            Chart::Subindices { dims, cutoffs },
            SLIDE,
        ),
        (
            "subindices-partial".into(),
            Chart::Subindices {
                dims: partial,
                cutoffs,
            },
            SLIDE,
        ),
        ("radar".into(), Chart::Radar { dims, cutoffs }, SLIDE),
        (
            "radar-partial".into(),
            Chart::Radar {
                dims: partial,
                cutoffs,
            },
            SLIDE,
        ),
        ("services".into(), Chart::Services { cells: &cells }, SLIDE),
        (
            "services-phone".into(),
            Chart::Services { cells: &cells },
            PHONE,
        ),
        (
            "composite".into(),
            Chart::Composite {
                dims,
                composite: own.care,
                class: Some(ClassKind::Stacco),
                sub: None,
                cutoffs,
            },
            SLIDE,
        ),
        (
            "benchmark".into(),
            Chart::Benchmark {
                own: &own,
                others: &others,
                cutoffs,
            },
            SLIDE,
        ),
        (
            "distribution".into(),
            Chart::Distribution {
                years: &years,
                own_class: Some(ClassKind::Stacco),
            },
            SLIDE,
        ),
        (
            "comparison".into(),
            Chart::Comparison {
                comuni: &comuni,
                cutoffs,
            },
            SLIDE,
        ),
        (
            "subindices-phone".into(),
            Chart::Subindices { dims, cutoffs },
            PHONE,
        ),
        ("radar-phone".into(), Chart::Radar { dims, cutoffs }, PHONE),
        (
            "composite-phone".into(),
            Chart::Composite {
                dims,
                composite: own.care,
                class: Some(ClassKind::Stacco),
                sub: None,
                cutoffs,
            },
            PHONE,
        ),
        (
            "benchmark-phone".into(),
            Chart::Benchmark {
                own: &own,
                others: &others,
                cutoffs,
            },
            PHONE,
        ),
        (
            "distribution-phone".into(),
            Chart::Distribution {
                years: &years,
                own_class: Some(ClassKind::Spinta),
            },
            PHONE,
        ),
        (
            "comparison-phone".into(),
            Chart::Comparison {
                comuni: &comuni,
                cutoffs,
            },
            PHONE,
        ),
        (
            "trend".into(),
            Chart::Trend {
                points: &trend,
                cutoffs,
            },
            SLIDE,
        ),
        (
            "trend-phone".into(),
            Chart::Trend {
                points: &trend,
                cutoffs,
            },
            PHONE,
        ),
    ];
    let mut provisional = text.clone();
    provisional.provisional = Some(if text.decimal_comma {
        "Provvisorio — 31 risposte mancanti".into()
    } else {
        "Provisional — 31 answers missing".into()
    });
    let mut written = 0;
    for (name, chart, (w, h)) in &charts {
        for (suffix, text) in [("", &text), ("-provisional", &provisional)] {
            if !suffix.is_empty()
                && !name.starts_with("subindices")
                && !name.starts_with("comparison")
            {
                continue;
            }
            let h =
                h.unwrap_or_else(|| preferred_height(chart, text, &theme, f64::from(*w)) as u32);
            let svg = render_svg_file(chart, text, &theme, (*w, h))?;
            std::fs::write(out.join(format!("{name}{suffix}.svg")), svg)?;
            render_png_file(
                &out.join(format!("{name}{suffix}.png")),
                chart,
                text,
                &theme,
                *w,
                h,
                DEFAULT_EXPORT_SCALE,
            )?;
            written += 1;
        }
    }
    println!("{written} charts written to {}", out.display());
    Ok(())
}
