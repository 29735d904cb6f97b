//! Parts of a long page rendered after its first paint: the top of the results (score, class, plan) shows without
//! waiting for the charts and the score explanations below it, which are most of the page's elements. A page
//! opened on a section of its own (`#/risultati#details-title`) renders everything at once, so that the section is
//! where the reader lands.

use yew::html::ChildrenProps;
use yew::prelude::*;

use crate::services::dom::AfterPaint;

/// Its children, rendered once the page around them has been painted (nothing in their place until then).
#[function_component(AfterFirstPaint)]
pub fn after_first_paint(props: &ChildrenProps) -> Html {
    let shown = use_state(opened_on_a_section);
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            let pending = (!*shown).then(|| AfterPaint::new(move || shown.set(true)));
            move || drop(pending)
        });
    }
    if *shown {
        html! { <>{ props.children.clone() }</> }
    } else {
        Html::default()
    }
}

/// Whether the address names a section of the page (`#/route#section`).
fn opened_on_a_section() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|hash| hash.trim_start_matches('#').contains('#'))
}
