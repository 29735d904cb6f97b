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
    /// A web address the cell links to ([`Cell::link`]): the text is its host, the link opens in a new tab.
    pub link: Option<String>,
    /// Words after the text for screen readers only (a link's "opens in a new tab").
    pub hidden: String,
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
            ..Cell::default()
        }
    }

    /// A row-header cell.
    pub fn head(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            header: true,
            ..Cell::default()
        }
    }

    /// A verification link: shown as its host (`comune.siena.it`), `new_tab` said to screen readers; an address
    /// that is not `http:`/`https:` ([`crate::model::evidence::host`] is empty) is plain text, never a link.
    pub fn link(address: impl Into<String>, new_tab: &str) -> Cell {
        let address = address.into();
        let host = crate::model::evidence::host(&address);
        if host.is_empty() {
            return Cell::text(address);
        }
        Cell {
            text: host,
            link: Some(address),
            hidden: format!(" {new_tab}"),
            ..Cell::default()
        }
    }

    /// The cell's content as escaped HTML: the text, or the link.
    pub fn content_html(&self) -> String {
        match &self.link {
            Some(address) => format!(
                "<a class=\"evidence-link\" href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}<span class=\"visually-hidden\">{}</span></a>",
                escape(address),
                escape(&self.text),
                escape(&self.hidden)
            ),
            None => escape(&self.text),
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
    /// The table of `caption` with the column headers `head` and one row per item of `items`: its cells, as
    /// `row` gives them (a row header first, as a rule).
    pub fn from_items<T>(
        caption: impl Into<String>,
        head: Vec<Cell>,
        items: impl IntoIterator<Item = T>,
        row: impl FnMut(T) -> Vec<Cell>,
    ) -> DataTable {
        DataTable {
            caption: caption.into(),
            head,
            rows: items.into_iter().map(row).collect(),
        }
    }

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
                        c.content_html()
                    ));
                } else {
                    out.push_str(&format!("<td{class}>{}</td>", c.content_html()));
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></div>");
        out
    }
}
