//! The choice questions of the Digital PA and Openness steps (pagoPA, its payment types, ANPR, the licence, DCAT,
//! API, each social network), shown one way: a [`ChoiceGroup`] whose control id is the question's answer path,
//! whose chosen value is read from the answers and whose choice becomes the question's [`Edit`], with the
//! question's evidence field under it; and the options they offer (an edition list's choices, or yes and no). The
//! what-if panel asks the same questions as selects, through the same mapping ([`chosen`], [`edit_of`]).

use yew::prelude::*;

use super::{evidence_for, ChoiceGroup, ChoiceOption};
use crate::model::{
    Anpr, AnswerKey, Answers, Choice, Edit, Lang, Licence, PaymentChannel, SocialStatus,
};
use crate::store::questions::control_id;

/// The options of a list of edition choices.
pub fn options_of(choices: &[Choice], lang: Lang) -> Vec<ChoiceOption> {
    choices
        .iter()
        .map(|c| ChoiceOption {
            value: AttrValue::from(c.id.clone()),
            label: AttrValue::from(c.name.get(lang).to_string()),
        })
        .collect()
}

/// Yes and No.
pub fn yes_no(yes: &'static str, no: &'static str) -> Vec<ChoiceOption> {
    vec![
        ChoiceOption {
            value: "yes".into(),
            label: yes.into(),
        },
        ChoiceOption {
            value: "no".into(),
            label: no.into(),
        },
    ]
}

/// A choice question: what it asks and what it offers.
pub struct ChoiceQuestion {
    /// The question.
    pub key: AnswerKey,
    /// What the user reads as the question.
    pub legend: AttrValue,
    /// An explanation under the legend.
    pub help: Option<AttrValue>,
    /// The choices, in order.
    pub options: Vec<ChoiceOption>,
    /// Choices side by side (short labels).
    pub inline: bool,
    /// The question and its choices on one row, as segmented buttons.
    pub segmented: bool,
}

impl ChoiceQuestion {
    /// The question `key`, asked as `legend`, offering `options` one per line.
    pub fn new(key: AnswerKey, legend: impl Into<AttrValue>, options: Vec<ChoiceOption>) -> Self {
        Self {
            key,
            legend: legend.into(),
            help: None,
            options,
            inline: false,
            segmented: false,
        }
    }

    /// With an explanation under the legend.
    pub fn help(self, help: &'static str) -> Self {
        Self {
            help: Some(AttrValue::from(help)),
            ..self
        }
    }

    /// With its choices side by side.
    pub fn inline(self) -> Self {
        Self {
            inline: true,
            ..self
        }
    }

    /// With its choices as segmented buttons on the question's row.
    pub fn segmented(self) -> Self {
        Self {
            segmented: true,
            ..self
        }
    }

    /// The question as answered in `answers`: its radios and its evidence field, keyed by its answer path.
    pub fn view(self, answers: &Answers, onedit: &Callback<Edit>) -> Html {
        let path = self.key.path();
        let selected = chosen(&self.key, answers).map(AttrValue::from);
        let onchoose = {
            let (key, onedit) = (self.key.clone(), onedit.clone());
            Callback::from(move |v: AttrValue| {
                if let Some(edit) = edit_of(&key, &v) {
                    onedit.emit(edit)
                }
            })
        };
        html! {
            <key={path.clone()}>
            <ChoiceGroup id={control_id(&path)} legend={self.legend} help={self.help}
                         options={self.options} {selected} inline={self.inline}
                         segmented={self.segmented} {onchoose} />
            { evidence_for(self.key, answers, onedit) }
            </>
        }
    }
}

/// The value chosen for the choice question `key` in `answers` (`yes`/`no`, or the chosen option's id), if any.
pub fn chosen(key: &AnswerKey, answers: &Answers) -> Option<&'static str> {
    key.edits(answers)
        .and_then(|edits| edits.first().and_then(radio_value))
}

/// The radio value of the answer an edit gives a choice question: `yes`/`no`, or the chosen option's id.
fn radio_value(edit: &Edit) -> Option<&'static str> {
    Some(match edit {
        Edit::PagopaActive(b) | Edit::DcatHarvested(b) | Edit::ApiOrBulk(b) => {
            if *b {
                "yes"
            } else {
                "no"
            }
        }
        Edit::Payment { channel, .. } => channel.id(),
        Edit::Anpr(state) => state.id(),
        Edit::Licence(licence) => licence.id(),
        Edit::Social { status, .. } => status.id(),
        _ => return None,
    })
}

/// The edit that answers the choice question `key` with the value `v` (none for a value it does not offer).
pub fn edit_of(key: &AnswerKey, v: &str) -> Option<Edit> {
    let yes = || match v {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    Some(match key {
        AnswerKey::PagopaActive => Edit::PagopaActive(yes()?),
        AnswerKey::Payment(id) => Edit::Payment {
            payment: id.clone(),
            channel: PaymentChannel::from_id(v)?,
        },
        AnswerKey::Anpr => Edit::Anpr(Anpr::from_id(v)?),
        AnswerKey::Licence => Edit::Licence(Licence::from_id(v)?),
        AnswerKey::DcatHarvested => Edit::DcatHarvested(yes()?),
        AnswerKey::ApiOrBulk => Edit::ApiOrBulk(yes()?),
        AnswerKey::Social(id) => Edit::Social {
            network: id.clone(),
            status: SocialStatus::from_id(v)?,
        },
        AnswerKey::Service(_) | AnswerKey::Datasets | AnswerKey::OpenFormatShare => return None,
    })
}
