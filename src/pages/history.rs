//! The history of one comune (`#/storico`, `#/storico/<id>`): its saved assessments over the years as the shared
//! trend chart with its data table and the class of each year, the list of the assessments with their dates, and
//! "cosa è cambiato" between two chosen assessments: every changed answer with its effect on each score
//! ([`crate::transfer::history`]).

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::charts::{ChartText, ChartTitles};
use crate::components::chart_canvas::ChartCanvas;
use crate::components::questionnaire::local_date;
use crate::components::results::data_table::DataTableView;
use crate::components::results::download::DownloadButtons;
use crate::hooks::{use_store, use_strings};
use crate::i18n::assessments::date_time;
use crate::i18n::{fill, Strings};
use crate::model::{self, Lang};
use crate::report::explain::class_css;
use crate::report::file_names::slug;
use crate::store::{Action, Store};
use crate::transfer::compare::score_text;
use crate::transfer::history::{self, Entry};

/// Props of [`HistoryPage`].
#[derive(Properties, PartialEq)]
pub struct HistoryPageProps {
    /// A saved assessment whose comune's history to show; none: the open assessment's (else the latest changed).
    #[prop_or_default]
    pub id: Option<String>,
}

/// The assessment whose comune the page shows.
fn chosen_id(store: &Store, id: Option<&str>) -> Option<String> {
    id.filter(|id| store.get(id).is_some())
        .map(str::to_string)
        .or_else(|| store.current().map(|a| a.id.clone()))
        .or_else(|| {
            store
                .assessments
                .iter()
                .max_by(|a, b| a.updated_ms.total_cmp(&b.updated_ms))
                .map(|a| a.id.clone())
        })
}

/// The history page.
#[function_component(HistoryPage)]
pub fn history_page(props: &HistoryPageProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = s.history();
    let lang = store.lang;
    let navigator = use_navigator();
    let id = chosen_id(&store, props.id.as_deref());
    let entries = id
        .as_deref()
        .map(|id| history::history(&store, id, lang))
        .unwrap_or_default();

    // The comuni in the order of the list of saved assessments, each named by its latest year's assessment.
    let groups = history::comuni(history::list_order(&store));
    let selected_group = groups
        .iter()
        .find(|(gid, _)| entries.iter().any(|e| e.id == *gid))
        .map(|(gid, _)| gid.clone());
    let on_comune = {
        let navigator = navigator.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(n) = &navigator {
                n.push(&Route::HistoryOf { id: select.value() });
            }
        })
    };
    let comune_select = (!groups.is_empty()).then(|| {
        let options = groups.iter().map(|(gid, n)| {
            let name = store
                .get(gid)
                .map(|a| a.answers.comune.name.clone())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| s.common.unnamed.to_string());
            let selected = selected_group.as_deref() == Some(gid.as_str());
            html! { <option value={gid.clone()} {selected}>{ fill(t.comune_option, &[&name, &t.assessments_count.of(*n)]) }</option> }
        });
        html! {
            <div class="form-group history-comune">
                <label for="history-comune">{ t.comune_label }</label>
                <select id="history-comune" class="form-control" onchange={on_comune}>{ for options }</select>
            </div>
        }
    });

    let body = if entries.is_empty() {
        html! { <p id="history-empty">{ t.none }</p> }
    } else if entries.len() < 2 {
        let name = entries[0].row.name.clone();
        html! {
            <>
                <div class="alert alert-info" id="history-only-one"><p class="mb-0">{ fill(t.only_one, &[&name]) }</p></div>
                { entry_list(&entries, &store, navigator.clone(), s, lang) }
            </>
        }
    } else {
        html! {
            <>
                <HistoryChart entries={Rc::new(entries.clone())} />
                { entry_list(&entries, &store, navigator.clone(), s, lang) }
                <ChangesView entries={Rc::new(entries.clone())} />
            </>
        }
    };

    html! {
        <div class="container">
            <div class="page-header">
                <h1 id="history-title" tabindex="-1">{ t.title }</h1>
                <p class="lead">{ t.lead }</p>
            </div>
            { for comune_select }
            { body }
        </div>
    }
}

/// Props of [`HistoryChart`].
#[derive(Properties, PartialEq)]
struct EntriesProps {
    entries: Rc<Vec<Entry>>,
}

/// The trend chart of the history, its downloads and its data table (always shown, beside the chart; on a phone,
/// below it, one block per assessment).
#[function_component(HistoryChart)]
fn history_chart(props: &EntriesProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = s.history();
    let lang = store.lang;
    let edition = model::current();
    let entries = &props.entries;
    let spec = use_memo(entries.clone(), move |e| history::chart(edition, e));
    let export_text = use_memo((lang, entries.clone()), move |(lang, e)| {
        history::chart_text(edition, e, *lang)
    });
    let screen_text = use_memo(export_text.clone(), |t| ChartText {
        titles: ChartTitles::default(),
        ..(**t).clone()
    });
    let title = history::title(entries, lang);
    let aria = entries
        .iter()
        .map(|e| {
            format!(
                "{}: DPS {}, DPA {}, DO {}, Ca.Re {}, {}",
                e.label,
                score_text(e.row.dps, lang),
                score_text(e.row.dpa, lang),
                score_text(e.row.do_, lang),
                score_text(e.row.care, lang),
                e.row.class_text(lang)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let name = entries
        .last()
        .map(|e| e.row.name.clone())
        .unwrap_or_default();
    let file_base = format!("care-storico-{}", slug(&name));
    html! {
        <figure class="chart-figure history-figure" id="history-trend">
            <h2 class="chart-title">{ title.clone() }</h2>
            <div class="history-chart-grid">
                <div class="history-chart">
                    <ChartCanvas spec={spec.clone()} text={screen_text.clone()} label={aria}
                                 id={AttrValue::from("history-chart")} />
                    <DownloadButtons spec={spec} text={export_text.clone()} title={title}
                                     file_base={file_base} />
                </div>
                <div class="history-table">
                    <DataTableView table={history::table(entries, lang)} stack=true />
                </div>
            </div>
            <figcaption>{ t.chart_caption }</figcaption>
        </figure>
    }
}

/// The assessments of the history, oldest first, each with its dates, class and an "Apri" button.
fn entry_list(
    entries: &[Entry],
    store: &crate::app::StoreHandle,
    navigator: Option<Navigator>,
    s: &'static Strings,
    lang: Lang,
) -> Html {
    let t = s.history();
    let items = entries.iter().map(|e| {
        let mut meta = Vec::new();
        if let Some(d) = e.date {
            meta.push(fill(t.entry_date, &[&d.format(lang)]));
        }
        if let Some(a) = store.get(&e.id) {
            meta.push(fill(t.entry_edited, &[&date_time(lang, local_date(a.updated_ms))]));
        }
        if !e.respondent.trim().is_empty() {
            meta.push(fill(t.entry_by, &[&e.respondent]));
        }
        meta.push(format!("Ca.Re {}", score_text(e.row.care, lang)));
        let class = e.row.class.map(|c| {
            html! { <>{ " · " }<span class={classes!("class-badge", "class-badge-sm", class_css(c))}>{ e.row.class_text(lang) }</span></> }
        });
        let onclick = {
            let store = store.clone();
            let navigator = navigator.clone();
            let id = e.id.clone();
            Callback::from(move |_: MouseEvent| {
                store.dispatch(Action::Select(id.clone()));
                if let Some(n) = &navigator {
                    n.push(&Route::Results);
                }
            })
        };
        let hidden = html! { <span class="visually-hidden">{ format!(" «{}»", e.label) }</span> };
        html! {
            <li class="assessment-item" key={e.id.clone()} id={format!("history-entry-{}", e.id)}>
                <div class="assessment-main">
                    <h3 class="assessment-title">{ e.label.clone() }</h3>
                    <p class="assessment-meta">{ meta.join(" · ") }{ class.unwrap_or_default() }</p>
                </div>
                <div class="toolbar">
                    <button type="button" class="btn btn-outline-primary btn-sm" {onclick}>{ t.open }{ hidden }</button>
                </div>
            </li>
        }
    });
    html! {
        <section aria-labelledby="history-list-title" class="mt-4">
            <h2 id="history-list-title" class="section-title">{ t.list_title }</h2>
            <ul class="assessment-list">{ for items }</ul>
        </section>
    }
}

/// "Cosa è cambiato": two selects (from, to) and the table of the changed answers with their score effects.
#[function_component(ChangesView)]
fn changes_view(props: &EntriesProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = s.history();
    let lang = store.lang;
    let entries = &props.entries;
    let n = entries.len();
    let pick = use_state(|| None::<(String, String)>);
    let index_of = |id: &str| entries.iter().position(|e| e.id == id);
    let (from, to) = pick
        .as_ref()
        .and_then(|(a, b)| Some((index_of(a)?, index_of(b)?)))
        .unwrap_or((n.saturating_sub(2), n - 1));
    let on_select = |first: bool| {
        let pick = pick.clone();
        let ids: Vec<String> = entries.iter().map(|e| e.id.clone()).collect();
        let (f, tt) = (ids[from].clone(), ids[to].clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let v = select.value();
            pick.set(Some(if first {
                (v, tt.clone())
            } else {
                (f.clone(), v)
            }));
        })
    };
    let select = |id: &'static str, label: &'static str, chosen: usize, first: bool| {
        let options = entries.iter().enumerate().map(|(i, e)| {
            html! { <option value={e.id.clone()} selected={i == chosen}>{ e.label.clone() }</option> }
        });
        html! {
            <div class="form-group">
                <label for={id}>{ label }</label>
                <select id={id} class="form-control" onchange={on_select(first)}>{ for options }</select>
            </div>
        }
    };
    let (old, new) = (&entries[from], &entries[to]);
    let result = if from == to {
        html! { <p role="status" id="changes-status">{ t.changes_same }</p> }
    } else {
        let table = history::changes_table(old, new, lang);
        let changed = table.rows.len() - 1;
        let status = if changed == 0 {
            fill(t.changes_none, &[&old.label, &new.label])
        } else {
            t.changes_count.fill(changed, &[&old.label, &new.label])
        };
        html! {
            <>
                <p role="status" id="changes-status">{ status }</p>
                <div id="changes-table"><DataTableView {table} stack=true /></div>
            </>
        }
    };
    html! {
        <section aria-labelledby="changes-title" class="mt-4" id="history-changes">
            <h2 id="changes-title" class="section-title">{ t.changes_title }</h2>
            <p>{ t.changes_lead }</p>
            <div class="history-pick">
                { select("changes-from", t.from_label, from, true) }
                { select("changes-to", t.to_label, to, false) }
            </div>
            { result }
        </section>
    }
}
