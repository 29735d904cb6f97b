//! A typed answer (name, ISTAT code, year, respondent, datasets, share) checked as the user types: a valid value
//! is saved at once, an invalid one is shown with its message (`aria-invalid`, `.invalid-feedback` linked by
//! `aria-describedby`) and never written, so the value saved before stays.

use yew::prelude::*;

use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::model::typed_values::{self as typed, FieldError};
use crate::model::{Edit, RespondentField, Section};

/// What a [`TextField`] asks for, and so how it is checked and saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// The comune's name (required).
    Name,
    /// The ISTAT code.
    Istat,
    /// The year.
    Year,
    /// Who fills it in.
    Respondent,
    /// The number of open datasets.
    Datasets,
    /// The share of datasets in open formats.
    Share,
    /// The date of the assessment.
    AssessedOn,
    /// The name of who answers a section.
    SectionName(Section),
    /// The office of who answers a section.
    SectionOffice(Section),
}

impl FieldKind {
    /// The change a typed text makes, or why it is refused.
    pub fn read(self, raw: &str) -> Result<Edit, FieldError> {
        Ok(match self {
            FieldKind::Name => Edit::Name(typed::check_name(raw)?),
            FieldKind::Istat => Edit::IstatCode(typed::parse_istat(raw)?),
            FieldKind::Year => Edit::Year(typed::parse_year(raw)?),
            FieldKind::Respondent => Edit::Respondent(typed::check_respondent(raw)?),
            FieldKind::Datasets => Edit::Datasets(typed::parse_datasets(raw)?),
            FieldKind::Share => Edit::OpenFormatShare(typed::parse_share(raw)?),
            FieldKind::AssessedOn => Edit::AssessedOn(typed::parse_date(raw)?),
            FieldKind::SectionName(section) | FieldKind::SectionOffice(section) => {
                Edit::SectionRespondent {
                    section,
                    field: match self {
                        FieldKind::SectionName(_) => RespondentField::Name,
                        _ => RespondentField::Office,
                    },
                    value: typed::check_respondent(raw)?,
                }
            }
        })
    }

    fn input_mode(self) -> Option<&'static str> {
        match self {
            FieldKind::Istat | FieldKind::Year | FieldKind::Datasets => Some("numeric"),
            FieldKind::Share => Some("decimal"),
            FieldKind::Name
            | FieldKind::Respondent
            | FieldKind::AssessedOn
            | FieldKind::SectionName(_)
            | FieldKind::SectionOffice(_) => None,
        }
    }

    fn is_short(self) -> bool {
        !matches!(
            self,
            FieldKind::Name
                | FieldKind::Respondent
                | FieldKind::SectionName(_)
                | FieldKind::SectionOffice(_)
        )
    }
}

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// What it asks for.
    pub kind: FieldKind,
    /// The control id (`q-comune-name`).
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// A hint under the field.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The saved value as text (empty when unanswered).
    pub saved: AttrValue,
    /// Marks the field as required.
    #[prop_or_default]
    pub required: bool,
    /// Marks the field as optional.
    #[prop_or_default]
    pub optional: bool,
    /// What a refused value leaves in place (`{}`: the value); "the previous value stays saved" by default.
    #[prop_or_default]
    pub kept: Option<AttrValue>,
    /// A valid value was typed.
    pub onedit: Callback<Edit>,
}

/// A labelled text input that saves valid values at once and explains invalid ones.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let s = use_strings();
    let q = &s.questionnaire;
    // What the user typed since the value was last saved; `None` shows the saved value.
    let typed = use_state(|| None::<String>);
    let error = typed.as_deref().and_then(|t| props.kind.read(t).err());
    let value = typed
        .as_deref()
        .map(str::to_string)
        .unwrap_or_else(|| props.saved.to_string());

    let oninput = {
        let typed = typed.clone();
        let onedit = props.onedit.clone();
        let kind = props.kind;
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            if let Ok(edit) = kind.read(&text) {
                onedit.emit(edit);
            }
            typed.set(Some(text));
        })
    };
    // Leaving a valid field shows the value as saved (e.g. a trimmed name); an invalid one stays as typed.
    let onblur = {
        let typed = typed.clone();
        let kind = props.kind;
        Callback::from(move |_: FocusEvent| {
            if typed.as_deref().is_some_and(|t| kind.read(t).is_ok()) {
                typed.set(None);
            }
        })
    };
    let help_id = format!("{}-help", props.id);
    let err_id = format!("{}-error", props.id);
    let mut described = Vec::new();
    if props.help.is_some() {
        described.push(help_id.clone());
    }
    if error.is_some() {
        described.push(err_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let error_html = error.map(|e| {
        let kept_text = props.kept.as_deref().unwrap_or(q.still_saved);
        let kept = (!props.saved.is_empty()).then(|| fill(kept_text, &[&props.saved]));
        html! {
            <span class="invalid-feedback" id={err_id.clone()}>
                { q.field_error(e) }
                if let Some(kept) = kept { { " " }{ kept } }
            </span>
        }
    });
    html! {
        <div class="form-group">
            <label for={props.id.clone()}>
                { props.label.clone() }
                if props.required {
                    { " " }<span class="required-mark" aria-hidden="true">{ "*" }</span>
                }
                if props.optional {
                    { " " }<span class="text-muted small">{ q.optional }</span>
                }
            </label>
            <input class={classes!("form-control", props.kind.is_short().then_some("form-control-short"))}
                   id={props.id.clone()} type="text" {value}
                   inputmode={props.kind.input_mode()} autocomplete="off" spellcheck="false"
                   aria-required={props.required.then_some("true")}
                   aria-invalid={error.is_some().then_some("true")}
                   aria-describedby={described}
                   {oninput} {onblur} />
            if let Some(help) = &props.help {
                <span class="form-text" id={help_id}>{ help.clone() }</span>
            }
            { error_html.unwrap_or_default() }
        </div>
    }
}
