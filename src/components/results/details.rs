//! How each dimension's score comes about: one expandable section per dimension with its items, answers, item
//! scores and formulas (the explanation layer, `crate::report::explain`).

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::DataTableView;
use crate::hooks::use_store;
use crate::model::{current, Answers, Scores, Section};
use crate::report::evidence::evidence_table;
use crate::report::explain::details;

/// Props of [`ScoreDetails`].
#[derive(Properties, PartialEq)]
pub struct ScoreDetailsProps {
    /// The answers shown.
    pub answers: Rc<Answers>,
    /// Their scores.
    pub scores: Rc<Scores>,
}

/// The three explanations.
#[function_component(ScoreDetails)]
pub fn score_details(props: &ScoreDetailsProps) -> Html {
    let lang = use_store().lang;
    html! {
        <div id="result-details">
            { for details(current(), &props.answers, &props.scores, lang).into_iter().zip(Section::ALL).map(|((table, formula), section)| html! {
                <details class="service-group">
                    <summary><span class="service-group-title">{ table.caption.clone() }</span></summary>
                    <div class="service-group-body">
                        <DataTableView table={table} />
                        <p class="small">{ formula }</p>
                        // The notes and verification links of the section's answers (answers file v2).
                        if let Some(evidence) = evidence_table(current(), &props.answers, lang, Some(section)) {
                            <DataTableView table={evidence} />
                        }
                    </div>
                </details>
            }) }
        </div>
    }
}
