//! The answers of one assessment, in memory. Mirrors the answers file (`../shared/answers-format.md`, version 2 in
//! `docs/answers-format.md`): an absent map entry or a `None` is an unanswered question. Notes, verification
//! addresses, the assessment's date and the respondents per section (version 2, [`super::evidence`]) are kept
//! here too; they are never scored.

use crate::sorted_map::SortedMap;

use super::answer_keys::{AnswerKey, Section};
use super::evidence::{IsoDate, ItemNote, Respondent};

/// The answers of one comune to the questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    /// The model (edition) id, e.g. `"care-2021"`.
    pub model: String,
    /// Who is assessed.
    pub comune: Comune,
    /// Service id -> answer. An absent service is unanswered.
    pub services: SortedMap<String, ServiceAnswer>,
    /// pagoPA answers.
    pub pagopa: PagoPa,
    /// ANPR migration state; `None` is unanswered.
    pub anpr: Option<Anpr>,
    /// Open-data answers.
    pub open_data: OpenData,
    /// Social network id -> status. An absent network is unanswered.
    pub social: SortedMap<String, SocialStatus>,
    /// The note and verification address of each item that has one (version 2).
    pub notes: SortedMap<AnswerKey, ItemNote>,
    /// The date of the assessment, separate from the last edit (version 2).
    pub assessed_on: Option<IsoDate>,
    /// Who answered each section (version 2); absent sections have no respondent.
    pub respondents: SortedMap<Section, Respondent>,
}

impl Default for Answers {
    /// Empty answers for the current edition, with an empty comune name.
    fn default() -> Self {
        Answers {
            model: super::CURRENT_EDITION_ID.to_string(),
            comune: Comune::default(),
            services: SortedMap::new(),
            pagopa: PagoPa::default(),
            anpr: None,
            open_data: OpenData::default(),
            social: SortedMap::new(),
            notes: SortedMap::new(),
            assessed_on: None,
            respondents: SortedMap::new(),
        }
    }
}

impl Answers {
    /// Empty answers for the current edition for the comune called `name`.
    pub fn new(name: impl Into<String>) -> Answers {
        Answers {
            comune: Comune {
                name: name.into(),
                ..Comune::default()
            },
            ..Answers::default()
        }
    }

    /// Whether a field of version 2 of the answers file is used (a note, an address, the date, a respondent):
    /// the file is written as version 1 otherwise, byte for byte as before.
    pub fn uses_version_2(&self) -> bool {
        !self.notes.is_empty() || self.assessed_on.is_some() || !self.respondents.is_empty()
    }

    /// The note of a question, if any.
    pub fn note(&self, key: &AnswerKey) -> Option<&ItemNote> {
        self.notes.get(key)
    }

    /// Sets the level of a service, keeping its SPID/CIE flags (builder style, handy in tests).
    pub fn with_level(mut self, service: &str, level: LevelAnswer) -> Answers {
        self.services.entry(service.to_string()).or_default().level = level;
        self
    }
}

/// Who is assessed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comune {
    /// The comune's name, 1-120 characters (free text: always shown as text).
    pub name: String,
    /// The ISTAT code, 6 digits.
    pub istat_code: Option<String>,
    /// The year of the assessment, 2000-2100.
    pub year: Option<u16>,
}

/// The level of online availability of a service, or "not the comune's competence".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LevelAnswer {
    /// A level 0-4 (values above 4 are refused by the parser and count as 4 when scoring).
    Level(u8),
    /// `"na"`: not the comune's competence; leaves every denominator.
    NotApplicable,
}

impl Default for LevelAnswer {
    /// Level 0.
    fn default() -> Self {
        LevelAnswer::Level(0)
    }
}

impl LevelAnswer {
    /// The level, or `None` for N/A.
    pub fn level(self) -> Option<u8> {
        match self {
            LevelAnswer::Level(l) => Some(l),
            LevelAnswer::NotApplicable => None,
        }
    }

    /// The value of a level control: `"0"`-`"4"` or `"na"`.
    pub fn id(self) -> String {
        match self {
            LevelAnswer::Level(l) => l.to_string(),
            LevelAnswer::NotApplicable => "na".to_string(),
        }
    }

    /// The answer of a level control's value ([`LevelAnswer::id`]); `None` for anything else.
    pub fn from_id(id: &str) -> Option<LevelAnswer> {
        match id {
            "na" => Some(LevelAnswer::NotApplicable),
            _ => ["0", "1", "2", "3", "4"]
                .iter()
                .position(|d| *d == id)
                .map(|l| LevelAnswer::Level(l as u8)),
        }
    }
}

/// The answer for one service.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ServiceAnswer {
    /// Level of online availability.
    pub level: LevelAnswer,
    /// Access with SPID (asked when the service is online, level >= 3).
    pub spid: Option<bool>,
    /// Access with CIE (asked when the service is online, level >= 3).
    pub cie: Option<bool>,
}

impl ServiceAnswer {
    /// An answer with this level and no flags.
    pub fn level(level: u8) -> ServiceAnswer {
        ServiceAnswer {
            level: LevelAnswer::Level(level),
            spid: None,
            cie: None,
        }
    }

    /// An answer with this level and both flags.
    pub fn online(level: u8, spid: bool, cie: bool) -> ServiceAnswer {
        ServiceAnswer {
            level: LevelAnswer::Level(level),
            spid: Some(spid),
            cie: Some(cie),
        }
    }

    /// The N/A answer.
    pub fn not_applicable() -> ServiceAnswer {
        ServiceAnswer {
            level: LevelAnswer::NotApplicable,
            spid: None,
            cie: None,
        }
    }
}

/// The pagoPA answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PagoPa {
    /// Whether the comune is active on pagoPA; `None` is unanswered.
    pub active: Option<bool>,
    /// Payment type id -> how it is collected. An absent type is unanswered.
    pub payments: SortedMap<String, PaymentChannel>,
}

/// How a payment type is collected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentChannel {
    /// `"pagopa"`: collected through pagoPA.
    Pagopa,
    /// `"other"`: collected, not through pagoPA.
    Other,
    /// `"na"`: the comune does not collect it.
    NotApplicable,
}

impl PaymentChannel {
    /// Every value, in file order.
    pub const ALL: [PaymentChannel; 3] = [
        PaymentChannel::Pagopa,
        PaymentChannel::Other,
        PaymentChannel::NotApplicable,
    ];

    /// The id used in answers files.
    pub fn id(self) -> &'static str {
        match self {
            PaymentChannel::Pagopa => "pagopa",
            PaymentChannel::Other => "other",
            PaymentChannel::NotApplicable => "na",
        }
    }

    /// The value with this file id.
    pub fn from_id(id: &str) -> Option<PaymentChannel> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// The state of the migration to ANPR (the national resident population registry).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Anpr {
    /// `"not_started"`.
    NotStarted,
    /// `"in_progress"`.
    InProgress,
    /// `"completed"`.
    Completed,
}

impl Anpr {
    /// Every value, in file order (best first, as in the spec).
    pub const ALL: [Anpr; 3] = [Anpr::Completed, Anpr::InProgress, Anpr::NotStarted];

    /// The id used in answers files.
    pub fn id(self) -> &'static str {
        match self {
            Anpr::Completed => "completed",
            Anpr::InProgress => "in_progress",
            Anpr::NotStarted => "not_started",
        }
    }

    /// The value with this file id.
    pub fn from_id(id: &str) -> Option<Anpr> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// The open-data answers; `None` is unanswered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OpenData {
    /// Number of open datasets published.
    pub datasets: Option<u32>,
    /// Share (0-100) of datasets in open machine-readable formats.
    pub open_format_share: Option<f64>,
    /// Open licence on all, some or no datasets.
    pub licence: Option<Licence>,
    /// Metadata in DCAT-AP_IT harvested by the national catalogue.
    pub dcat_harvested: Option<bool>,
    /// Access by API or bulk download.
    pub api_or_bulk: Option<bool>,
}

/// Which datasets carry an open licence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Licence {
    /// `"none"`: none, or not stated.
    None,
    /// `"some"`.
    Some,
    /// `"all"`.
    All,
}

impl Licence {
    /// Every value, in file order.
    pub const ALL: [Licence; 3] = [Licence::All, Licence::Some, Licence::None];

    /// The id used in answers files.
    pub fn id(self) -> &'static str {
        match self {
            Licence::All => "all",
            Licence::Some => "some",
            Licence::None => "none",
        }
    }

    /// The value with this file id.
    pub fn from_id(id: &str) -> Option<Licence> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// The comune's presence on one social network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SocialStatus {
    /// `"none"`: no official account.
    None,
    /// `"inactive"`: an account, not updated in the last 30 days.
    Inactive,
    /// `"active"`: updated in the last 30 days.
    Active,
}

impl SocialStatus {
    /// Every value, in file order.
    pub const ALL: [SocialStatus; 3] = [
        SocialStatus::None,
        SocialStatus::Inactive,
        SocialStatus::Active,
    ];

    /// The id used in answers files.
    pub fn id(self) -> &'static str {
        match self {
            SocialStatus::None => "none",
            SocialStatus::Inactive => "inactive",
            SocialStatus::Active => "active",
        }
    }

    /// The value with this file id.
    pub fn from_id(id: &str) -> Option<SocialStatus> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}
