//! A [`DataTable`] as markup: `div.table-responsive > table.table`, numeric cells right-aligned, row headers; the
//! scrolling wrapper is a named, focusable region (keyboard users can scroll a wide table on a phone). A table too
//! wide for a phone can instead stack there (`stack`): each row a block, each cell after its column's name.

use yew::prelude::*;

use crate::report::table::{Cell, DataTable};

/// Props of [`DataTableView`].
#[derive(Properties, PartialEq)]
pub struct DataTableViewProps {
    /// The table.
    pub table: DataTable,
    /// On a phone, each row as a block of its cells, each cell after its column's name (`table-stack` in
    /// app.css), which is read out too: a screen reader that drops the semantics of a table laid out as blocks
    /// still says which column a value is in.
    #[prop_or_default]
    pub stack: bool,
}

fn cell(c: &Cell, column: Option<&Cell>, stack: bool) -> Html {
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
        let label = column.filter(|_| stack).map(|h| h.text.clone());
        html! { <td {class} data-label={label}>{ content }</td> }
    }
}

/// A data table with its caption.
#[function_component(DataTableView)]
pub fn data_table_view(props: &DataTableViewProps) -> Html {
    let t = &props.table;
    let stack = props.stack;
    html! {
        // Focusable and named, so that a table wider than a phone can be scrolled with the keyboard.
        <div class="table-responsive" tabindex="0" role="region" aria-label={t.caption.clone()}>
            <table class={classes!("table", "table-striped", "table-sm", stack.then_some("table-stack"))}>
                if !t.caption.is_empty() { <caption>{ t.caption.clone() }</caption> }
                <thead>
                    <tr>
                        { for t.head.iter().map(|h| html! {
                            <th scope="col" class={h.num.then_some("num")}>{ h.text.clone() }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for t.rows.iter().map(|r| html! {
                        <tr>{ for r.iter().enumerate().map(|(i, c)| cell(c, t.head.get(i), stack)) }</tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
