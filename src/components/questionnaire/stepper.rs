//! The stepper: one button per section, the current one marked with `aria-current="step"`, the completed ones
//! with a tick and a hidden "(completed)".

use yew::prelude::*;

use crate::hooks::use_strings;
use crate::i18n::fill;
use crate::store::Step;

/// Props of [`Stepper`].
#[derive(Properties, PartialEq)]
pub struct StepperProps {
    /// The step shown.
    pub current: Step,
    /// Whether each step of [`Step::ALL`] has nothing left to answer.
    pub done: [bool; 5],
    /// A step was chosen.
    pub onselect: Callback<Step>,
}

/// The questionnaire's sections as a row of buttons.
#[function_component(Stepper)]
pub fn stepper(props: &StepperProps) -> Html {
    let s = use_strings();
    let q = &s.questionnaire;
    let items = Step::ALL.iter().enumerate().map(|(i, step)| {
        let step = *step;
        let is_current = step == props.current;
        let done = props.done[i];
        let class = if is_current {
            "current"
        } else if done {
            "done"
        } else {
            "todo"
        };
        let onclick = {
            let onselect = props.onselect.clone();
            Callback::from(move |_: MouseEvent| onselect.emit(step))
        };
        html! {
            <li {class}>
                <button type="button" class="steppers-btn" id={format!("step-btn-{}", step.slug())}
                        aria-current={is_current.then_some("step")} {onclick}>
                    <span class="steppers-number">{ i + 1 }</span>
                    <span class="steppers-label">{ q.step_name(step) }</span>
                    if done {
                        <span class="visually-hidden">{ " " }{ q.step_done }</span>
                    }
                </button>
            </li>
        }
    });
    html! {
        <nav class="steppers" aria-label={q.steppers_label}>
            <div class="steppers-header">
                <ol>{ for items }</ol>
                <p class="steppers-index" aria-hidden="true">
                    { fill(q.step_index, &[&(props.current.index() + 1), &Step::ALL.len()]) }
                </p>
            </div>
        </nav>
    }
}
