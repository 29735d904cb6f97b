//! Text typed by users (a comune's name, a respondent) shown inside the app's sentences, isolated from the text
//! around it (`<bdi>`): a name in a right-to-left script, or one that still carries a direction character from an
//! older saved state, can then never reorder the words and numbers next to it (a date or a score shown reversed).

use yew::prelude::*;

/// `template` with each `{}` replaced by the next of `args`, each in its own `<bdi>` (as [`crate::i18n::fill`]
/// does for plain text).
pub fn fill_isolated(template: &str, args: &[&str]) -> Html {
    let mut parts = Vec::new();
    let mut rest = template;
    let mut args = args.iter();
    while let Some(pos) = rest.find("{}") {
        parts.push(html! { { rest[..pos].to_string() } });
        match args.next() {
            Some(a) => parts.push(html! { <bdi>{ a.to_string() }</bdi> }),
            None => parts.push(html! { { "{}" } }),
        }
        rest = &rest[pos + 2..];
    }
    parts.push(html! { { rest.to_string() } });
    html! { <>{ for parts }</> }
}
