//! "Porta fuori i risultati": the results page's take-out buttons for the current assessment, the answers file
//! (JSON), the scores (CSV) and the share link, from [`crate::components::transfer`].

use yew::prelude::*;

use crate::components::layout::ImportLink;
use crate::components::transfer::{ExportAnswersButton, ExportCsvButton, ShareLinkButton};
use crate::hooks::{use_store, use_strings};

/// The take-out section of the current assessment (nothing without one).
#[function_component(TakeOutSection)]
pub fn take_out_section() -> Html {
    let store = use_store();
    let s = use_strings();
    let e = &s.embed();
    let Some(current) = store.current() else {
        return html! {};
    };
    let id = AttrValue::from(current.id.clone());
    html! {
        <section aria-labelledby="takeout-title" class="no-print mt-4" id="takeout">
            <h2 class="section-title" id="takeout-title">{ e.takeout_title }</h2>
            <p>{ e.takeout_intro }</p>
            <div class="toolbar" role="group" aria-label={e.takeout_group}>
                <ExportAnswersButton assessment_id={id.clone()} />
                <ExportCsvButton assessment_id={id.clone()} />
                <ShareLinkButton assessment_id={id} />
            </div>
            <p class="mt-3 mb-0">{ s.common.import_prompt }{ " " }<ImportLink /></p>
        </section>
    }
}
