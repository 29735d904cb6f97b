//! The results' charts as data: for a scored assessment, each chart's [`ChartSpec`] (drawn by `crate::charts` on
//! a canvas, into SVG or PNG), its localised [`ChartText`], title, caption, short text alternative and data
//! table, the words of the image footer and the download file names.

use crate::charts::{
    footer_line, Benchmark, CellLevel, ChartSpec, ChartText, ChartTitles, ClassDistribution,
    ClassKind, Cutoffs, Dimensions, ServiceCell,
};
use crate::i18n::{fill, strings};
use crate::model::{Answers, Band, Class, Edition, Lang, LevelAnswer, Scores};

use super::dates::AssessmentDate;
use super::explain::{
    band_name, class_name, class_with_sub, dimension_names, dimension_values, provisional_mark,
    sub_label_name,
};
use super::file_names::file_stem;
use super::published::published;
use super::table::{Cell, DataTable};
use crate::model::number::{compact, one_decimal};
use crate::sort::sort_by_number;

/// The charts of the results, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// The three sub-indices as bars over the bands.
    Subindices,
    /// The three dimensions as a radar.
    Radar,
    /// The services matrix.
    Services,
    /// The composite on its scale, with the class.
    Composite,
    /// The comune against the published capoluoghi.
    Benchmark,
    /// The published class distribution.
    Distribution,
}

impl ChartKind {
    /// Every chart, in page order.
    pub const ALL: [ChartKind; 6] = [
        ChartKind::Subindices,
        ChartKind::Radar,
        ChartKind::Services,
        ChartKind::Composite,
        ChartKind::Benchmark,
        ChartKind::Distribution,
    ];

    /// The stable (Italian) name used in file names and element ids: `subindici`, `radar`, `servizi`, `indice`,
    /// `confronto`, `distribuzione`.
    pub fn stem(self) -> &'static str {
        match self {
            ChartKind::Subindices => "subindici",
            ChartKind::Radar => "radar",
            ChartKind::Services => "servizi",
            ChartKind::Composite => "indice",
            ChartKind::Benchmark => "confronto",
            ChartKind::Distribution => "distribuzione",
        }
    }

    /// Whether the chart is best shown across the whole width of the results grid.
    pub fn wide(self) -> bool {
        matches!(self, ChartKind::Services)
    }
}

/// One chart of the results with everything needed to show, describe and export it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Which chart.
    pub kind: ChartKind,
    /// The figure number, from 1.
    pub number: usize,
    /// What to draw.
    pub spec: ChartSpec,
    /// The title.
    pub title: String,
    /// The caption (what the chart shows).
    pub caption: String,
    /// A short text alternative with the values (`aria-label`).
    pub label: String,
    /// The data as a table.
    pub table: DataTable,
}

/// Logical size of exported images: 16:9, for slides (PNG at 2x: 1600 x 900 pixels).
pub const EXPORT_SIZE: (u32, u32) = crate::charts::DEFAULT_EXPORT_SIZE;

/// The shapes of slides a chart downloads in: 16:9 (the default), 4:3 and 1:1; the PNG is drawn at 2x.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SlideShape {
    /// 16:9, 800 x 450 (PNG 1600 x 900).
    #[default]
    Wide,
    /// 4:3, 800 x 600 (PNG 1600 x 1200).
    Standard,
    /// 1:1, 800 x 800 (PNG 1600 x 1600).
    Square,
}

impl SlideShape {
    /// Every shape, the default first.
    pub const ALL: [SlideShape; 3] = [SlideShape::Wide, SlideShape::Standard, SlideShape::Square];

    /// The logical size (width, height) of the image.
    pub fn size(self) -> (u32, u32) {
        match self {
            SlideShape::Wide => EXPORT_SIZE,
            SlideShape::Standard => (800, 600),
            SlideShape::Square => (800, 800),
        }
    }

    /// The ratio as people write it: `16:9`, `4:3`, `1:1`.
    pub fn ratio(self) -> &'static str {
        match self {
            SlideShape::Wide => "16:9",
            SlideShape::Standard => "4:3",
            SlideShape::Square => "1:1",
        }
    }

    /// The stable id (select values, file names): `16x9`, `4x3`, `1x1`.
    pub fn slug(self) -> &'static str {
        match self {
            SlideShape::Wide => "16x9",
            SlideShape::Standard => "4x3",
            SlideShape::Square => "1x1",
        }
    }

    /// The shape of a [`SlideShape::slug`].
    pub fn parse(slug: &str) -> Option<SlideShape> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// The words of a downloaded image with the title and subtitle the user gave (a blank title keeps the chart's
/// own; a blank subtitle draws none).
pub fn slide_text(base: &ChartText, kind: ChartKind, title: &str, subtitle: &str) -> ChartText {
    let mut text = base.clone();
    let title = title.trim();
    if !title.is_empty() {
        let t = &mut text.titles;
        let slot = match kind {
            ChartKind::Subindices => &mut t.subindices,
            ChartKind::Radar => &mut t.radar,
            ChartKind::Services => &mut t.services,
            ChartKind::Composite => &mut t.composite,
            ChartKind::Benchmark => &mut t.benchmark,
            ChartKind::Distribution => &mut t.distribution,
        };
        *slot = title.to_string();
    }
    let subtitle = subtitle.trim();
    text.subtitle = (!subtitle.is_empty()).then(|| subtitle.to_string());
    text
}

/// The band cut-offs of an edition.
pub fn cutoffs(edition: &Edition) -> Cutoffs {
    Cutoffs {
        low: edition.params.band_low_cut.value,
        high: edition.params.band_high_cut.value,
    }
}

/// The three sub-indices of a result, as the charts take them.
pub fn dimensions(scores: &Scores) -> Dimensions {
    Dimensions {
        dps: scores.dps,
        dpa: scores.dpa,
        do_: scores.do_,
    }
}

fn class_kind(c: Class) -> ClassKind {
    match c {
        Class::BlocchiDiPartenza => ClassKind::Blocchi,
        Class::Stacco => ClassKind::Stacco,
        Class::Spinta => ClassKind::Spinta,
    }
}

/// The comune's name as shown (a placeholder when empty).
pub fn comune_name(answers: &Answers, lang: Lang) -> String {
    let n = answers.comune.name.trim();
    if n.is_empty() || n == "-" {
        strings(lang).common.unnamed.to_string()
    } else {
        n.to_string()
    }
}

/// The footer of exported images: "Comune di X · 12/05/2026 · modello care-2021", with the assessment's
/// date ([`super::dates::assessment_date`]; left out when there is none).
pub fn footer(
    edition: &Edition,
    answers: &Answers,
    date: Option<AssessmentDate>,
    lang: Lang,
) -> String {
    let r = &strings(lang).results();
    footer_line(&[
        &comune_name(answers, lang),
        &date.map(|d| d.format(lang)).unwrap_or_default(),
        &fill(r.model_label, &[&edition.id]),
    ])
}

/// The words of the charts. `titles` draws each chart's title in the image (exports; on screen the page shows
/// it); `footer` is drawn at the bottom (exports).
pub fn chart_text(
    edition: &Edition,
    answers: &Answers,
    lang: Lang,
    titles: bool,
    footer: Option<String>,
) -> ChartText {
    let r = &strings(lang).results();
    let t = |s: &str| if titles { s.to_string() } else { String::new() };
    let dim = |id: &str| dimension_names(edition, id, lang);
    let level = |v: u8| {
        edition
            .level(v)
            .map(|l| format!("{v} {}", l.name.get(lang)))
            .unwrap_or_else(|| v.to_string())
    };
    ChartText {
        titles: ChartTitles {
            subindices: t(r.t_subindices),
            radar: t(r.t_radar),
            services: t(r.t_services),
            composite: t(r.t_composite),
            benchmark: t(r.t_benchmark),
            distribution: t(r.t_distribution),
            comparison: t(r.t_comparison),
            trend: t(r.t_trend),
        },
        footer,
        provisional: provisional_mark(&crate::model::score(edition, answers), lang),
        comune: comune_name(answers, lang),
        dimensions_long: [dim("dps").1, dim("dpa").1, dim("do").1],
        not_available: r.not_available.to_string(),
        cutoff: r.chart_cutoff.to_string(),
        levels: [level(0), level(1), level(2), level(3), level(4)],
        not_applicable: edition.not_applicable.name.get(lang).to_string(),
        not_applicable_short: r.chart_na_short.to_string(),
        unanswered: r.chart_unanswered.to_string(),
        unanswered_short: r.chart_unanswered_short.to_string(),
        spid_badge: r.chart_spid_badge.to_string(),
        cie_badge: r.chart_cie_badge.to_string(),
        spid_legend: r.chart_spid_legend.to_string(),
        cie_legend: r.chart_cie_legend.to_string(),
        composite_note: Some(r.chart_composite_note.to_string()),
        distribution_row: r.chart_distribution_row.to_string(),
        ..edition_text(edition, lang)
    }
}

/// The words every chart takes from the edition in `lang`: the dimension codes (`DPS`, `DPA`, `DO`), the
/// composite's (`Ca.Re`), the band and class names, and the decimal mark; everything else is left empty for the
/// caller (the results here, the shared view and the compare page in `crate::transfer::charts`).
pub fn edition_text(edition: &Edition, lang: Lang) -> ChartText {
    let code = |id: &str| dimension_names(edition, id, lang).0;
    ChartText {
        dimensions: [code("dps"), code("dpa"), code("do")],
        composite: code("care"),
        bands: [Band::Basso, Band::Sufficiente, Band::Elevato].map(|b| band_name(edition, b, lang)),
        classes: [Class::BlocchiDiPartenza, Class::Stacco, Class::Spinta]
            .map(|c| class_name(edition, c, lang)),
        decimal_comma: lang == Lang::It,
        ..ChartText::default()
    }
}

/// The text of exported images: titles and the footer (with the assessment's date).
pub fn export_text(
    edition: &Edition,
    answers: &Answers,
    date: Option<AssessmentDate>,
    lang: Lang,
) -> ChartText {
    chart_text(
        edition,
        answers,
        lang,
        true,
        Some(footer(edition, answers, date, lang)),
    )
}

/// The text of on-screen charts: no title (the page shows it), no footer, no provisional mark (the page shows
/// it above the charts).
pub fn screen_text(edition: &Edition, answers: &Answers, lang: Lang) -> ChartText {
    ChartText {
        provisional: None,
        ..chart_text(edition, answers, lang, false, None)
    }
}

/// A download's file name: `care-<comune>-<year>-<chart>.<ext>`, the year of the assessment's date (none when
/// it has no date: never the current year).
pub fn file_name(
    answers: &Answers,
    date: Option<AssessmentDate>,
    kind: ChartKind,
    ext: &str,
) -> String {
    format!("{}-{}.{ext}", file_stem(answers, date), kind.stem())
}

/// A slide download's file name: [`file_name`], with the shape when it is not the default 16:9
/// (`care-<comune>-<year>-<chart>-4x3.png`).
pub fn slide_file_name(
    answers: &Answers,
    date: Option<AssessmentDate>,
    kind: ChartKind,
    shape: SlideShape,
    ext: &str,
) -> String {
    match shape {
        SlideShape::Wide => file_name(answers, date, kind, ext),
        s => format!(
            "{}-{}-{}.{ext}",
            file_stem(answers, date),
            kind.stem(),
            s.slug()
        ),
    }
}

fn fmt_opt(lang: Lang, v: Option<f64>) -> String {
    v.map(|v| one_decimal(lang, v))
        .unwrap_or_else(|| strings(lang).results().not_available.to_string())
}

fn dims_table(edition: &Edition, scores: &Scores, lang: Lang, caption: &str) -> DataTable {
    let r = &strings(lang).results();
    DataTable {
        caption: caption.to_string(),
        head: vec![
            Cell::text(r.th_dimension),
            Cell::num(r.th_score),
            Cell::text(r.th_band),
        ],
        rows: dimension_values(scores)
            .into_iter()
            .map(|(id, v, b)| {
                let (code, name) = dimension_names(edition, id, lang);
                vec![
                    Cell::head(format!("{code} · {name}")),
                    Cell::num(fmt_opt(lang, v)),
                    Cell::text(
                        b.map(|b| band_name(edition, b, lang))
                            .unwrap_or_else(|| r.not_available.to_string()),
                    ),
                ]
            })
            .collect(),
    }
}

fn dims_summary(edition: &Edition, scores: &Scores, lang: Lang) -> String {
    dimension_values(scores)
        .into_iter()
        .map(|(id, v, b)| {
            let code = dimension_names(edition, id, lang).0;
            match (v, b) {
                (Some(v), Some(b)) => format!(
                    "{code} {} ({})",
                    one_decimal(lang, v),
                    band_name(edition, b, lang)
                ),
                _ => format!("{code} {}", strings(lang).results().not_available),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The benchmark rows: the comune first, then the comparable published comuni.
pub fn benchmark_rows(
    answers: &Answers,
    scores: &Scores,
    lang: Lang,
) -> (Benchmark, Vec<Benchmark>) {
    let own = Benchmark {
        label: comune_name(answers, lang),
        care: scores.care,
        dps: scores.dps,
        dpa: scores.dpa,
        do_: scores.do_,
    };
    let others = published()
        .comparable()
        .into_iter()
        .map(|c| Benchmark {
            label: c.label(),
            care: Some(c.care),
            dps: c.dps,
            dpa: c.dpa,
            do_: c.do_,
        })
        .collect();
    (own, others)
}

/// The published class distributions as chart rows.
pub fn distribution_rows() -> Vec<ClassDistribution> {
    published()
        .distribution
        .iter()
        .map(|d| ClassDistribution {
            year: d.year,
            spinta: d.spinta,
            stacco: d.stacco,
            blocchi: d.blocchi,
        })
        .collect()
}

/// Every chart of a result.
pub fn figures(edition: &Edition, answers: &Answers, scores: &Scores, lang: Lang) -> Vec<Figure> {
    let r = &strings(lang).results();
    let cuts = cutoffs(edition);
    let (low, high) = (compact(lang, cuts.low), compact(lang, cuts.high));
    let dims = dimensions(scores);
    let summary = dims_summary(edition, scores, lang);
    let class = scores.class.map(class_kind);
    let class_label = scores
        .class
        .map(|c| class_with_sub(edition, c, scores.sub_label, lang));

    ChartKind::ALL
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let (spec, title, caption, label, table) = match kind {
                ChartKind::Subindices => (
                    ChartSpec::Subindices {
                        dims,
                        cutoffs: cuts,
                    },
                    r.t_subindices,
                    fill(r.cap_subindices, &[&low, &low, &high, &high]),
                    fill(r.aria_subindices, &[&summary]),
                    dims_table(edition, scores, lang, r.t_subindices),
                ),
                ChartKind::Radar => (
                    ChartSpec::Radar {
                        dims,
                        cutoffs: cuts,
                    },
                    r.t_radar,
                    fill(r.cap_radar, &[&low, &high]),
                    fill(r.aria_radar, &[&summary]),
                    dims_table(edition, scores, lang, r.t_radar),
                ),
                ChartKind::Services => {
                    let (cells, table) = services(edition, answers, lang);
                    (
                        ChartSpec::Services { cells },
                        r.t_services,
                        fill(r.cap_services, &[&edition.services.len()]),
                        fill(
                            r.aria_services,
                            &[&scores.online_services, &scores.applicable_services],
                        ),
                        table,
                    )
                }
                ChartKind::Composite => {
                    let care = fmt_opt(lang, scores.care);
                    let what = match &class_label {
                        Some(c) => format!("Ca.Re {care}, {c}; {summary}"),
                        None => format!("Ca.Re {care}; {summary}"),
                    };
                    let mut table = dims_table(edition, scores, lang, r.t_composite);
                    table.head[2] = Cell::text(format!("{} / {}", r.th_band, r.th_class));
                    table.rows.insert(
                        0,
                        vec![
                            Cell::head(format!(
                                "{} · {}",
                                dimension_names(edition, "care", lang).0,
                                dimension_names(edition, "care", lang).1
                            )),
                            Cell::num(care.clone()),
                            Cell::text(
                                class_label
                                    .clone()
                                    .unwrap_or_else(|| r.not_available.to_string()),
                            ),
                        ],
                    );
                    (
                        ChartSpec::Composite {
                            dims,
                            composite: scores.care,
                            class,
                            sub: scores.sub_label.map(|l| sub_label_name(edition, l, lang)),
                            cutoffs: cuts,
                        },
                        r.t_composite,
                        r.cap_composite.to_string(),
                        fill(r.aria_composite, &[&what]),
                        table,
                    )
                }
                ChartKind::Benchmark => {
                    let (own, others) = benchmark_rows(answers, scores, lang);
                    let mut rows: Vec<(bool, &crate::charts::Benchmark)> =
                        std::iter::once((true, &own))
                            .chain(others.iter().map(|o| (false, o)))
                            .collect();
                    // Highest first, the ones without a score last.
                    sort_by_number(&mut rows, |(_, b)| -b.care.unwrap_or(f64::NEG_INFINITY));
                    let label = rows
                        .iter()
                        .map(|(_, b)| format!("{} {}", b.label, fmt_opt(lang, b.care)))
                        .collect::<Vec<_>>()
                        .join("; ");
                    let table = DataTable {
                        caption: r.t_benchmark.to_string(),
                        head: vec![
                            Cell::text(r.th_comune),
                            Cell::num("Ca.Re"),
                            Cell::num(dimension_names(edition, "dps", lang).0),
                            Cell::num(dimension_names(edition, "dpa", lang).0),
                            Cell::num(dimension_names(edition, "do", lang).0),
                        ],
                        rows: rows
                            .iter()
                            .map(|(mine, b)| {
                                vec![
                                    Cell::head(if *mine {
                                        fill(r.row_own, &[&b.label])
                                    } else {
                                        b.label.clone()
                                    }),
                                    Cell::num(fmt_opt(lang, b.care)),
                                    Cell::num(fmt_opt(lang, b.dps)),
                                    Cell::num(fmt_opt(lang, b.dpa)),
                                    Cell::num(fmt_opt(lang, b.do_)),
                                ]
                            })
                            .collect(),
                    };
                    (
                        ChartSpec::Benchmark {
                            own: own.clone(),
                            others: others.clone(),
                            cutoffs: cuts,
                        },
                        r.t_benchmark,
                        r.cap_benchmark.to_string(),
                        fill(r.aria_benchmark, &[&label]),
                        table,
                    )
                }
                ChartKind::Distribution => {
                    let years = distribution_rows();
                    let names = [
                        class_name(edition, Class::BlocchiDiPartenza, lang),
                        class_name(edition, Class::Stacco, lang),
                        class_name(edition, Class::Spinta, lang),
                    ];
                    let label = years
                        .iter()
                        .map(|y| {
                            let c = y.counts();
                            format!(
                                "{}: {} {}, {} {}, {} {}",
                                y.year, names[0], c[0], names[1], c[1], names[2], c[2]
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; ");
                    let table = DataTable {
                        caption: r.t_distribution.to_string(),
                        head: vec![
                            Cell::text(r.th_year),
                            Cell::num(r.th_comuni),
                            Cell::num(names[0].clone()),
                            Cell::num(names[1].clone()),
                            Cell::num(names[2].clone()),
                        ],
                        rows: years
                            .iter()
                            .map(|y| {
                                let c = y.counts();
                                vec![
                                    Cell::head(y.year.to_string()),
                                    Cell::num(y.total().to_string()),
                                    Cell::num(c[0].to_string()),
                                    Cell::num(c[1].to_string()),
                                    Cell::num(c[2].to_string()),
                                ]
                            })
                            .collect(),
                    };
                    (
                        ChartSpec::Distribution {
                            years,
                            own_class: class,
                        },
                        r.t_distribution,
                        r.cap_distribution.to_string(),
                        fill(r.aria_distribution, &[&label]),
                        table,
                    )
                }
            };
            Figure {
                kind,
                number: i + 1,
                spec,
                title: title.to_string(),
                caption,
                label,
                table,
            }
        })
        .collect()
}

fn services(edition: &Edition, answers: &Answers, lang: Lang) -> (Vec<ServiceCell>, DataTable) {
    let r = &strings(lang).results();
    let mut cells = Vec::new();
    let mut rows = Vec::new();
    for s in &edition.services {
        let a = answers.services.get(&s.id);
        let level = match a.map(|a| a.level) {
            None => CellLevel::Unanswered,
            Some(LevelAnswer::NotApplicable) => CellLevel::NotApplicable,
            Some(LevelAnswer::Level(l)) => CellLevel::Level(l.min(4)),
        };
        let online = a.is_some_and(|a| edition.is_online(a.level));
        let spid = online && a.and_then(|a| a.spid) == Some(true);
        let cie = online && a.and_then(|a| a.cie) == Some(true);
        cells.push(ServiceCell {
            label: s.name.get(lang).to_string(),
            level,
            online,
            spid,
            cie,
        });
        let level_text = match level {
            CellLevel::Unanswered => r.chart_unanswered.to_string(),
            CellLevel::NotApplicable => edition.not_applicable.name.get(lang).to_string(),
            CellLevel::Level(l) => edition
                .level(l)
                .map(|d| format!("{l} – {}", d.name.get(lang)))
                .unwrap_or_else(|| l.to_string()),
        };
        let flag = |v: bool| {
            if !online {
                r.not_asked
            } else if v {
                r.yes
            } else {
                r.no
            }
        };
        rows.push(vec![
            Cell::head(s.name.get(lang)),
            Cell::text(level_text),
            Cell::text(flag(spid)),
            Cell::text(flag(cie)),
        ]);
    }
    (
        cells,
        DataTable {
            caption: r.t_services.to_string(),
            head: vec![
                Cell::text(r.th_service),
                Cell::text(r.th_level),
                Cell::text(r.th_spid),
                Cell::text(r.th_cie),
            ],
            rows,
        },
    )
}
