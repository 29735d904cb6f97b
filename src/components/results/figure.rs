//! One chart of the results: title, the canvas (as tall as its content at the figure's width),
//! caption, the downloads for slides ([`super::slide_toolbar`]), and the data table in `details.chart-alt`.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::DataTableView;
use super::slide_toolbar::SlideToolbar;
use crate::charts::ChartText;
use crate::components::chart_canvas::ChartCanvas;
use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::model::Answers;
use crate::report::charts::Figure;
use crate::report::AssessmentDate;

/// Props of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    /// The chart with its words and data.
    pub figure: Rc<Figure>,
    /// The words drawn on screen (no title, no footer).
    pub text: Rc<ChartText>,
    /// The words drawn in downloads (title and footer).
    pub export_text: Rc<ChartText>,
    /// The answers (for the download file names).
    pub answers: Rc<Answers>,
    /// The assessment's date (download file names).
    pub date: Option<AssessmentDate>,
}

/// A chart figure.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let s = use_strings();
    let r = &s.results();
    let f = &props.figure;
    let wrap = use_node_ref();
    let id = format!("fig-{}", f.kind.stem());
    let title_id = format!("{id}-title");

    html! {
        <figure class="chart-figure" id={id.clone()} aria-labelledby={title_id.clone()}>
            <h3 class="chart-title" id={title_id}>{ f.title.clone() }</h3>
            <div ref={wrap}>
                <ChartCanvas spec={Rc::new(f.spec.clone())} text={props.text.clone()} label={f.label.clone()}
                             id={AttrValue::from(format!("{id}-canvas"))} />
            </div>
            <SlideToolbar figure={f.clone()} export_text={props.export_text.clone()}
                          answers={props.answers.clone()} date={props.date} />
            <details class="chart-alt">
                <summary>{ s.results().show_table }</summary>
                <DataTableView table={f.table.clone()} />
            </details>
            <figcaption>
                <strong>{ fill(r.figure, &[&f.number]) }</strong>{ " " }{ f.caption.clone() }
            </figcaption>
        </figure>
    }
}
