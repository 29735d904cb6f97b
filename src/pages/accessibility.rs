//! The accessibility statement, in the spirit of AgID's model statement: compliance status (self-assessed against
//! WCAG 2.1 AA), known limitations, how it was checked, feedback and contacts, and the parts the publishing comune
//! must fill in (highlighted with `<mark>`).

use yew::prelude::*;

use crate::hooks::use_strings;
use crate::i18n::fill;

/// The accessibility statement page.
#[function_component(AccessibilityPage)]
pub fn page() -> Html {
    let t = &use_strings().accessibility;

    html! {
        <div class="container accessibility-statement">
            <div class="page-header">
                <h1>{ t.title }</h1>
                <p class="lead"><mark>{ t.entity_placeholder }</mark>{ t.intro }</p>
            </div>

            <section aria-labelledby="a11y-status">
                <h2 id="a11y-status" class="section-title">{ t.status_title }</h2>
                <p><strong>{ t.status_label }</strong>{ ". " }{ t.status_body }</p>
            </section>

            <section aria-labelledby="a11y-limits">
                <h2 id="a11y-limits" class="section-title">{ t.limits_title }</h2>
                <p>{ t.limits_intro }</p>
                <ul>
                    <li>{ t.limit_charts }</li>
                    <li>{ t.limit_assistive }</li>
                    <li>{ t.limit_print }</li>
                    <li>{ t.limit_files }</li>
                    <li>{ t.limit_script }</li>
                </ul>
            </section>

            <section aria-labelledby="a11y-method">
                <h2 id="a11y-method" class="section-title">{ t.method_title }</h2>
                <p>{ t.method_intro }</p>
                <ul>
                    <li>{ t.method_axe }</li>
                    <li>{ t.method_keyboard }</li>
                    <li>{ t.method_contrast }</li>
                    <li>{ t.method_reflow }</li>
                </ul>
                <p>{ fill(t.method_date, &[&t.date]) }</p>
            </section>

            <section aria-labelledby="a11y-feedback">
                <h2 id="a11y-feedback" class="section-title">{ t.feedback_title }</h2>
                <p>{ t.feedback_body }</p>
                <div class="callout warning">
                    <p class="callout-title">{ t.feedback_placeholder_title }</p>
                    <p><mark>{ t.feedback_placeholder }</mark></p>
                </div>
                <p>{ t.feedback_enforcement }</p>
            </section>

            <section aria-labelledby="a11y-info">
                <h2 id="a11y-info" class="section-title">{ t.info_title }</h2>
                <dl>
                    <dt><strong>{ t.info_published }</strong></dt>
                    <dd><mark>{ t.info_published_placeholder }</mark></dd>
                    <dt><strong>{ t.info_tech }</strong></dt>
                    <dd>{ t.info_tech_value }</dd>
                    <dt><strong>{ t.info_privacy }</strong></dt>
                    <dd>{ t.info_privacy_value }</dd>
                </dl>
            </section>
        </div>
    }
}
