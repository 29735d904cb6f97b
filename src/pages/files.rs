//! The import / export page (`#/file`): import an answers file, merge a colleague's file into the open assessment,
//! export one section for a colleague, and for each saved assessment export its answers file and its scores CSV
//! or copy its share link.

use yew::prelude::*;

use crate::app::Route;
use crate::components::layout::NavLink;
use crate::components::transfer::{
    ExportAnswersButton, ExportCsvButton, ExportSection, ImportAnswers, MergeColleagueFile,
    ShareLinkButton,
};
use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model;
use crate::transfer::compare::{Origin, Row};

/// The import / export page.
#[function_component(FilesPage)]
pub fn files_page() -> Html {
    let store = use_store();
    let s = use_strings();
    let t = &s.transfer();
    let lang = store.lang;

    let items = store.assessments.iter().rev().map(|a| {
        let row = Row::from_answers(&a.answers, Origin::Saved);
        let name = if a.answers.comune.name.trim().is_empty() {
            s.common.unnamed.to_string()
        } else {
            a.answers.comune.name.clone()
        };
        let year = a
            .answers
            .comune
            .year
            .map(|y| y.to_string())
            .unwrap_or_else(|| t.not_given.to_string());
        let class = row.class_text(lang);
        let class = if class.is_empty() {
            t.not_available.to_string()
        } else {
            class
        };
        let meta = match model::score(model::current(), &a.answers).care_display {
            Some(care) => fill(t.assessment_meta, &[&year, &care, &class]),
            None => fill(t.assessment_meta_partial, &[&year, &class]),
        };
        let id = AttrValue::from(a.id.clone());
        let active = store.current.as_deref() == Some(a.id.as_str());
        html! {
            <li class={classes!("assessment-item", active.then_some("is-active"))} key={a.id.clone()}>
                <div class="assessment-main">
                    <h3 class="assessment-title">{ name }</h3>
                    <p class="assessment-meta">{ meta }</p>
                </div>
                <div class="toolbar">
                    <ExportAnswersButton assessment_id={id.clone()} />
                    <ExportCsvButton assessment_id={id.clone()} />
                    <ShareLinkButton assessment_id={id} />
                </div>
            </li>
        }
    });

    html! {
        <div class="container">
            <div class="page-header">
                <h1>{ t.files_title }</h1>
                <p class="lead">{ t.files_lead }</p>
            </div>
            <section aria-labelledby="import-title">
                <h2 id="import-title" class="section-title">{ t.import_title }</h2>
                <ImportAnswers />
            </section>
            <section aria-labelledby="merge-title" class="mt-4">
                <h2 id="merge-title" class="section-title">{ s.history().merge_title }</h2>
                <MergeColleagueFile />
            </section>
            <section aria-labelledby="section-export-title" class="mt-4">
                <h2 id="section-export-title" class="section-title">{ s.history().section_title }</h2>
                <ExportSection />
            </section>
            <section aria-labelledby="export-title" class="mt-4">
                <h2 id="export-title" class="section-title">{ t.export_title }</h2>
                if store.assessments.is_empty() {
                    <p>{ t.no_assessments }</p>
                } else {
                    <p>{ t.export_help }</p>
                    <ul class="assessment-list">{ for items }</ul>
                }
            </section>
            <p class="mt-4">
                <NavLink to={Route::Compare}>{ s.common.nav_compare }</NavLink>
            </p>
        </div>
    }
}
