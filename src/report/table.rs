//! Data tables: the text alternative of every chart, the score explanations and the answers, built once and
//! rendered by the web app (as yew markup) and by the HTML report (as escaped HTML).

use super::escape::escape;

/// One cell.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    /// The text (plain: escaped when rendered).
    pub text: String,
    /// A number: right-aligned (`class="num"`).
    pub num: bool,
    /// A row header (`<th scope="row">`).
    pub header: bool,
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            ..Cell::default()
        }
    }

    /// A number cell.
    pub fn num(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            num: true,
            header: false,
        }
    }

    /// A row-header cell.
    pub fn head(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            num: false,
            header: true,
        }
    }
}

/// A table with a caption, column headers and rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    /// The caption.
    pub caption: String,
    /// Column headers.
    pub head: Vec<Cell>,
    /// Rows.
    pub rows: Vec<Vec<Cell>>,
}

impl DataTable {
    /// The table as escaped HTML in the style contract (`div.table-responsive > table.table.table-sm`).
    pub fn to_html(&self) -> String {
        // The scrolling wrapper is a named, focusable region: keyboard users can scroll a wide table.
        let mut out = format!(
            "<div class=\"table-responsive\" tabindex=\"0\" role=\"region\" aria-label=\"{}\"><table class=\"table table-striped table-sm\">",
            escape(&self.caption)
        );
        if !self.caption.is_empty() {
            out.push_str(&format!("<caption>{}</caption>", escape(&self.caption)));
        }
        out.push_str("<thead><tr>");
        for h in &self.head {
            let class = if h.num { " class=\"num\"" } else { "" };
            out.push_str(&format!(
                "<th scope=\"col\"{class}>{}</th>",
                escape(&h.text)
            ));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            out.push_str("<tr>");
            for c in row {
                let class = if c.num { " class=\"num\"" } else { "" };
                if c.header {
                    out.push_str(&format!(
                        "<th scope=\"row\"{class}>{}</th>",
                        escape(&c.text)
                    ));
                } else {
                    out.push_str(&format!("<td{class}>{}</td>", escape(&c.text)));
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></div>");
        out
    }
}
