//! One service of the DPS dimension, compact enough for a phone: its level 0-4 or N/A as segmented radios that
//! show each level's name, once the service is online (level 3-4) whether it is reached with SPID and with CIE,
//! and on demand (open on wide screens) who uses it and what the chosen level means with the service's own
//! example. The help follows the chosen level only: tabbing into an unanswered service focuses its first radio
//! without choosing it, so it must not describe "Livello 0" as if it were the answer.

use yew::prelude::*;

use crate::hooks::{use_store, use_strings};
use crate::i18n::fill;
use crate::model::{current, LevelAnswer, Service, ServiceAnswer};
use crate::store::questions::control_id;
use crate::store::Edit;

/// Props of [`ServiceRow`].
#[derive(Properties, PartialEq)]
pub struct ServiceRowProps {
    /// The service id (of the current edition).
    pub service: AttrValue,
    /// Its answer, if any.
    pub answer: Option<ServiceAnswer>,
    /// Its note and verification link, if any.
    #[prop_or_default]
    pub note: Option<crate::model::ItemNote>,
    /// An answer changed.
    pub onedit: Callback<Edit>,
}

/// A service with its level radios, level help and SPID/CIE boxes.
#[function_component(ServiceRow)]
pub fn service_row(props: &ServiceRowProps) -> Html {
    let store = use_store();
    let s = use_strings();
    let q = &s.questionnaire;
    let lang = store.lang;
    let edition = current();
    let details_open = use_state(wide_screen);
    let Some(service) = edition.service(&props.service) else {
        return html! {};
    };
    let base = format!("services.{}", service.id);
    let level_id = control_id(&format!("{base}.level"));
    let name_id = control_id(&format!("{base}.name"));
    let selected = props.answer.map(|a| a.level);

    let mut choices: Vec<LevelAnswer> = edition
        .levels
        .iter()
        .map(|l| LevelAnswer::Level(l.value))
        .collect();
    choices.push(LevelAnswer::NotApplicable);
    let radios = choices.into_iter().map(|choice| {
        let value = choice.id();
        let radio_id = format!("{level_id}-{value}");
        let (number, caption) = match choice {
            LevelAnswer::Level(n) => (
                n.to_string(),
                edition
                    .level(n)
                    .map(|d| d.name.get(lang).to_string())
                    .unwrap_or_default(),
            ),
            LevelAnswer::NotApplicable => (
                q.na_short.to_string(),
                edition.not_applicable.name.get(lang).to_string(),
            ),
        };
        let onchange = {
            let onedit = props.onedit.clone();
            let service = service.id.clone();
            Callback::from(move |_: Event| {
                onedit.emit(Edit::Level {
                    service: service.clone(),
                    level: choice,
                })
            })
        };
        let na = matches!(choice, LevelAnswer::NotApplicable);
        html! {
            <label class={classes!("segmented-option", na.then_some("is-na"))}>
                <input type="radio" id={radio_id} name={level_id.clone()} value={value}
                       checked={selected == Some(choice)} {onchange} />
                <span>{ number }{ " " }<small>{ caption }</small></span>
            </label>
        }
    });

    let help = match selected {
        Some(level) => level_help(service, level, lang, q),
        None => online_examples(service, lang, q),
    };
    let online = selected.is_some_and(|l| edition.is_online(l));
    let auth = online.then(|| {
        html! {
            <AuthFlags service={service.id.clone()} answer={props.answer.unwrap_or_default()}
                       id_prefix={control_id(&base)} onedit={props.onedit.clone()} />
        }
    });
    let missing_flag = online
        && props
            .answer
            .is_some_and(|a| a.spid.is_none() || a.cie.is_none());
    let unanswered = selected.is_none() || missing_flag;

    let users: Vec<&str> = service
        .users
        .iter()
        .map(|u| crate::i18n::questionnaire::of(lang).user_group(*u))
        .collect();
    let ontoggle = {
        let details_open = details_open.clone();
        Callback::from(move |e: Event| {
            let d: web_sys::Element = e.target_unchecked_into();
            details_open.set(d.has_attribute("open"));
        })
    };
    html! {
        <div class={classes!("service-item", unanswered.then_some("is-unanswered"))}
             role="group" aria-labelledby={name_id.clone()} id={format!("svc-{}", service.id)}>
            <div class="service-item-head">
                <h3 class="service-name" id={name_id}>{ service.name.get(lang) }</h3>
            </div>
            <details class="service-details" id={format!("svc-{}-details", service.id)}
                     open={*details_open} {ontoggle}>
                <summary>
                    { q.service_details }<span class="visually-hidden">{ q.service_details_more }</span>
                </summary>
                <p class="service-desc">
                    { fill(q.users, &[&users.join(", ")]) }
                    if service.payable { { " " }{ q.payable } }
                </p>
                <div aria-live="polite">{ help }</div>
            </details>
            <fieldset class="plain" id={level_id.clone()}>
                <legend class="service-level-legend">{ q.level_legend }</legend>
                <div class="segmented segmented-levels">{ for radios }</div>
            </fieldset>
            { auth.unwrap_or_default() }
            <super::EvidenceField answer_key={crate::model::AnswerKey::Service(service.id.clone())} saved={props.note.clone()} onedit={props.onedit.clone()} />
        </div>
    }
}

/// Whether the rows' details start open: on wide screens there is room for them; on phones they wait for a tap.
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(min-width: 992px)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(true)
}

/// Props of [`AuthFlags`].
#[derive(Properties, PartialEq)]
pub struct AuthFlagsProps {
    /// The service id.
    pub service: AttrValue,
    /// Its answer (at an online level).
    pub answer: ServiceAnswer,
    /// The ids are this plus `-auth`, `-spid`, `-cie`.
    pub id_prefix: AttrValue,
    /// The id of an element naming the service, when the boxes are not already inside a group named by it.
    #[prop_or_default]
    pub service_label_id: Option<AttrValue>,
    /// A box changed.
    pub onedit: Callback<Edit>,
}

/// "Access with: SPID, CIE" for an online service, as two boxes; a flag not stated yet shows as a mixed box
/// marked "to be stated". The questionnaire and the what-if simulation show the flags with this.
#[function_component(AuthFlags)]
pub fn auth_flags(props: &AuthFlagsProps) -> Html {
    let s = use_strings();
    let q = &s.questionnaire;
    let label_id = format!("{}-auth", props.id_prefix);
    let labelled_by = match &props.service_label_id {
        Some(service) => format!("{service} {label_id}"),
        None => label_id.clone(),
    };
    html! {
        <div class="auth-options" role="group" aria-labelledby={labelled_by}>
            <span class="auth-options-label" id={label_id}>{ q.auth_label }</span>
            <FlagBox id={format!("{}-spid", props.id_prefix)} label="SPID" value={props.answer.spid}
                     unanswered={q.auth_unanswered}
                     onchange={flag_callback(&props.onedit, &props.service, true)} />
            <FlagBox id={format!("{}-cie", props.id_prefix)} label="CIE" value={props.answer.cie}
                     unanswered={q.auth_unanswered}
                     onchange={flag_callback(&props.onedit, &props.service, false)} />
        </div>
    }
}

fn flag_callback(onedit: &Callback<Edit>, service: &str, spid: bool) -> Callback<bool> {
    let onedit = onedit.clone();
    let service = service.to_string();
    Callback::from(move |value: bool| {
        let service = service.clone();
        onedit.emit(if spid {
            Edit::Spid { service, value }
        } else {
            Edit::Cie { service, value }
        })
    })
}

/// Before a level is chosen: what levels 3 and 4 look like for this service.
fn online_examples(
    service: &Service,
    lang: crate::model::Lang,
    q: &crate::i18n::questionnaire::Questionnaire,
) -> Html {
    let edition = current();
    let example = |n: u8, text: &str| {
        let name = edition
            .level(n)
            .map(|d| d.name.get(lang))
            .unwrap_or_default();
        html! {
            <p class="level-help-example-line">
                <strong>{ fill(q.level_title, &[&n, &name]) }{ ": " }</strong>{ text.to_string() }
            </p>
        }
    };
    html! {
        <div class="level-help">
            { example(3, service.level3_example.get(lang)) }
            { example(4, service.level4_example.get(lang)) }
        </div>
    }
}

/// The meaning of a level, and the service's example for the online levels.
fn level_help(
    service: &Service,
    level: LevelAnswer,
    lang: crate::model::Lang,
    q: &crate::i18n::questionnaire::Questionnaire,
) -> Html {
    let edition = current();
    let (title, description, example) = match level {
        LevelAnswer::Level(n) => {
            let def = edition.level(n);
            let name = def.map(|d| d.name.get(lang)).unwrap_or_default();
            let example = match n {
                3 => Some(service.level3_example.get(lang)),
                4 => Some(service.level4_example.get(lang)),
                _ => None,
            };
            (
                fill(q.level_title, &[&n, &name]),
                def.map(|d| d.description.get(lang)).unwrap_or_default(),
                example,
            )
        }
        LevelAnswer::NotApplicable => (
            format!("{} — {}", q.na_short, edition.not_applicable.name.get(lang)),
            edition
                .not_applicable
                .description
                .as_ref()
                .map(|d| d.get(lang))
                .unwrap_or_default(),
            None,
        ),
    };
    html! {
        <div class="level-help">
            <p class="level-help-title">{ title }</p>
            <p>{ description }</p>
            if let Some(example) = example {
                <p class="level-help-example">{ example }</p>
            }
        </div>
    }
}

/// Props of [`FlagBox`].
#[derive(Properties, PartialEq)]
struct FlagBoxProps {
    id: String,
    label: AttrValue,
    /// `None`: not stated yet (only from an imported file): shown as a mixed box, marked "to be stated".
    value: Option<bool>,
    unanswered: AttrValue,
    onchange: Callback<bool>,
}

/// A SPID or CIE checkbox.
#[function_component(FlagBox)]
fn flag_box(props: &FlagBoxProps) -> Html {
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(props.value, move |v| {
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                el.set_indeterminate(v.is_none());
            }
        });
    }
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit(el.checked());
        })
    };
    html! {
        <div class="form-check form-check-inline">
            <input ref={input} class="form-check-input" type="checkbox" id={props.id.clone()}
                   checked={props.value == Some(true)} {onchange} />
            <label class="form-check-label" for={props.id.clone()}>
                { props.label.clone() }
                if props.value.is_none() {
                    { " " }<span class="small text-muted">{ props.unanswered.clone() }</span>
                }
            </label>
        </div>
    }
}
