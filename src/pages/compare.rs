//! The compare page (`#/confronta`): several comuni side by side. The rows come from saved assessments (ticked),
//! from answers files loaded here (each checked; bad ones are listed with their error and skipped; loaded files
//! stay in memory unless saved) and, optionally, from the published comuni as references. It shows a table of
//! the indices, a grouped bar chart with its data table, and exports the comparison as CSV.

use crate::sorted_map::SortedSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::Route;
use crate::charts::{ChartSpec, ChartText, ChartTitles};
use crate::components::chart_canvas::ChartCanvas;
use crate::components::layout::NavLink;
use crate::components::results::data_table::DataTableView;
use crate::components::results::download::DownloadButtons;
use crate::components::table_cells::{head_row, num_cell};
use crate::components::transfer::{read_answers, take_chosen_files, FileProblem};
use crate::hooks::{use_store, use_strings};
use crate::i18n::{fill, Strings};
use crate::model::number::completeness_percent;
use crate::model::{self, Answers, Lang};
use crate::report::explain::class_css;
use crate::report::published::published;
use crate::services::dom::now_ms;
use crate::services::download::{download, today_iso};
use crate::transfer::charts;
use crate::transfer::compare::{self, score_text, Origin, Row};
use crate::transfer::files;

/// An answers file loaded on this page.
#[derive(Clone, Debug, PartialEq)]
struct Loaded {
    key: u32,
    file: String,
    answers: Rc<Answers>,
    saved_as: Option<String>,
}

/// The files loaded on this page, those refused, and how many are still being read.
#[derive(Clone, Debug, PartialEq, Default)]
struct LoadedFiles {
    loaded: Vec<Loaded>,
    rejected: Vec<(String, FileProblem)>,
    pending: usize,
    next_key: u32,
}

enum FilesAction {
    /// A new choice of `n` files: the previous refusals are forgotten.
    Batch(usize),
    /// One file was read.
    Read {
        file: String,
        result: Result<Rc<Answers>, FileProblem>,
    },
    /// Takes a loaded file out of the comparison.
    Remove(u32),
    /// A loaded file was saved under this id.
    Saved(u32, String),
}

impl Reducible for LoadedFiles {
    type Action = FilesAction;

    fn reduce(self: Rc<Self>, action: FilesAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FilesAction::Batch(n) => {
                next.rejected.clear();
                next.pending += n;
            }
            FilesAction::Read { file, result } => {
                next.pending = next.pending.saturating_sub(1);
                match result {
                    Ok(answers) => {
                        next.loaded.push(Loaded {
                            key: next.next_key,
                            file,
                            answers,
                            saved_as: None,
                        });
                        next.next_key += 1;
                    }
                    Err(problem) => next.rejected.push((file, problem)),
                }
            }
            FilesAction::Remove(key) => next.loaded.retain(|l| l.key != key),
            FilesAction::Saved(key, id) => {
                if let Some(l) = next.loaded.iter_mut().find(|l| l.key == key) {
                    l.saved_as = Some(id);
                }
            }
        }
        Rc::new(next)
    }
}

/// The compare page.
#[function_component(ComparePage)]
pub fn page() -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.compare();
    let lang = store.lang;
    let selected = use_state(SortedSet::<String>::new);
    let files_state = use_reducer(LoadedFiles::default);
    let references = use_state(|| false);
    let csv_status = use_state(|| None::<String>);

    // The rows, in the order: ticked saved assessments, loaded files, references.
    let mut rows: Vec<Row> = store
        .assessments
        .iter()
        .filter(|a| selected.contains(&a.id))
        .map(|a| Row::from_answers(&a.answers, Origin::Saved))
        .collect();
    rows.extend(
        files_state
            .loaded
            .iter()
            .map(|l| Row::from_answers(&l.answers, Origin::File)),
    );
    if *references {
        rows.extend(
            published()
                .comparable()
                .into_iter()
                .map(Row::from_published),
        );
    }
    let edition = model::current();
    let spec = use_memo(rows.clone(), move |rows| {
        charts::comparison_spec(edition, rows)
    });
    // The words drawn in the files (with the titles) and on screen (the page shows the titles).
    let export_text = use_memo((lang, rows.clone()), move |(lang, rows)| {
        charts::compare_text(edition, *lang, rows)
    });
    let chart_text = use_memo(export_text.clone(), |t| ChartText {
        titles: ChartTitles::default(),
        ..(**t).clone()
    });
    let trend = use_memo(rows.clone(), move |rows| {
        charts::trend_rows(rows).map(|r| {
            (
                charts::trend_spec(edition, &r),
                r.into_iter().cloned().collect::<Vec<Row>>(),
            )
        })
    });
    let file_base = {
        let stem = s.compare().csv_file_stem;
        let date: String = today_iso().chars().take(10).collect();
        move |what: &str| format!("{stem}-{what}-{date}")
    };

    let saved_list = saved_checkboxes(&store, s, &selected);

    let onchange = {
        let files_state = files_state.clone();
        Callback::from(move |e: Event| {
            let chosen = take_chosen_files(&e);
            if chosen.is_empty() {
                return;
            }
            files_state.dispatch(FilesAction::Batch(chosen.len()));
            for file in chosen {
                let files_state = files_state.clone();
                read_answers(&file, move |file, result| {
                    files_state.dispatch(FilesAction::Read {
                        file,
                        result: result.map(Rc::new),
                    })
                });
            }
        })
    };

    let rejected = (!files_state.rejected.is_empty()).then(|| {
        let items = files_state.rejected.iter().map(|(file, problem)| {
            html! { <li>{ fill(t.file_error, &[file, &problem.message(lang)]) }</li> }
        });
        html! {
            <div class="alert alert-warning">
                <h3 class="alert-heading">{ t.files_rejected_title }</h3>
                <ul class="mb-0">{ for items }</ul>
            </div>
        }
    });
    let loaded = (!files_state.loaded.is_empty()).then(|| {
        let items = files_state
            .loaded
            .iter()
            .map(|l| loaded_item(l, &store, &files_state, s, lang));
        html! {
            <>
                <h3>{ t.loaded_title }</h3>
                <ul class="assessment-list">{ for items }</ul>
            </>
        }
    });

    let toggle_refs = {
        let references = references.clone();
        Callback::from(move |e: Event| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                references.set(i.checked());
            }
        })
    };
    let sources = references.then(|| {
        let items = published().comparable().into_iter().flat_map(|p| {
            p.sources.iter().map(move |url| {
                let host = url
                    .split("://")
                    .nth(1)
                    .and_then(|r| r.split('/').next())
                    .unwrap_or(url);
                html! {
                    <li><a href={url.clone()} rel="noopener noreferrer">{ fill(t.source_link, &[&p.comune, &p.year, &host]) }</a></li>
                }
            })
        });
        html! {
            <>
                <p class="small mb-1 mt-2 fw-bold">{ t.sources_title }</p>
                <ul class="small">{ for items }</ul>
            </>
        }
    });

    let export = {
        let rows = rows.clone();
        let csv_status = csv_status.clone();
        Callback::from(move |_: MouseEvent| {
            let name = compare::csv_file_name(lang, &today_iso());
            let text = compare::to_csv(&rows, lang);
            if download(&name, "text/csv;charset=utf-8", &text).is_ok() {
                csv_status.set(Some(name));
            }
        })
    };

    let result = if rows.is_empty() {
        html! { <p role="status">{ t.empty }</p> }
    } else {
        let aria = fill(
            t.chart_aria,
            &[&rows
                .iter()
                .map(|r| {
                    format!(
                        "{}: DPS {}, DPA {}, DO {}, Ca.Re {}",
                        r.label(),
                        score_text(r.dps, lang),
                        score_text(r.dpa, lang),
                        score_text(r.do_, lang),
                        score_text(r.care, lang)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")],
        );
        html! {
            <>
                <p role="status">{ t.count.of(rows.len()) }</p>
                { comparison_table(&rows, s, lang) }
                <div class="toolbar mb-4">
                    <button type="button" class="btn btn-outline-primary" onclick={export}>{ t.export_csv }</button>
                    <span role="status" class="small text-muted">
                        { for csv_status.as_ref().map(|n| fill(t.exported, &[n])) }
                    </span>
                </div>
                <figure class="chart-figure">
                    <h3 class="chart-title">{ t.chart_title }</h3>
                    <ChartCanvas spec={spec.clone()} text={chart_text.clone()} label={aria} id={AttrValue::from("compare-chart")} />
                    <DownloadButtons spec={spec} text={export_text.clone()} title={t.chart_title}
                                     file_base={file_base("grafico")} />
                    <details class="chart-alt">
                        <summary>{ s.transfer().chart_alt_summary }</summary>
                        { chart_table(&rows, s, lang) }
                    </details>
                    <figcaption>{ t.chart_caption }</figcaption>
                </figure>
                { trend_figure(trend.as_ref().as_ref(), &chart_text, &export_text, s, lang, &file_base("andamento")) }
            </>
        }
    };

    html! {
        <div class="container">
            <div class="page-header">
                <h1>{ t.title }</h1>
                <p class="lead">{ t.lead }</p>
            </div>
            { saved_list }
            <section aria-labelledby="compare-files-title" class="mt-4">
                <h2 id="compare-files-title" class="section-title">{ t.files_title }</h2>
                <div class="form-group">
                    <label for="compare-files">{ t.files_label }</label>
                    <input id="compare-files" class="form-control" type="file" multiple=true
                           accept=".json,application/json" aria-describedby="compare-files-help" {onchange} />
                    <span class="form-text" id="compare-files-help">{ t.files_help }</span>
                </div>
                <div aria-live="polite">
                    if files_state.pending > 0 {
                        <p class="small text-muted">{ t.files_reading }</p>
                    }
                    { for rejected }
                </div>
                { for loaded }
            </section>
            <div class="form-check mt-4">
                <input class="form-check-input" type="checkbox" id="compare-references"
                       checked={*references} onchange={toggle_refs} aria-describedby="compare-references-help" />
                <label class="form-check-label" for="compare-references">{ t.references_label }</label>
            </div>
            <p class="form-text" id="compare-references-help">{ t.references_help }</p>
            { for sources }
            <section aria-labelledby="compare-result-title" class="mt-4">
                <h2 id="compare-result-title" class="section-title">{ t.result_title }</h2>
                { result }
            </section>
            <p class="mt-4">
                <NavLink to={Route::Files}>{ s.transfer().files_link }</NavLink>
            </p>
        </div>
    }
}

/// The checkboxes of the saved assessments.
fn saved_checkboxes(
    store: &crate::app::StoreHandle,
    s: &'static Strings,
    selected: &UseStateHandle<SortedSet<String>>,
) -> Html {
    let t = &s.compare();
    if store.assessments.is_empty() {
        return html! {
            <fieldset>
                <legend>{ t.saved_legend }</legend>
                <p class="mb-0">{ t.saved_none }</p>
            </fieldset>
        };
    }
    let boxes = store.assessments.iter().map(|a| {
        let id = a.id.clone();
        let checked = selected.contains(&id);
        let onchange = {
            let selected = selected.clone();
            let id = id.clone();
            Callback::from(move |_: Event| {
                let mut next = (*selected).clone();
                if !next.remove(&id) {
                    next.insert(id.clone());
                }
                selected.set(next);
            })
        };
        let name = if a.answers.comune.name.trim().is_empty() {
            s.common.unnamed.to_string()
        } else {
            a.answers.comune.name.clone()
        };
        let sc = model::score(model::current(), &a.answers);
        let year = a
            .answers
            .comune
            .year
            .map(|y| y.to_string())
            .unwrap_or_else(|| s.transfer().not_given.to_string());
        let care = sc
            .care_display
            .map(|c| c.to_string())
            .unwrap_or_else(|| t.not_available.to_string());
        let input_id = format!("compare-{id}");
        html! {
            <div class="form-check" key={id.clone()}>
                <input class="form-check-input" type="checkbox" id={input_id.clone()} {checked} {onchange} />
                <label class="form-check-label" for={input_id}>
                    { name }<span class="text-muted">{ " — " }{ fill(t.saved_meta, &[&year, &care]) }</span>
                </label>
            </div>
        }
    });
    html! {
        <fieldset>
            <legend>{ t.saved_legend }</legend>
            { for boxes }
        </fieldset>
    }
}

/// One loaded file: its comune, the file it came from, and "save" / "remove".
fn loaded_item(
    l: &Loaded,
    store: &crate::app::StoreHandle,
    files_state: &UseReducerHandle<LoadedFiles>,
    s: &'static Strings,
    lang: Lang,
) -> Html {
    let t = &s.compare();
    let key = l.key;
    let remove = {
        let files_state = files_state.clone();
        Callback::from(move |_: MouseEvent| files_state.dispatch(FilesAction::Remove(key)))
    };
    let save = {
        let files_state = files_state.clone();
        let store = store.clone();
        let answers = l.answers.clone();
        Callback::from(move |_: MouseEvent| {
            let (action, id) = files::add_action(&store, (*answers).clone(), now_ms());
            store.dispatch(action);
            files_state.dispatch(FilesAction::Saved(key, id));
        })
    };
    let row = Row::from_answers(&l.answers, Origin::File);
    let name = l.answers.comune.name.clone();
    let meta = format!(
        "{} · {} {}",
        fill(t.loaded_meta, &[&l.file]),
        t.col_care,
        score_text(row.care, lang)
    );
    html! {
        <li class="assessment-item" key={l.key.to_string()}>
            <div class="assessment-main">
                <h4 class="assessment-title">{ row.label() }</h4>
                <p class="assessment-meta">{ meta }</p>
            </div>
            <div class="toolbar">
                if l.saved_as.is_some() {
                    <span class="badge badge-success">{ t.saved }</span>
                } else {
                    <button type="button" class="btn btn-outline-primary btn-sm" onclick={save}>
                        { t.save }<span class="visually-hidden">{ " — " }{ name.clone() }</span>
                    </button>
                }
                <button type="button" class="btn btn-secondary btn-sm" onclick={remove}>
                    { t.remove }<span class="visually-hidden">{ " — " }{ name }</span>
                </button>
            </div>
        </li>
    }
}

/// The table of the comparison.
fn comparison_table(rows: &[Row], s: &'static Strings, lang: Lang) -> Html {
    let t = &s.compare();
    let body = rows.iter().map(|r| {
        let class = r.class.map(|c| {
            html! { <span class={classes!("class-badge", "class-badge-sm", class_css(c))}>{ r.class_text(lang) }</span> }
        });
        let completeness = r
            .completeness
            .map(|c| format!("{}%", completeness_percent(c.answered, c.total)))
            .unwrap_or_else(|| t.not_available.to_string());
        html! {
            <tr>
                <th scope="row">{ &r.name }</th>
                <td>{ r.year.map(|y| y.to_string()).unwrap_or_default() }</td>
                <td>{ r.origin_text(lang) }</td>
                { for [r.dps, r.dpa, r.do_].map(|v| num_cell(score_text(v, lang))) }
                <td class="num fw-bold">{ score_text(r.care, lang) }</td>
                <td>{ class.unwrap_or_else(|| html! { { t.not_available } }) }</td>
                { num_cell(completeness) }
            </tr>
        }
    });
    html! {
        <div class="table-responsive" tabindex="0" role="region" aria-labelledby="compare-table-caption">
            <table class="table table-striped table-sm">
                <caption id="compare-table-caption">{ t.table_caption }</caption>
                <thead>
                    { head_row(&[
                        (t.col_comune, false),
                        (t.col_year, false),
                        (t.col_origin, false),
                        (t.col_dps, true),
                        (t.col_dpa, true),
                        (t.col_do, true),
                        (t.col_care, true),
                        (t.col_class, false),
                        (t.col_completeness, true),
                    ]) }
                </thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}

/// The data table beside the chart.
fn chart_table(rows: &[Row], s: &'static Strings, lang: Lang) -> Html {
    let t = &s.compare();
    let body = rows.iter().map(|r| {
        html! {
            <tr>
                <th scope="row">{ r.label() }</th>
                { for [r.dps, r.dpa, r.do_, r.care].map(|v| num_cell(score_text(v, lang))) }
            </tr>
        }
    });
    html! {
        <div class="table-responsive" tabindex="0" role="region" aria-labelledby="compare-chart-caption">
            <table class="table table-sm">
                <caption id="compare-chart-caption" class="visually-hidden">{ t.chart_title }</caption>
                <thead>
                    { head_row(&[
                        (t.col_comune, false),
                        (t.col_dps, true),
                        (t.col_dpa, true),
                        (t.col_do, true),
                        (t.col_care, true),
                    ]) }
                </thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}

/// The trend of one comune over several years (when the compared rows are that): chart, downloads and table.
fn trend_figure(
    trend: Option<&(ChartSpec, Vec<Row>)>,
    screen: &Rc<ChartText>,
    export: &Rc<ChartText>,
    s: &'static Strings,
    lang: Lang,
    file_base: &str,
) -> Html {
    let Some((spec, rows)) = trend else {
        return html! {};
    };
    let t = &s.compare();
    let rows: Vec<&Row> = rows.iter().collect();
    let table = charts::trend_table(&rows, lang);
    let title = table.caption.clone();
    let aria = rows
        .iter()
        .map(|r| {
            format!(
                "{} {}: Ca.Re {}, {}",
                r.name,
                r.year.unwrap_or_default(),
                score_text(r.care, lang),
                r.class_text(lang)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let spec = Rc::new(spec.clone());
    html! {
        <figure class="chart-figure mt-4" id="compare-trend">
            <h3 class="chart-title">{ title.clone() }</h3>
            <ChartCanvas spec={spec.clone()} text={screen.clone()} label={aria} id={AttrValue::from("trend-chart")} />
            <DownloadButtons spec={spec} text={export.clone()} title={title} file_base={file_base.to_string()} />
            <details class="chart-alt" open=true>
                <summary>{ s.transfer().chart_alt_summary }</summary>
                <DataTableView table={table} />
            </details>
            <figcaption>{ t.trend_caption }</figcaption>
        </figure>
    }
}
