//! The Ca.Re model in pure Rust (no web dependency): editions as data, answers, scoring (numbers only) and
//! the answers file (versions 1 and 2). It uses nothing of the report, the charts, the web app or the `care` tool (`crate::cli`).
//!
//! Specifications: `../shared/care-model.md` and `../shared/answers-format.md` (relative to the repository
//! root). Editions are JSON files in `assets/models/`, embedded and deserialised once.

pub mod answer_keys;
pub mod answers;
pub mod answers_file;
pub mod changes;
pub mod decimal;
pub mod edit;
pub mod edition;
pub mod edition_json;
pub mod evidence;
pub mod id_order;
pub mod items;
pub mod lang;
pub mod merge_plan;
pub mod number;
pub mod score;
pub mod strict_json;
pub mod typed_values;

pub use answer_keys::{AnswerKey, Section};
pub use answers::{
    Anpr, Answers, Comune, LevelAnswer, Licence, OpenData, PagoPa, PaymentChannel, ServiceAnswer,
    SocialStatus,
};
pub use answers_file::{FormatError, FormatErrorKind};
pub use edit::Edit;
pub use edition::{
    Choice, Edition, ItemDef, LabelDef, LevelDef, Param, Params, Rule, Service, ServiceGroup, Tag,
    UserGroup,
};
pub use evidence::{IsoDate, ItemNote, Respondent, RespondentField};
pub use lang::{Lang, Text};
pub use score::{
    band, classify, classify_with, score, Band, Bands, Class, Classification, Count, ItemScores,
    Progress, Scores, SubLabel,
};

use std::sync::OnceLock;

/// The id of the edition new answers are written for.
pub const CURRENT_EDITION_ID: &str = "care-2021";

/// The embedded editions: (id, JSON text).
pub(crate) const EDITION_SOURCES: &[(&str, &str)] = &[(
    "care-2021",
    include_str!("../../assets/models/care-2021.json"),
)];

fn editions() -> &'static [Edition] {
    static EDITIONS: OnceLock<Vec<Edition>> = OnceLock::new();
    EDITIONS.get_or_init(|| {
        EDITION_SOURCES
            .iter()
            .map(|(id, json)| {
                // The files are part of the program and checked by the tests: a broken one is a build defect.
                let edition: Edition = edition_json::edition_from_json(json).unwrap_or_else(|e| {
                    panic!("assets/models/{id}.json is not a valid edition: {e}")
                });
                assert_eq!(&edition.id, id, "assets/models/{id}.json has another id");
                edition
            })
            .collect()
    })
}

/// Every known edition, oldest first.
pub fn all_editions() -> &'static [Edition] {
    editions()
}

/// The edition with this id (`"care-2021"`), if known.
pub fn edition(id: &str) -> Option<&'static Edition> {
    editions().iter().find(|e| e.id == id)
}

/// The edition new answers are written for.
pub fn current() -> &'static Edition {
    edition(CURRENT_EDITION_ID).expect("the current edition is embedded")
}

/// The ids of every known edition.
pub fn edition_ids() -> Vec<&'static str> {
    editions().iter().map(|e| e.id.as_str()).collect()
}
