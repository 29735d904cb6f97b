//! The questionnaire's polite live region: after a change it says that the answer was saved (once), and then
//! only what matters: a dimension changing band, the class changing, the questionnaire becoming complete.

use yew::prelude::*;

use crate::hooks::use_store;
use crate::i18n::fill;
use crate::store::questions::{score_news, ScoreGlance, ScoreNews};
use crate::store::StorageStatus;

use super::score_panel::{band_name, class_name};

/// Props of [`Announcer`].
#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    /// The scores' glance now.
    pub glance: ScoreGlance,
    /// Last change of the assessment (a new value means an answer changed).
    pub updated_ms: f64,
    /// The assessment shown (a different one resets the comparison).
    pub assessment: AttrValue,
}

/// A visually hidden `role="status"` region.
#[function_component(Announcer)]
pub fn announcer(props: &AnnouncerProps) -> Html {
    let store = use_store();
    let message = use_state(String::new);
    let previous = use_mut_ref(|| None::<(AttrValue, ScoreGlance, f64)>);
    let told_saved = use_mut_ref(|| false);
    {
        let message = message.clone();
        let lang = store.lang;
        let storage = store.storage.clone();
        use_effect_with(
            (
                props.glance,
                props.updated_ms.to_bits(),
                props.assessment.clone(),
            ),
            move |(glance, updated_bits, assessment)| {
                let updated = f64::from_bits(*updated_bits);
                let before = previous.borrow().clone();
                *previous.borrow_mut() = Some((assessment.clone(), *glance, updated));
                let Some((was_assessment, was_glance, was_updated)) = before else {
                    return;
                };
                if was_assessment != *assessment || was_updated == updated {
                    return;
                }
                let q = &crate::i18n::strings(lang).questionnaire;
                let mut parts: Vec<String> = score_news(&was_glance, glance)
                    .into_iter()
                    .map(|n| match n {
                        ScoreNews::Band { index, band, value } => fill(
                            q.announce_band,
                            &[&["DPS", "DPA", "DO"][index], &value, &band_name(band, lang)],
                        ),
                        ScoreNews::Class { class, provisional } => {
                            let name = class_name(class, None, lang);
                            if provisional {
                                fill(q.announce_class_provisional, &[&name])
                            } else {
                                fill(q.announce_class, &[&name])
                            }
                        }
                        ScoreNews::Completed => q.announce_completed.to_string(),
                    })
                    .collect();
                if !*told_saved.borrow() {
                    *told_saved.borrow_mut() = true;
                    parts.insert(
                        0,
                        if storage == StorageStatus::Available {
                            q.announce_saved
                        } else {
                            q.announce_not_kept
                        }
                        .to_string(),
                    );
                }
                if !parts.is_empty() {
                    message.set(parts.join(" "));
                }
            },
        );
    }
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="q-announcer">
            { (*message).clone() }
        </div>
    }
}
