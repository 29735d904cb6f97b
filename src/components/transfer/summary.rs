//! A read-only summary of the results of one set of answers: the headline Ca.Re score (integer part, as
//! published, and the value with one decimal), the class and its sub-label, the three sub-indices with their
//! bands, the completeness, and the sub-indices chart with its data table.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::chart_canvas::ChartCanvas;
use crate::components::table_cells::{head_row, num_cell};
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::number::one_decimal;
use crate::model::{self, Answers, Band, Edition, Lang, Scores};
use crate::report::explain::{band_css, band_name, class_css, class_name, sub_label_name};
use crate::transfer::charts;

/// Props of [`ResultsSummary`].
#[derive(Properties, PartialEq)]
pub struct ResultsSummaryProps {
    /// The answers to summarise.
    pub answers: Rc<Answers>,
    /// A prefix for element ids (several summaries on one page stay distinct).
    #[prop_or(AttrValue::Static("summary"))]
    pub id_prefix: AttrValue,
}

/// A band chip: the style and the band's name as text (never colour alone).
pub fn band_chip(edition: &Edition, band: Band, lang: Lang) -> Html {
    html! { <span class={classes!("band", band_css(band))}>{ band_name(edition, band, lang) }</span> }
}

/// The results of a set of answers, read-only.
#[function_component(ResultsSummary)]
pub fn results_summary(props: &ResultsSummaryProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.transfer();
    let lang = store.lang;
    let edition = model::edition(&props.answers.model).unwrap_or_else(model::current);
    let scores = use_memo(props.answers.clone(), move |a| model::score(edition, a));
    let spec = use_memo(scores.clone(), move |sc| {
        charts::subindices_spec(edition, sc)
    });
    let chart_text = use_memo(lang, move |lang| charts::chart_text(edition, *lang));
    let num = |v: Option<f64>| match v {
        Some(v) => one_decimal(lang, v),
        None => t.not_available.to_string(),
    };
    let p = &props.id_prefix;

    let headline = match (scores.care, scores.care_display) {
        (Some(care), Some(display)) => {
            let class = scores.class.map(|c| {
                let sub = scores
                    .sub_label
                    .map(|l| format!(" ({})", sub_label_name(edition, l, lang)))
                    .unwrap_or_default();
                html! {
                    <>
                        <span class="visually-hidden">{ t.class_label }{ ": " }</span>
                        <span class={classes!("class-badge", class_css(c))}>{ class_name(edition, c, lang) }</span>
                        { sub }
                    </>
                }
            });
            html! {
                <div class="score-headline">
                    <p class="score-headline-label">{ t.headline_label }</p>
                    <p class="score-headline-value">
                        <span class="score-number">{ display }</span><span class="score-scale">{ t.headline_scale }</span>
                    </p>
                    <p class="score-headline-text">
                        { for class }<br />
                        <span class="text-muted">{ fill(t.headline_exact, &[&one_decimal(lang, care)]) }</span>
                        if !scores.complete {
                            <br /><span class="text-muted">{ t.class_provisional_note }</span>
                        }
                    </p>
                </div>
            }
        }
        _ => html! {
            <div class="score-headline">
                <p class="score-headline-label">{ t.headline_label }</p>
                <p class="score-headline-value"><span class="score-number">{ t.not_available }</span></p>
                <p class="score-headline-text">{ t.care_missing }</p>
            </div>
        },
    };

    let dims = [
        ("DPS", s.start.dps_name, scores.dps, scores.bands.dps),
        ("DPA", s.start.dpa_name, scores.dpa, scores.bands.dpa),
        ("DO", s.start.do_name, scores.do_, scores.bands.do_),
    ];
    let cards = dimension_cards(edition, &scores, lang, Heading::H3);
    let rows = dims.iter().map(|(code, name, value, band)| {
        html! {
            <tr>
                <th scope="row">{ *code }{ " — " }{ *name }</th>
                { num_cell(num(*value)) }
                <td>{ band.map(|b| band_name(edition, b, lang)).unwrap_or_default() }</td>
            </tr>
        }
    });

    let total = scores.progress.total;
    let percent = crate::model::number::completeness_percent(total.answered, total.total);
    let progress_label = format!("{p}-progress");
    let caption_id = format!("{p}-table-caption");
    let aria = fill(
        t.chart_aria,
        &[&num(scores.dps), &num(scores.dpa), &num(scores.do_)],
    );

    html! {
        <>
            { headline }
            <div class="progress-wrapper mt-3">
                <div class="progress-label">
                    <span id={progress_label.clone()}>{ t.completeness_label }</span>
                    <span class="progress-value">{ t.completeness_value.fill(total.answered as usize, &[&total.total, &percent]) }</span>
                </div>
                <div class="progress" role="progressbar" aria-labelledby={progress_label}
                     aria-valuenow={percent.to_string()} aria-valuemin="0" aria-valuemax="100">
                    <div class={classes!("progress-bar", scores.complete.then_some("bg-success"))}
                         style={format!("width:{percent}%")}></div>
                </div>
            </div>
            <h2 class="section-title">{ t.dims_title }</h2>
            <div class="results-grid cols-3">{ cards }</div>
            <figure class="chart-figure">
                <h3 class="chart-title">{ t.chart_title }</h3>
                <ChartCanvas spec={spec} text={chart_text} label={aria} id={AttrValue::from(format!("{p}-chart"))} />
                <details class="chart-alt">
                    <summary>{ t.chart_alt_summary }</summary>
                    <div class="table-responsive" tabindex="0" role="region" aria-labelledby={caption_id.clone()}>
                        <table class="table table-sm">
                            <caption id={caption_id} class="visually-hidden">{ t.chart_title }</caption>
                            <thead>{ head_row(&[(t.col_dimension, false), (t.col_score, true), (t.col_band, false)]) }</thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                </details>
                <figcaption>{ t.chart_caption }</figcaption>
            </figure>
        </>
    }
}

/// The heading level of the cards' titles (under the page's h1 or h2).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// Cards under an h1 (a page of their own, e.g. the embed card).
    H2,
    /// Cards under an h2 section.
    H3,
}

/// The three sub-indices as cards: code, name, value with one decimal and the band chip.
pub fn dimension_cards(edition: &Edition, scores: &Scores, lang: Lang, heading: Heading) -> Html {
    let s = crate::i18n::strings(lang);
    let dims = [
        ("DPS", s.start.dps_name, scores.dps, scores.bands.dps),
        ("DPA", s.start.dpa_name, scores.dpa, scores.bands.dpa),
        ("DO", s.start.do_name, scores.do_, scores.bands.do_),
    ];
    dims.iter()
        .map(|(code, name, value, band)| {
            let value = match value {
                Some(v) => one_decimal(lang, *v),
                None => s.transfer().not_available.to_string(),
            };
            let title = match heading {
                Heading::H2 => html! { <h2 class="card-title">{ *name }</h2> },
                Heading::H3 => html! { <h3 class="card-title">{ *name }</h3> },
            };
            html! {
                <article class="card">
                    <div class="card-body">
                        <p class="card-eyebrow">{ *code }</p>
                        { title }
                        <p class="card-text">
                            <span class="fw-bold">{ value }</span>{ " " }
                            { for band.map(|b| band_chip(edition, b, lang)) }
                        </p>
                    </div>
                </article>
            }
        })
        .collect()
}
