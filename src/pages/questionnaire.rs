//! The questionnaire page (filled by its own issue).

use yew::prelude::*;

use crate::hooks::use_strings;

#[derive(Properties, PartialEq)]
pub struct QuestionnairePageProps {
    /// The step slug from the URL, if any.
    pub step: Option<String>,
}

/// The questionnaire page.
#[function_component(QuestionnairePage)]
pub fn page(props: &QuestionnairePageProps) -> Html {
    let s = use_strings();
    let _ = &props.step;
    html! { <div class="container"><h1>{ s.common.nav_questionnaire }</h1></div> }
}
