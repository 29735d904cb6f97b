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
pub mod text_case;
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

/// The embedded editions: (id, JSON text), the files of `assets/models/` without their indentation (written by
/// build.rs: the same tokens in fewer bytes in each module).
pub(crate) const EDITION_SOURCES: &[(&str, &str)] = &[(
    "care-2021",
    include_str!(concat!(env!("OUT_DIR"), "/care-2021.min.json")),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_editions_are_the_files_without_their_indentation() {
        for (id, embedded) in EDITION_SOURCES {
            let path = format!("{}/assets/models/{id}.json", env!("CARGO_MANIFEST_DIR"));
            let file = std::fs::read_to_string(&path).expect("the edition file");
            let tree = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("JSON");
            assert_eq!(tree(embedded), tree(&file), "{id}: the same JSON");
            // The same tree (strings and numbers as written: serde_json tells 1 from 1.0), without the line breaks
            // and the indentation.
            assert!(!embedded.contains('\n'), "{id}: no line breaks left");
            assert!(!embedded.contains("  "), "{id}: no indentation left");
            assert!(embedded.len() < file.len(), "{id}: shorter");
        }
    }
}
