//! A question answered by one of a few choices: a native `<fieldset>` with a `<legend>` and labelled radios
//! (Tab enters the group once, arrow keys change the answer), flagged "to answer" until answered.

use yew::prelude::*;

/// One choice of a [`ChoiceGroup`].
#[derive(Clone, PartialEq)]
pub struct ChoiceOption {
    /// The value, also the last part of the radio's id (`q-anpr-completed`).
    pub value: AttrValue,
    /// What the user reads.
    pub label: AttrValue,
}

/// Props of [`ChoiceGroup`].
#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The control id of the question (see `store::questions::control_id`), on the `<fieldset>`.
    pub id: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// An explanation under the legend.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// The choices, in order.
    pub options: Vec<ChoiceOption>,
    /// The chosen value, if answered.
    pub selected: Option<AttrValue>,
    /// A choice was made (its value).
    pub onchoose: Callback<AttrValue>,
    /// Choices side by side (short labels) rather than one per line.
    #[prop_or_default]
    pub inline: bool,
    /// One row: the question, then its few short choices as segmented buttons (the social networks).
    #[prop_or_default]
    pub segmented: bool,
}

/// A labelled group of radios inside a `.service-item` row.
#[function_component(ChoiceGroup)]
pub fn choice_group(props: &ChoiceGroupProps) -> Html {
    let help_id = format!("{}-help", props.id);
    let radios = props.options.iter().map(|o| {
        let radio_id = format!("{}-{}", props.id, o.value);
        let checked = props.selected.as_ref() == Some(&o.value);
        let onchange = {
            let onchoose = props.onchoose.clone();
            let value = o.value.clone();
            Callback::from(move |_: Event| onchoose.emit(value.clone()))
        };
        if props.segmented {
            return html! {
                <label class="segmented-option">
                    <input type="radio" id={radio_id} name={props.id.clone()} value={o.value.clone()}
                           {checked} {onchange} />
                    <span>{ o.label.clone() }</span>
                </label>
            };
        }
        html! {
            <div class={classes!("form-check", props.inline.then_some("form-check-inline"))}>
                <input class="form-check-input" type="radio" id={radio_id.clone()} name={props.id.clone()}
                       value={o.value.clone()} {checked} {onchange} />
                <label class="form-check-label" for={radio_id}>{ o.label.clone() }</label>
            </div>
        }
    });
    let unanswered = props.selected.is_none();
    html! {
        <div class={classes!("service-item", unanswered.then_some("is-unanswered"), props.segmented.then_some("choice-row"))}>
            <fieldset class="plain" id={props.id.clone()}
                      aria-describedby={props.help.as_ref().map(|_| help_id.clone())}>
                <legend><span class="service-name">{ props.legend.clone() }</span></legend>
                if let Some(help) = &props.help {
                    <p class="form-text mt-0 mb-2" id={help_id.clone()}>{ help.clone() }</p>
                }
                <div class={classes!(props.segmented.then_some("segmented segmented-text"))}>{ for radios }</div>
            </fieldset>
        </div>
    }
}
