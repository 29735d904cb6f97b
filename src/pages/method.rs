//! "Come calcoliamo" (`#/metodo`): the method, generated from the model data. Every rule, item and numeric
//! parameter carries its tag (`.tag-sourced` / `.tag-inferred` / `.tag-assumption`) and its source, so a
//! reader sees what is official and what is this tool's reading; then the bands and classes, the levels and
//! services, the published cases with their sources, and how the improvement plan is chosen.

use yew::prelude::*;

use crate::components::table_cells::{head_cell, head_row, num_cell};
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::number::compact;
use crate::model::{current, Lang, Tag};
use crate::report::method::{method, tag_css, TextRow};

/// A provenance chip.
fn tag(t: Tag, lang: Lang) -> Html {
    html! { <span class={tag_css(t)}>{ crate::i18n::strings(lang).method().tag_name(t) }</span> }
}

/// The host of a source address, as the link's text (`www.example.org/...` → `example.org`).
fn host(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split('/').next().unwrap_or(rest);
    host.trim_start_matches("www.").to_string()
}

/// A row's provenance: its own tag, then the tags of the numbers its text states ("numeri: nostra ipotesi").
fn provenance(row: &TextRow, lang: Lang) -> Html {
    let m = crate::i18n::strings(lang).method();
    let numbers = (!row.number_tags.is_empty()).then(|| {
        html! {
            <span class="tag-numbers">
                { m.numbers_label }
                { for row.number_tags.iter().map(|t| html! { <>{ " " }{ tag(*t, lang) }</> }) }
            </span>
        }
    });
    html! {
        <>
            { row.tag.map(|t| tag(t, lang)).unwrap_or_default() }
            if row.tag.is_some() && numbers.is_some() { { " " } }
            { numbers.unwrap_or_default() }
        </>
    }
}

/// The sections of the page, in order: id and title.
fn sections(m: &crate::i18n::method::Method) -> [(&'static str, &'static str); 8] {
    [
        ("m-legend", m.legend_title),
        ("m-rules", m.rules_title),
        ("m-items", m.items_title),
        ("m-params", m.params_title),
        ("m-bands", m.bands_title),
        ("m-levels", m.levels_title),
        ("m-published", m.published_title),
        ("m-plan", m.plan_title),
    ]
}

/// Props of [`TextTable`].
#[derive(Properties, PartialEq)]
struct TextTableProps {
    caption: AttrValue,
    head: [&'static str; 3],
    rows: Vec<TextRow>,
    with_tag: bool,
}

/// A table of rules, items or labels: title, text and (optionally) provenance.
#[function_component(TextTable)]
fn text_table(props: &TextTableProps) -> Html {
    let lang = use_store().lang;
    html! {
        <div class="table-responsive" tabindex="0" role="region" aria-label={props.caption.clone()}>
            <table class="table table-striped table-sm">
                <caption class="visually-hidden">{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        { for props.head[..if props.with_tag { 3 } else { 2 }].iter().map(|&h| head_cell(h, false)) }
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().map(|r| html! {
                        <tr>
                            <th scope="row">{ r.title.clone() }</th>
                            <td>{ r.text.clone() }</td>
                            if props.with_tag {
                                <td>{ provenance(r, lang) }</td>
                            }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// "Each service is rated on the scale of the levels…", the levels a link to their table (wherever it is).
fn services_intro(m: &crate::i18n::method::Method) -> Html {
    let (before, after) = m
        .services_intro
        .split_once("{}")
        .unwrap_or((m.services_intro, ""));
    html! { <>{ before }<a href="#m-levels">{ m.levels_link }</a>{ after }</> }
}

/// The method page.
#[function_component(MethodPage)]
pub fn page() -> Html {
    let s = use_strings();
    let m = &s.method();
    let r = &s.results();
    let lang = use_store().lang;
    let d = method(current(), lang);
    let [sourced, inferred, assumed] = d.counts;

    let items: Vec<TextRow> = d
        .items
        .iter()
        .map(|i| TextRow {
            title: format!("{} · {}", i.code, i.title),
            ..i.clone()
        })
        .collect();

    html! {
        <div class="container" id="method">
            <div class="page-header">
                <h1>{ m.title }</h1>
                <p class="lead">{ fill(m.lead, &[&d.edition_name]) }</p>
            </div>
            <div class="callout note">
                <p class="callout-title">{ d.edition_name.clone() }{ " · " }{ d.edition_id.clone() }</p>
                <p>{ d.edition_description.clone() }</p>
                <p class="mb-0">{ m.independent }</p>
            </div>
            <nav class="page-toc" aria-labelledby="m-toc">
                <h2 class="page-toc-title" id="m-toc">{ m.toc_title }</h2>
                <ol>
                    { for sections(m).iter().map(|(id, title)| html! {
                        <li><a href={format!("#{id}")}>{ *title }</a></li>
                    }) }
                </ol>
            </nav>

            <section aria-labelledby="m-legend">
                <h2 class="section-title" id="m-legend">{ m.legend_title }</h2>
                <ul>
                    <li>{ tag(Tag::Sourced, lang) }{ " " }{ m.tag_sourced_desc }</li>
                    <li>{ tag(Tag::Inferred, lang) }{ " " }{ m.tag_inferred_desc }</li>
                    <li>{ tag(Tag::Assumption, lang) }{ " " }{ m.tag_assumption_desc }</li>
                </ul>
                <p id="method-counts">{ fill(m.counts, &[&d.params.len(), &sourced, &inferred, &assumed]) }</p>
            </section>

            <section aria-labelledby="m-rules">
                <h2 class="section-title" id="m-rules">{ m.rules_title }</h2>
                <TextTable caption={m.rules_title} head={[m.th_rule, m.th_how, m.th_provenance]}
                           rows={d.rules.clone()} with_tag={true} />
            </section>

            <section aria-labelledby="m-items">
                <h2 class="section-title" id="m-items">{ m.items_title }</h2>
                <TextTable caption={m.items_title} head={[m.th_name, m.th_how, m.th_provenance]}
                           rows={items} with_tag={true} />
            </section>

            <section aria-labelledby="m-params">
                <h2 class="section-title" id="m-params">{ m.params_title }</h2>
                <p>{ m.params_intro }</p>
                <div class="table-responsive" tabindex="0" role="region" aria-label={m.params_title}>
                    <table class="table table-striped table-sm" id="method-params">
                        <caption class="visually-hidden">{ m.params_title }</caption>
                        <thead>
                            { head_row(&[
                                (m.th_param, false),
                                (m.th_value, true),
                                (m.th_provenance, false),
                                (m.th_source, false),
                            ]) }
                        </thead>
                        <tbody>
                            { for d.params.iter().map(|p| html! {
                                <tr data-param={p.key}>
                                    <th scope="row">{ p.title.clone() }</th>
                                    { num_cell(p.value.clone()) }
                                    <td>{ tag(p.tag, lang) }</td>
                                    <td>{ p.source.clone() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>

            <section aria-labelledby="m-bands">
                <h2 class="section-title" id="m-bands">{ m.bands_title }</h2>
                <TextTable caption={m.bands_title} head={[m.th_name, m.th_meaning, m.th_provenance]}
                           rows={d.labels.clone()} with_tag={true} />
            </section>

            <section aria-labelledby="m-levels">
                <h2 class="section-title" id="m-levels">{ m.levels_title }</h2>
                <TextTable caption={m.levels_title} head={[m.th_name, m.th_meaning, m.th_provenance]}
                           rows={d.levels.iter().map(|l| TextRow { title: format!("{} · {}", l.code, l.title), ..l.clone() }).collect::<Vec<_>>()}
                           with_tag={false} />
                <h3>{ m.services_title }</h3>
                <p>{ services_intro(m) }</p>
                <TextTable caption={m.services_title} head={[r.th_service, m.th_users, m.th_provenance]}
                           rows={d.services.clone()} with_tag={false} />
            </section>

            <section aria-labelledby="m-published">
                <h2 class="section-title" id="m-published">{ m.published_title }</h2>
                <p>{ m.published_intro }</p>
                <div class="table-responsive" tabindex="0" role="region" aria-label={m.published_title}>
                    <table class="table table-striped table-sm">
                        <caption class="visually-hidden">{ m.published_title }</caption>
                        <thead>
                            { head_row(&[
                                (r.th_comune, false),
                                ("Ca.Re", true),
                                ("DPS", true),
                                ("DPA", true),
                                ("DO", true),
                                (r.th_class, false),
                                (m.th_sources, false),
                            ]) }
                        </thead>
                        <tbody>
                            { for d.published.iter().map(|p| html! {
                                <tr>
                                    <th scope="row">{ p.label.clone() }</th>
                                    { for p.values.iter().map(|v| num_cell(v.map_or_else(|| r.not_available.to_string(), |v| compact(lang, v)))) }
                                    <td>{ p.class.clone().unwrap_or_default() }</td>
                                    <td>
                                        { for p.sources.iter().enumerate().map(|(i, u)| html! {
                                            <>
                                                if i > 0 { { ", " } }
                                                <a href={u.clone()} rel="noopener noreferrer">{ host(u) }</a>
                                            </>
                                        }) }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="small">{ m.later_note }</p>
            </section>

            <section aria-labelledby="m-plan">
                <h2 class="section-title" id="m-plan">{ m.plan_title }</h2>
                <p>{ m.plan_text }</p>
            </section>
        </div>
    }
}
