//! The cells that tables write out many times (column headings, number cells), as one small function each: a page
//! lists its columns as data instead of repeating the same element, which keeps the web module smaller.

use yew::prelude::*;

/// A column heading, with the class `num` (right-aligned figures) when `num`.
pub fn head_cell(text: &'static str, num: bool) -> Html {
    html! { <th scope="col" class={num.then_some("num")}>{ text }</th> }
}

/// The heading row of a table: each column's heading and whether it holds figures (see [`head_cell`]).
pub fn head_row(cols: &[(&'static str, bool)]) -> Html {
    html! { <tr>{ for cols.iter().map(|&(text, num)| head_cell(text, num)) }</tr> }
}

/// A cell of figures (class `num`).
pub fn num_cell(text: String) -> Html {
    html! { <td class="num">{ text }</td> }
}
