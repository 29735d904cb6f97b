//! Languages of the app and bilingual text.

use serde::{Deserialize, Serialize};

/// A language of the user interface and of every message: Italian or English.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Lang {
    /// Italian (the default: the questionnaire is for Italian comuni).
    #[default]
    #[serde(rename = "it")]
    It,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Every language, Italian first.
    pub const ALL: [Lang; 2] = [Lang::It, Lang::En];

    /// The ISO 639-1 code: `"it"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    /// The language with this code (`"it"`, `"en"`; case-insensitive, a region such as `"en-GB"` is ignored).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("it") {
            Some(Lang::It)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// A text in Italian and in English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// The Italian text.
    pub it: String,
    /// The English text.
    pub en: String,
}

impl Text {
    /// A text from its Italian and English versions.
    pub fn new(it: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            it: it.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::It => &self.it,
            Lang::En => &self.en,
        }
    }
}
