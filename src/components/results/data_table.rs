//! A [`DataTable`] as markup: `div.table-responsive > table.table`, numeric cells right-aligned, row headers; the
//! scrolling wrapper is a named, focusable region (keyboard users can scroll a wide table on a phone).

use yew::prelude::*;

use crate::report::table::{Cell, DataTable};

/// Props of [`DataTableView`].
#[derive(Properties, PartialEq)]
pub struct DataTableViewProps {
    /// The table.
    pub table: DataTable,
}

fn cell(c: &Cell) -> Html {
    let class = c.num.then_some("num");
    let content = match &c.link {
        Some(address) => html! {
            <a class="evidence-link" href={address.clone()} target="_blank" rel="noopener noreferrer">
                { c.text.clone() }<span class="visually-hidden">{ c.hidden.clone() }</span>
            </a>
        },
        None => html! { { c.text.clone() } },
    };
    if c.header {
        html! { <th scope="row" {class}>{ content }</th> }
    } else {
        html! { <td {class}>{ content }</td> }
    }
}

/// A data table with its caption.
#[function_component(DataTableView)]
pub fn data_table_view(props: &DataTableViewProps) -> Html {
    let t = &props.table;
    html! {
        // Focusable and named, so that a table wider than a phone can be scrolled with the keyboard.
        <div class="table-responsive" tabindex="0" role="region" aria-label={t.caption.clone()}>
            <table class="table table-striped table-sm">
                if !t.caption.is_empty() { <caption>{ t.caption.clone() }</caption> }
                <thead>
                    <tr>
                        { for t.head.iter().map(|h| html! {
                            <th scope="col" class={h.num.then_some("num")}>{ h.text.clone() }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for t.rows.iter().map(|r| html! { <tr>{ for r.iter().map(cell) }</tr> }) }
                </tbody>
            </table>
        </div>
    }
}
