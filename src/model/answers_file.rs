//! The answers file (`care-answers`, `../shared/answers-format.md`; version 2 in `docs/answers-format.md`): strict
//! parsing with typed errors that name the field ([`FormatError`]: the path and what is wrong, with the values
//! found; their words, in Italian and English, are in `crate::i18n::answers_file`), and pretty serialisation with a
//! stable key order.
//!
//! Version 2 is a superset of version 1: `assessed_on`, `respondents` and `notes` (a note and a verification
//! address per item, [`super::evidence`]). Both versions are read; [`to_json`] writes version 1 while none of
//! these is used, so a file without them is written byte for byte as before, and version 2 otherwise. A version-1
//! file that carries a version-2 field is refused ([`FormatErrorKind::NeedsVersion2`]): an older reader would have
//! refused it too.
//!
//! Decisions where the spec is silent (see `docs/answers-format.md`):
//! - `null` is the same as an absent key wherever a key is optional (it is still an error for `format`,
//!   `version`, `model`, `comune`, `comune.name` and a service's `level`);
//! - the comune name is trimmed; 1-120 characters (Unicode scalar values) after trimming; control characters
//!   (line breaks, tabs...) are refused;
//! - `spid`/`cie` on a service below level 3 are kept (they are not asked, and not scored);
//! - a leading UTF-8 byte-order mark is ignored; inputs above [`MAX_INPUT_BYTES`] are refused.

use super::answer_keys::{AnswerKey, Section};
use super::answers::{
    Anpr, Answers, Comune, LevelAnswer, Licence, OpenData, PagoPa, PaymentChannel, ServiceAnswer,
    SocialStatus,
};
use super::edition::Edition;
use super::evidence::{self, AddressProblem, IsoDate, ItemNote, NoteProblem, Respondent};
use super::typed_values::{self, is_istat_code, TextProblem, MAX_NAME_CHARS};
use crate::sorted_map::SortedMap;
use serde_json::{Map, Value};

/// The `format` value of an answers file.
pub const FORMAT_ID: &str = "care-answers";
/// The newest version this code reads and writes.
pub const VERSION: u64 = 2;
/// The version written when no field of version 2 is used (and the oldest one read).
pub const VERSION_1: u64 = 1;
/// The keys of a version-1 file.
const KEYS_V1: [&str; 9] = [
    "format",
    "version",
    "model",
    "comune",
    "services",
    "pagopa",
    "anpr",
    "open_data",
    "social",
];
/// The keys version 2 adds.
const KEYS_V2: [&str; 3] = ["assessed_on", "respondents", "notes"];
/// The largest input accepted (a complete file is about 3 KB).
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// The type of a JSON value, for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` / `false`.
    Boolean,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonType {
    fn of(v: &Value) -> JsonType {
        match v {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }
}

/// What kind of id an unknown key was expected to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// A service id.
    Service,
    /// A pagoPA payment type id.
    PaymentType,
    /// A social network id.
    SocialNetwork,
}

/// What is wrong with an answers file.
#[derive(Clone, Debug, PartialEq)]
pub enum FormatErrorKind {
    /// The input is empty (or only white space).
    Empty,
    /// The input is larger than [`MAX_INPUT_BYTES`].
    TooLarge {
        /// Size of the input in bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// The input is not JSON.
    NotJson {
        /// Line of the first problem (1-based).
        line: usize,
        /// Column of the first problem (1-based).
        column: usize,
        /// Whether the text ends in the middle of a value (a file cut short), rather than having something
        /// that is not JSON at that place.
        cut_short: bool,
    },
    /// A key repeated in one object (the error's path names it).
    DuplicateKey,
    /// `format` is not `"care-answers"`.
    WrongFormat {
        /// The value found, as JSON.
        found: String,
    },
    /// `version` is newer than [`VERSION`].
    NewerVersion {
        /// The version found.
        found: u64,
    },
    /// `version` is not a positive integer.
    BadVersion {
        /// The value found, as JSON.
        found: String,
    },
    /// `model` names no known edition.
    UnknownModel {
        /// The model found.
        found: String,
        /// The known model ids.
        known: Vec<String>,
    },
    /// A required field is missing.
    Missing,
    /// A key that the format does not have.
    UnknownField {
        /// The keys allowed at that place.
        allowed: Vec<String>,
    },
    /// A key of `services`, `pagopa.payments` or `social` that the model does not have.
    UnknownId {
        /// Which list it should be in.
        what: IdKind,
        /// The model id.
        model: String,
        /// The ids allowed.
        allowed: Vec<String>,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// The type expected.
        expected: JsonType,
        /// The type found.
        found: JsonType,
    },
    /// A service level that is not 0-4 or `"na"`.
    NotALevel {
        /// The value found, as JSON.
        found: String,
    },
    /// A text that is not one of the allowed values.
    NotAChoice {
        /// The value found, as JSON.
        found: String,
        /// The values allowed.
        allowed: Vec<String>,
    },
    /// A number out of range, or not an integer where one is needed.
    OutOfRange {
        /// The value found, as JSON.
        found: String,
        /// Lowest allowed.
        min: f64,
        /// Highest allowed.
        max: f64,
        /// Whether an integer is required.
        integer: bool,
    },
    /// An ISTAT code that is not a text of 6 digits.
    BadIstatCode {
        /// The value found, as JSON.
        found: String,
    },
    /// The comune name is empty after trimming.
    NameEmpty,
    /// The comune name is too long.
    NameTooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// The comune name contains control characters.
    NameControlChar,
    /// The comune name contains a character that changes the direction of the text around it (see
    /// [`typed_values::is_bidi_control`]): it could show other text, numbers included, in a different order.
    NameBidiControl {
        /// The character's code point.
        code: u32,
    },
    /// A field of version 2 in a file that says it is version 1.
    NeedsVersion2,
    /// A note or a respondent's text is too long.
    TextTooLong {
        /// Its length in characters (after trimming).
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// A note or a respondent's text contains control characters (a note may have line breaks).
    TextControlChar,
    /// A note or a respondent's text contains a character that changes the direction of the text.
    TextBidiControl {
        /// The character's code point.
        code: u32,
    },
    /// A verification address that is not an `http:`/`https:` address (`javascript:`, `data:`...).
    NotWebAddress {
        /// The scheme found (before the first `:`), empty when there is none.
        scheme: String,
    },
    /// A web address that cannot be used: no host, spaces inside, or a user name before the host.
    BadWebAddress {
        /// What is wrong.
        problem: AddressProblem,
    },
    /// Not a date `YYYY-MM-DD` (years 2000-2100).
    NotADate {
        /// The value found, as JSON.
        found: String,
    },
}

/// An error in an answers file: the field path (e.g. `services.imu.level`) and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatError {
    /// Dotted path of the field (empty for the whole file).
    pub path: String,
    /// What is wrong.
    pub kind: FormatErrorKind,
}

impl FormatError {
    /// An error at `path`.
    pub fn new(path: impl Into<String>, kind: FormatErrorKind) -> FormatError {
        FormatError {
            path: path.into(),
            kind,
        }
    }
}

/// A JSON value for a message: compact, at most 40 characters.
fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 40 {
        let cut: String = s.chars().take(37).collect();
        format!("{cut}...")
    } else {
        s
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

type R<T> = Result<T, FormatError>;

fn wrong_type(path: &str, expected: JsonType, v: &Value) -> FormatError {
    FormatError::new(
        path,
        FormatErrorKind::WrongType {
            expected,
            found: JsonType::of(v),
        },
    )
}

fn as_object<'a>(path: &str, v: &'a Value) -> R<&'a Map<String, Value>> {
    v.as_object()
        .ok_or_else(|| wrong_type(path, JsonType::Object, v))
}

fn check_keys(path: &str, obj: &Map<String, Value>, allowed: &[&str]) -> R<()> {
    for key in obj.keys() {
        if !allowed.contains(&key.as_str()) {
            return Err(FormatError::new(
                join(path, key),
                FormatErrorKind::UnknownField {
                    allowed: allowed.iter().map(|s| s.to_string()).collect(),
                },
            ));
        }
    }
    Ok(())
}

/// The value at `key`, with `null` read as absent.
fn optional<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    obj.get(key).filter(|v| !v.is_null())
}

fn opt_bool(obj: &Map<String, Value>, path: &str, key: &str) -> R<Option<bool>> {
    match optional(obj, key) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(v) => Err(wrong_type(&join(path, key), JsonType::Boolean, v)),
    }
}

fn choice<T: Copy>(path: &str, v: &Value, all: &[T], id: fn(T) -> &'static str) -> R<T> {
    if let Some(s) = v.as_str() {
        if let Some(found) = all.iter().copied().find(|c| id(*c) == s) {
            return Ok(found);
        }
    }
    Err(FormatError::new(
        path,
        FormatErrorKind::NotAChoice {
            found: show(v),
            allowed: all.iter().map(|c| id(*c).to_string()).collect(),
        },
    ))
}

fn integer_in(path: &str, v: &Value, min: u64, max: u64) -> R<u64> {
    match v.as_u64() {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ if v.is_number() => Err(FormatError::new(
            path,
            FormatErrorKind::OutOfRange {
                found: show(v),
                min: min as f64,
                max: max as f64,
                integer: true,
            },
        )),
        _ => Err(wrong_type(path, JsonType::Number, v)),
    }
}

/// Parses and validates an answers file v1. Never panics; on error nothing is returned.
pub fn parse(input: &str) -> Result<Answers, FormatError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(FormatError::new(
            "",
            FormatErrorKind::TooLarge {
                bytes: input.len(),
                max: MAX_INPUT_BYTES,
            },
        ));
    }
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    if input.trim().is_empty() {
        return Err(FormatError::new("", FormatErrorKind::Empty));
    }
    let root = read_json(input)?;
    parse_value(&root)
}

/// Reads JSON strictly ([`super::strict_json`]): a repeated key is an error at its path.
pub fn read_json(input: &str) -> Result<Value, FormatError> {
    use super::strict_json::JsonError;
    super::strict_json::parse(input).map_err(|e| match e {
        JsonError::DuplicateKey { path } => FormatError::new(path, FormatErrorKind::DuplicateKey),
        JsonError::UnexpectedEnd { line, column } => FormatError::new(
            "",
            FormatErrorKind::NotJson {
                line,
                column,
                cut_short: true,
            },
        ),
        JsonError::Syntax { line, column } => FormatError::new(
            "",
            FormatErrorKind::NotJson {
                line,
                column,
                cut_short: false,
            },
        ),
    })
}

/// Validates an already parsed JSON value as an answers file v1.
pub fn parse_value(root: &Value) -> Result<Answers, FormatError> {
    let obj = as_object("", root)?;
    // The header first: another format or a newer version is reported as such, not as unknown fields.
    let format = obj
        .get("format")
        .ok_or_else(|| FormatError::new("format", FormatErrorKind::Missing))?;
    if format.as_str() != Some(FORMAT_ID) {
        return Err(FormatError::new(
            "format",
            FormatErrorKind::WrongFormat {
                found: show(format),
            },
        ));
    }
    let version = obj
        .get("version")
        .ok_or_else(|| FormatError::new("version", FormatErrorKind::Missing))?;
    let version = match version.as_u64() {
        Some(n @ VERSION_1..=VERSION) => n,
        Some(n) if n > VERSION => {
            return Err(FormatError::new(
                "version",
                FormatErrorKind::NewerVersion { found: n },
            ))
        }
        _ => {
            return Err(FormatError::new(
                "version",
                FormatErrorKind::BadVersion {
                    found: show(version),
                },
            ))
        }
    };
    let model_value = obj
        .get("model")
        .ok_or_else(|| FormatError::new("model", FormatErrorKind::Missing))?;
    let model_id = model_value
        .as_str()
        .ok_or_else(|| wrong_type("model", JsonType::String, model_value))?;
    let edition = super::edition(model_id).ok_or_else(|| {
        FormatError::new(
            "model",
            FormatErrorKind::UnknownModel {
                found: model_id.chars().take(60).collect(),
                known: super::edition_ids().iter().map(|s| s.to_string()).collect(),
            },
        )
    })?;
    if version == VERSION_1 {
        if let Some(key) = KEYS_V2.iter().find(|k| optional(obj, k).is_some()) {
            return Err(FormatError::new(*key, FormatErrorKind::NeedsVersion2));
        }
    }
    let allowed: Vec<&str> = KEYS_V1.iter().chain(KEYS_V2.iter()).copied().collect();
    check_keys("", obj, &allowed)?;
    let comune = parse_comune(
        obj.get("comune")
            .ok_or_else(|| FormatError::new("comune", FormatErrorKind::Missing))?,
    )?;
    let services = match optional(obj, "services") {
        None => SortedMap::new(),
        Some(v) => parse_services(edition, v)?,
    };
    let pagopa = match optional(obj, "pagopa") {
        None => PagoPa::default(),
        Some(v) => parse_pagopa(edition, v)?,
    };
    let anpr = match optional(obj, "anpr") {
        None => None,
        Some(v) => Some(choice("anpr", v, &Anpr::ALL, Anpr::id)?),
    };
    let open_data = match optional(obj, "open_data") {
        None => OpenData::default(),
        Some(v) => parse_open_data(v)?,
    };
    let social = match optional(obj, "social") {
        None => SortedMap::new(),
        Some(v) => parse_social(edition, v)?,
    };
    let assessed_on = match optional(obj, "assessed_on") {
        None => None,
        Some(v) => Some(v.as_str().and_then(IsoDate::parse).ok_or_else(|| {
            FormatError::new("assessed_on", FormatErrorKind::NotADate { found: show(v) })
        })?),
    };
    let respondents = match optional(obj, "respondents") {
        None => SortedMap::new(),
        Some(v) => parse_respondents(v)?,
    };
    let notes = match optional(obj, "notes") {
        None => SortedMap::new(),
        Some(v) => parse_notes(edition, v)?,
    };
    Ok(Answers {
        model: edition.id.clone(),
        comune,
        services,
        pagopa,
        anpr,
        open_data,
        social,
        notes,
        assessed_on,
        respondents,
    })
}

/// Checks a comune name and returns it trimmed: the questionnaire's rule ([`typed_values::check_text`]).
pub fn validate_name(name: &str) -> Result<String, FormatErrorKind> {
    typed_values::check_text(name, true).map_err(|p| match p {
        TextProblem::Empty => FormatErrorKind::NameEmpty,
        TextProblem::ControlCharacters => FormatErrorKind::NameControlChar,
        TextProblem::DirectionCharacter { code } => FormatErrorKind::NameBidiControl { code },
        TextProblem::TooLong { chars } => FormatErrorKind::NameTooLong { chars },
    })
}

fn parse_comune(v: &Value) -> R<Comune> {
    let obj = as_object("comune", v)?;
    check_keys("comune", obj, &["name", "istat_code", "year"])?;
    let name_value = obj
        .get("name")
        .ok_or_else(|| FormatError::new("comune.name", FormatErrorKind::Missing))?;
    let name = name_value
        .as_str()
        .ok_or_else(|| wrong_type("comune.name", JsonType::String, name_value))?;
    let name = validate_name(name).map_err(|k| FormatError::new("comune.name", k))?;
    let istat_code = match optional(obj, "istat_code") {
        None => None,
        Some(Value::String(s)) if is_istat_code(s) => Some(s.clone()),
        Some(v) => {
            return Err(FormatError::new(
                "comune.istat_code",
                FormatErrorKind::BadIstatCode { found: show(v) },
            ))
        }
    };
    let year = match optional(obj, "year") {
        None => None,
        Some(v) => Some(integer_in("comune.year", v, 2000, 2100)? as u16),
    };
    Ok(Comune {
        name,
        istat_code,
        year,
    })
}

fn parse_services(edition: &Edition, v: &Value) -> R<SortedMap<String, ServiceAnswer>> {
    let obj = as_object("services", v)?;
    let mut out = SortedMap::new();
    for (id, entry) in obj {
        let path = join("services", id);
        if edition.service(id).is_none() {
            return Err(FormatError::new(
                path,
                FormatErrorKind::UnknownId {
                    what: IdKind::Service,
                    model: edition.id.clone(),
                    allowed: edition.services.iter().map(|s| s.id.clone()).collect(),
                },
            ));
        }
        if entry.is_null() {
            continue;
        }
        let e = as_object(&path, entry)?;
        check_keys(&path, e, &["level", "spid", "cie"])?;
        let level_path = join(&path, "level");
        let level_value = e
            .get("level")
            .ok_or_else(|| FormatError::new(&level_path, FormatErrorKind::Missing))?;
        let level = match level_value {
            Value::String(s) if s == "na" => LevelAnswer::NotApplicable,
            Value::Number(n) if n.as_u64().is_some_and(|l| l <= 4) => {
                LevelAnswer::Level(n.as_u64().unwrap_or(0) as u8)
            }
            other => {
                return Err(FormatError::new(
                    level_path,
                    FormatErrorKind::NotALevel { found: show(other) },
                ))
            }
        };
        out.insert(
            id.clone(),
            ServiceAnswer {
                level,
                spid: opt_bool(e, &path, "spid")?,
                cie: opt_bool(e, &path, "cie")?,
            },
        );
    }
    Ok(out)
}

fn parse_pagopa(edition: &Edition, v: &Value) -> R<PagoPa> {
    let obj = as_object("pagopa", v)?;
    check_keys("pagopa", obj, &["active", "payments"])?;
    let active = opt_bool(obj, "pagopa", "active")?;
    let mut payments = SortedMap::new();
    if let Some(p) = optional(obj, "payments") {
        let p = as_object("pagopa.payments", p)?;
        for (id, value) in p {
            let path = join("pagopa.payments", id);
            if edition.payment_type(id).is_none() {
                return Err(FormatError::new(
                    path,
                    FormatErrorKind::UnknownId {
                        what: IdKind::PaymentType,
                        model: edition.id.clone(),
                        allowed: edition.payment_types.iter().map(|s| s.id.clone()).collect(),
                    },
                ));
            }
            if value.is_null() {
                continue;
            }
            payments.insert(
                id.clone(),
                choice(&path, value, &PaymentChannel::ALL, PaymentChannel::id)?,
            );
        }
    }
    Ok(PagoPa { active, payments })
}

fn parse_open_data(v: &Value) -> R<OpenData> {
    let obj = as_object("open_data", v)?;
    check_keys(
        "open_data",
        obj,
        &[
            "datasets",
            "open_format_share",
            "licence",
            "dcat_harvested",
            "api_or_bulk",
        ],
    )?;
    let datasets = match optional(obj, "datasets") {
        None => None,
        Some(v) => Some(integer_in("open_data.datasets", v, 0, u64::from(u32::MAX))? as u32),
    };
    let open_format_share = match optional(obj, "open_format_share") {
        None => None,
        Some(v) => match v.as_f64() {
            Some(x) if x.is_finite() && (0.0..=100.0).contains(&x) => Some(x),
            _ if v.is_number() => {
                return Err(FormatError::new(
                    "open_data.open_format_share",
                    FormatErrorKind::OutOfRange {
                        found: show(v),
                        min: 0.0,
                        max: 100.0,
                        integer: false,
                    },
                ))
            }
            _ => {
                return Err(wrong_type(
                    "open_data.open_format_share",
                    JsonType::Number,
                    v,
                ))
            }
        },
    };
    let licence = match optional(obj, "licence") {
        None => None,
        Some(v) => Some(choice("open_data.licence", v, &Licence::ALL, Licence::id)?),
    };
    Ok(OpenData {
        datasets,
        open_format_share,
        licence,
        dcat_harvested: opt_bool(obj, "open_data", "dcat_harvested")?,
        api_or_bulk: opt_bool(obj, "open_data", "api_or_bulk")?,
    })
}

fn parse_social(edition: &Edition, v: &Value) -> R<SortedMap<String, SocialStatus>> {
    let obj = as_object("social", v)?;
    let mut out = SortedMap::new();
    for (id, value) in obj {
        let path = join("social", id);
        if edition.social_network(id).is_none() {
            return Err(FormatError::new(
                path,
                FormatErrorKind::UnknownId {
                    what: IdKind::SocialNetwork,
                    model: edition.id.clone(),
                    allowed: edition
                        .social_networks
                        .iter()
                        .map(|s| s.id.clone())
                        .collect(),
                },
            ));
        }
        if value.is_null() {
            continue;
        }
        out.insert(
            id.clone(),
            choice(&path, value, &SocialStatus::ALL, SocialStatus::id)?,
        );
    }
    Ok(out)
}

fn text_problem(path: &str, p: TextProblem) -> FormatError {
    let kind = match p {
        TextProblem::TooLong { chars } => FormatErrorKind::TextTooLong {
            chars,
            max: MAX_NAME_CHARS,
        },
        TextProblem::DirectionCharacter { code } => FormatErrorKind::TextBidiControl { code },
        TextProblem::ControlCharacters | TextProblem::Empty => FormatErrorKind::TextControlChar,
    };
    FormatError::new(path, kind)
}

fn opt_string<'a>(obj: &'a Map<String, Value>, path: &str, key: &str) -> R<Option<&'a str>> {
    match optional(obj, key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(v) => Err(wrong_type(&join(path, key), JsonType::String, v)),
    }
}

/// The key of a section in the file's `respondents` (the file's keys are English, like its other keys).
pub fn section_key(section: Section) -> &'static str {
    match section {
        Section::Services => "services",
        Section::DigitalPa => "digital_pa",
        Section::Openness => "openness",
    }
}

fn parse_respondents(v: &Value) -> R<SortedMap<Section, Respondent>> {
    let obj = as_object("respondents", v)?;
    let ids: Vec<&str> = Section::ALL.iter().map(|s| section_key(*s)).collect();
    check_keys("respondents", obj, &ids)?;
    let mut out = SortedMap::new();
    for section in Section::ALL {
        let Some(entry) = optional(obj, section_key(section)) else {
            continue;
        };
        let path = join("respondents", section_key(section));
        let e = as_object(&path, entry)?;
        check_keys(&path, e, &["name", "office"])?;
        let text = |key: &str| -> R<String> {
            let field = join(&path, key);
            let raw = opt_string(e, &path, key)?.unwrap_or_default();
            evidence::check_respondent_text(raw).map_err(|p| text_problem(&field, p))
        };
        let respondent = Respondent {
            name: text("name")?,
            office: text("office")?,
        };
        if !respondent.is_empty() {
            out.insert(section, respondent);
        }
    }
    Ok(out)
}

/// One item's `{ "note": ..., "evidence": ... }` at `path`.
fn parse_item_note(path: &str, v: &Value) -> R<ItemNote> {
    let e = as_object(path, v)?;
    check_keys(path, e, &["note", "evidence"])?;
    let note_path = join(path, "note");
    let note = match opt_string(e, path, "note")? {
        None => None,
        Some(raw) => evidence::check_note(raw).map_err(|p| {
            let kind = match p {
                NoteProblem::TooLong { chars } => FormatErrorKind::TextTooLong {
                    chars,
                    max: evidence::MAX_NOTE_CHARS,
                },
                NoteProblem::ControlCharacters => FormatErrorKind::TextControlChar,
                NoteProblem::DirectionCharacter { code } => {
                    FormatErrorKind::TextBidiControl { code }
                }
            };
            FormatError::new(&note_path, kind)
        })?,
    };
    let address_path = join(path, "evidence");
    let address = match opt_string(e, path, "evidence")? {
        None => None,
        Some(raw) => evidence::check_address(raw).map_err(|p| {
            let kind = match p {
                AddressProblem::NotWeb { scheme } => FormatErrorKind::NotWebAddress { scheme },
                problem => FormatErrorKind::BadWebAddress { problem },
            };
            FormatError::new(&address_path, kind)
        })?,
    };
    Ok(ItemNote {
        note,
        evidence: address,
    })
}

/// The entries of an object of notes keyed by id (`notes.services`, `notes.pagopa.payments`, `notes.social`):
/// each key must be an id of `ids`, else an [`FormatErrorKind::UnknownId`] of `what`.
fn parse_note_map(
    edition: &Edition,
    path: &str,
    v: &Value,
    what: IdKind,
    ids: &[String],
    item: fn(String) -> AnswerKey,
    out: &mut SortedMap<AnswerKey, ItemNote>,
) -> R<()> {
    let obj = as_object(path, v)?;
    for (id, entry) in obj {
        let p = join(path, id);
        if !ids.contains(id) {
            return Err(FormatError::new(
                p,
                FormatErrorKind::UnknownId {
                    what,
                    model: edition.id.clone(),
                    allowed: ids.to_vec(),
                },
            ));
        }
        if !entry.is_null() {
            insert_note(out, item(id.clone()), parse_item_note(&p, entry)?);
        }
    }
    Ok(())
}

fn insert_note(out: &mut SortedMap<AnswerKey, ItemNote>, item: AnswerKey, note: ItemNote) {
    if !note.is_empty() {
        out.insert(item, note);
    }
}

/// `notes`: the same shape as the answers (`notes.services.imu`, `notes.pagopa.active`,
/// `notes.pagopa.payments.tari`, `notes.anpr`, `notes.open_data.licence`, `notes.social.x`), each an
/// `{ "note", "evidence" }` object.
/// The open-data questions of `edition` as (field id, key).
fn open_data_keys(edition: &Edition) -> Vec<(String, AnswerKey)> {
    AnswerKey::all(edition)
        .into_iter()
        .filter_map(|k| {
            let field = k.path().strip_prefix("open_data.")?.to_string();
            Some((field, k))
        })
        .collect()
}

fn parse_notes(edition: &Edition, v: &Value) -> R<SortedMap<AnswerKey, ItemNote>> {
    let obj = as_object("notes", v)?;
    check_keys(
        "notes",
        obj,
        &["services", "pagopa", "anpr", "open_data", "social"],
    )?;
    let mut out = SortedMap::new();
    if let Some(v) = optional(obj, "services") {
        let ids: Vec<String> = edition.services.iter().map(|s| s.id.clone()).collect();
        parse_note_map(
            edition,
            "notes.services",
            v,
            IdKind::Service,
            &ids,
            AnswerKey::Service,
            &mut out,
        )?;
    }
    if let Some(v) = optional(obj, "pagopa") {
        let p = as_object("notes.pagopa", v)?;
        check_keys("notes.pagopa", p, &["active", "payments"])?;
        if let Some(v) = optional(p, "active") {
            insert_note(
                &mut out,
                AnswerKey::PagopaActive,
                parse_item_note("notes.pagopa.active", v)?,
            );
        }
        if let Some(v) = optional(p, "payments") {
            let ids: Vec<String> = edition.payment_types.iter().map(|s| s.id.clone()).collect();
            parse_note_map(
                edition,
                "notes.pagopa.payments",
                v,
                IdKind::PaymentType,
                &ids,
                AnswerKey::Payment,
                &mut out,
            )?;
        }
    }
    if let Some(v) = optional(obj, "anpr") {
        insert_note(&mut out, AnswerKey::Anpr, parse_item_note("notes.anpr", v)?);
    }
    if let Some(v) = optional(obj, "open_data") {
        let o = as_object("notes.open_data", v)?;
        let fields = open_data_keys(edition);
        let ids: Vec<&str> = fields.iter().map(|(f, _)| f.as_str()).collect();
        check_keys("notes.open_data", o, &ids)?;
        for (field, key) in fields {
            if let Some(v) = optional(o, &field) {
                let path = join("notes.open_data", &field);
                insert_note(&mut out, key, parse_item_note(&path, v)?);
            }
        }
    }
    if let Some(v) = optional(obj, "social") {
        let ids: Vec<String> = edition
            .social_networks
            .iter()
            .map(|s| s.id.clone())
            .collect();
        parse_note_map(
            edition,
            "notes.social",
            v,
            IdKind::SocialNetwork,
            &ids,
            AnswerKey::Social,
            &mut out,
        )?;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------------------
// Writing

fn js(s: &str) -> String {
    // Serialising a &str cannot fail.
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

fn num(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else if x.is_finite() {
        serde_json::to_string(&x).unwrap_or_else(|_| "0".to_string())
    } else {
        // Not representable in JSON; the parser refuses it anyway.
        "null".to_string()
    }
}

/// Keys of `map` in the edition's order, then any others alphabetically.
fn ordered_keys<'a, V>(map: &'a SortedMap<String, V>, order: &[&str]) -> Vec<&'a String> {
    let mut keys: Vec<&String> = order
        .iter()
        .filter_map(|id| map.get_key_value(*id).map(|(k, _)| k))
        .collect();
    keys.extend(map.keys().filter(|k| !order.contains(&k.as_str())));
    keys
}

fn write_object(out: &mut String, indent: usize, entries: &[(String, String)]) {
    if entries.is_empty() {
        out.push_str("{}");
        return;
    }
    let pad = " ".repeat(indent + 2);
    out.push_str("{\n");
    for (i, (k, v)) in entries.iter().enumerate() {
        out.push_str(&pad);
        out.push_str(&js(k));
        out.push_str(": ");
        out.push_str(v);
        if i + 1 < entries.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str(&" ".repeat(indent));
    out.push('}');
}

fn object_string(indent: usize, entries: &[(String, String)]) -> String {
    let mut s = String::new();
    write_object(&mut s, indent, entries);
    s
}

/// The version [`to_json`] writes for `answers`: 1 while no field of version 2 is used.
pub fn version_of(answers: &Answers) -> u64 {
    if answers.uses_version_2() {
        VERSION
    } else {
        VERSION_1
    }
}

/// Writes `answers` as an answers file: pretty, stable key order (the format's order; services, payment
/// types and networks in the edition's order), unanswered fields omitted; version 1 while no field of version 2
/// is used ([`version_of`]), so such a file is what it always was. `parse(&to_json(a)) == Ok(a)` for every
/// valid `a`.
pub fn to_json(answers: &Answers) -> String {
    let edition = super::edition(&answers.model);
    let order = |f: fn(&Edition) -> Vec<&str>| edition.map(f).unwrap_or_default();
    let mut top: Vec<(String, String)> = vec![
        ("format".into(), js(FORMAT_ID)),
        ("version".into(), version_of(answers).to_string()),
        ("model".into(), js(&answers.model)),
    ];
    let mut comune = vec![("name".to_string(), js(&answers.comune.name))];
    if let Some(code) = &answers.comune.istat_code {
        comune.push(("istat_code".into(), js(code)));
    }
    if let Some(year) = answers.comune.year {
        comune.push(("year".into(), year.to_string()));
    }
    top.push(("comune".into(), object_string(2, &comune)));
    if let Some(date) = answers.assessed_on {
        top.push(("assessed_on".into(), js(&date.to_string())));
    }
    if !answers.respondents.is_empty() {
        let rows: Vec<(String, String)> = answers
            .respondents
            .iter()
            .map(|(section, r)| {
                let mut fields = Vec::new();
                if !r.name.is_empty() {
                    fields.push(format!("\"name\": {}", js(&r.name)));
                }
                if !r.office.is_empty() {
                    fields.push(format!("\"office\": {}", js(&r.office)));
                }
                (
                    section_key(*section).to_string(),
                    format!("{{ {} }}", fields.join(", ")),
                )
            })
            .collect();
        top.push(("respondents".into(), object_string(2, &rows)));
    }

    let service_order = order(|e| e.services.iter().map(|s| s.id.as_str()).collect());
    let services: Vec<(String, String)> = ordered_keys(&answers.services, &service_order)
        .into_iter()
        .map(|id| {
            let a = &answers.services[id];
            let level = match a.level {
                LevelAnswer::Level(l) => l.to_string(),
                LevelAnswer::NotApplicable => js("na"),
            };
            let mut inner = format!("{{ \"level\": {level}");
            if let Some(s) = a.spid {
                inner.push_str(&format!(", \"spid\": {s}"));
            }
            if let Some(c) = a.cie {
                inner.push_str(&format!(", \"cie\": {c}"));
            }
            inner.push_str(" }");
            (id.clone(), inner)
        })
        .collect();
    top.push(("services".into(), object_string(2, &services)));

    let payment_order = order(|e| e.payment_types.iter().map(|s| s.id.as_str()).collect());
    let payments: Vec<(String, String)> = ordered_keys(&answers.pagopa.payments, &payment_order)
        .into_iter()
        .map(|id| (id.clone(), js(answers.pagopa.payments[id].id())))
        .collect();
    let mut pagopa = Vec::new();
    if let Some(a) = answers.pagopa.active {
        pagopa.push(("active".to_string(), a.to_string()));
    }
    pagopa.push(("payments".into(), object_string(4, &payments)));
    top.push(("pagopa".into(), object_string(2, &pagopa)));

    if let Some(a) = answers.anpr {
        top.push(("anpr".into(), js(a.id())));
    }

    let od = &answers.open_data;
    let mut open_data = Vec::new();
    if let Some(n) = od.datasets {
        open_data.push(("datasets".to_string(), n.to_string()));
    }
    if let Some(s) = od.open_format_share {
        open_data.push(("open_format_share".into(), num(s)));
    }
    if let Some(l) = od.licence {
        open_data.push(("licence".into(), js(l.id())));
    }
    if let Some(b) = od.dcat_harvested {
        open_data.push(("dcat_harvested".into(), b.to_string()));
    }
    if let Some(b) = od.api_or_bulk {
        open_data.push(("api_or_bulk".into(), b.to_string()));
    }
    top.push(("open_data".into(), object_string(2, &open_data)));

    let social_order = order(|e| e.social_networks.iter().map(|s| s.id.as_str()).collect());
    let social: Vec<(String, String)> = ordered_keys(&answers.social, &social_order)
        .into_iter()
        .map(|id| (id.clone(), js(answers.social[id].id())))
        .collect();
    top.push(("social".into(), object_string(2, &social)));
    if !answers.notes.is_empty() {
        top.push(("notes".into(), notes_json(answers, edition)));
    }

    let mut out = object_string(0, &top);
    out.push('\n');
    out
}

/// One item's note on one line: `{ "note": "...", "evidence": "..." }`.
fn item_note_json(n: &ItemNote) -> String {
    let mut fields = Vec::new();
    if let Some(note) = &n.note {
        fields.push(format!("\"note\": {}", js(note)));
    }
    if let Some(address) = &n.evidence {
        fields.push(format!("\"evidence\": {}", js(address)));
    }
    format!("{{ {} }}", fields.join(", "))
}

/// The `notes` object: the shape of the answers, questions in the edition's order ([`AnswerKey::all`]); notes
/// of questions the edition does not have are not written (the parser never makes them).
fn notes_json(answers: &Answers, edition: Option<&Edition>) -> String {
    let keys: Vec<AnswerKey> = edition
        .map(AnswerKey::all)
        .unwrap_or_default()
        .into_iter()
        .filter(|k| answers.notes.contains_key(k))
        .collect();
    let under = |prefix: &str| -> Vec<(String, String)> {
        keys.iter()
            .filter_map(|k| {
                let path = k.path();
                let id = path.strip_prefix(prefix)?.to_string();
                Some((id, item_note_json(&answers.notes[k])))
            })
            .collect()
    };
    let mut top = Vec::new();
    let services = under("services.");
    if !services.is_empty() {
        top.push(("services".to_string(), object_string(4, &services)));
    }
    let mut pagopa = Vec::new();
    if let Some(n) = answers.notes.get(&AnswerKey::PagopaActive) {
        pagopa.push(("active".to_string(), item_note_json(n)));
    }
    let payments = under("pagopa.payments.");
    if !payments.is_empty() {
        pagopa.push(("payments".into(), object_string(6, &payments)));
    }
    if !pagopa.is_empty() {
        top.push(("pagopa".into(), object_string(4, &pagopa)));
    }
    if let Some(n) = answers.notes.get(&AnswerKey::Anpr) {
        top.push(("anpr".into(), item_note_json(n)));
    }
    for (key, prefix) in [("open_data", "open_data."), ("social", "social.")] {
        let entries = under(prefix);
        if !entries.is_empty() {
            top.push((key.into(), object_string(4, &entries)));
        }
    }
    object_string(2, &top)
}

/// The answer to `key` in `answers` as the answers file writes it (`null` when unanswered; a service is its
/// object, `{"level": 3, "spid": true, "cie": false}`): what `care diff` prints before and after a change.
pub fn answer_value(answers: &Answers, key: &AnswerKey) -> Value {
    fn opt<T: Into<Value>>(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
    let od = &answers.open_data;
    match key {
        AnswerKey::Service(id) => match answers.services.get(id) {
            None => Value::Null,
            Some(s) => {
                let mut o = Map::new();
                let level = match s.level {
                    LevelAnswer::Level(l) => Value::from(l),
                    LevelAnswer::NotApplicable => Value::from("na"),
                };
                o.insert("level".into(), level);
                if let Some(v) = s.spid {
                    o.insert("spid".into(), v.into());
                }
                if let Some(v) = s.cie {
                    o.insert("cie".into(), v.into());
                }
                Value::Object(o)
            }
        },
        AnswerKey::PagopaActive => opt(answers.pagopa.active),
        AnswerKey::Payment(id) => opt(answers.pagopa.payments.get(id).map(|c| c.id())),
        AnswerKey::Anpr => opt(answers.anpr.map(|a| a.id())),
        AnswerKey::Datasets => opt(od.datasets),
        AnswerKey::OpenFormatShare => opt(od.open_format_share),
        AnswerKey::Licence => opt(od.licence.map(|l| l.id())),
        AnswerKey::DcatHarvested => opt(od.dcat_harvested),
        AnswerKey::ApiOrBulk => opt(od.api_or_bulk),
        AnswerKey::Social(id) => opt(answers.social.get(id).map(|s| s.id())),
    }
}
