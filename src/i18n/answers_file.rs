//! The messages about an answers file (an imported file, a share link, the saved state, the `care` tool): the
//! words of each [`FormatError`] of the model, which reports what is wrong only as data (the field's path, the kind
//! of problem and the values found). `{}` placeholders are filled by [`fill`] in order.

use super::fill;
use crate::model::answers_file::{
    FormatError, FormatErrorKind, IdKind, JsonType, FORMAT_ID, VERSION,
};
use crate::model::evidence::AddressProblem;
use crate::model::typed_values::MAX_NAME_CHARS;
use crate::model::{number, Lang};

/// The name of a JSON type with its article, as in "expected an object, found a list".
#[derive(Debug)]
pub struct JsonTypes {
    pub null: &'static str,
    pub boolean: &'static str,
    pub number: &'static str,
    pub string: &'static str,
    pub array: &'static str,
    pub object: &'static str,
}

/// Answers-file messages.
#[derive(Debug)]
pub struct AnswersFile {
    /// The text is empty or only white space.
    pub empty: &'static str,
    /// Too large: its size in bytes, then the limit.
    pub too_large: &'static str,
    /// Not JSON, the text stops in the middle of a value: line, column.
    pub not_json_cut_short: &'static str,
    /// Not JSON, something unexpected: line, column.
    pub not_json_syntax: &'static str,
    /// A key written twice in one object (the path names it).
    pub duplicate_key: &'static str,
    /// `format` is not ours: the value found, then the expected one.
    pub wrong_format: &'static str,
    /// A newer version: the version found, then the newest one this app reads.
    pub newer_version: &'static str,
    /// `version` is not a version: the value found, then the newest one.
    pub bad_version: &'static str,
    /// An unknown model: the model found, then the known ones.
    pub unknown_model: &'static str,
    /// A required field is missing.
    pub missing: &'static str,
    /// A field the format does not have: the allowed ones.
    pub unknown_field: &'static str,
    /// An id the model does not have: what it should be, the model, the allowed ids.
    pub unknown_id: &'static str,
    /// What an unknown id should be: a service.
    pub id_service: &'static str,
    /// ... a pagoPA payment type.
    pub id_payment_type: &'static str,
    /// ... a social network.
    pub id_social_network: &'static str,
    /// A value of another type: the type expected, the type found.
    pub wrong_type: &'static str,
    /// The JSON types, for [`AnswersFile::wrong_type`].
    pub types: JsonTypes,
    /// A service level that is not one: the value found.
    pub not_a_level: &'static str,
    /// A text that is not one of the allowed values: the value found, the allowed ones.
    pub not_a_choice: &'static str,
    /// Not an integer in range: the value found, the lowest, the highest.
    pub not_an_integer_in: &'static str,
    /// Not a number in range: the value found, the lowest, the highest.
    pub not_a_number_in: &'static str,
    /// Not an ISTAT code: the value found.
    pub bad_istat_code: &'static str,
    /// The comune's name is empty.
    pub name_empty: &'static str,
    /// The comune's name is too long: its length, the limit.
    pub name_too_long: &'static str,
    /// The comune's name has control characters.
    pub name_control: &'static str,
    /// The comune's name has a character that changes the direction of the text: its code point (`U+202E`).
    pub name_direction: &'static str,
    /// A field of version 2 in a file of version 1.
    pub needs_version_2: &'static str,
    /// A note or a respondent's text is too long: its length, the limit.
    pub text_too_long: &'static str,
    /// A note or a respondent's text has control characters.
    pub text_control: &'static str,
    /// A note or a respondent's text has a direction character: its code point.
    pub text_direction: &'static str,
    /// Not a date: the value found.
    pub not_a_date: &'static str,
}

/// Italian.
pub const IT: AnswersFile = AnswersFile {
    empty: "il file è vuoto",
    too_large: "il file è troppo grande ({} byte, al massimo {}): non è un file di risposte Ca.Re",
    not_json_cut_short: "non è un file JSON valido: il testo si interrompe prima della fine (riga {}, colonna {})",
    not_json_syntax: "non è un file JSON valido: carattere inatteso alla riga {}, colonna {}",
    duplicate_key: "questo campo compare due volte: ogni campo può comparire una sola volta",
    wrong_format: "{} non è un file di risposte Ca.Re (atteso \"{}\")",
    newer_version: "la versione {} è più recente di quelle che questa app sa leggere (fino alla {}): aggiornare l'app",
    bad_version: "{} non è una versione (atteso un intero da 1 a {})",
    unknown_model: "il modello \"{}\" non è noto a questa app (noti: {})",
    missing: "manca (campo obbligatorio)",
    unknown_field: "campo sconosciuto (ammessi: {})",
    unknown_id: "non è {} del modello {} (ammessi: {})",
    id_service: "un servizio",
    id_payment_type: "un tipo di pagamento",
    id_social_network: "un social network",
    wrong_type: "atteso {}, trovato {}",
    types: JsonTypes {
        null: "null",
        boolean: "un booleano (true/false)",
        number: "un numero",
        string: "un testo",
        array: "una lista",
        object: "un oggetto",
    },
    not_a_level: "{} non è un livello (0-4 o \"na\")",
    not_a_choice: "{} non è un valore ammesso (ammessi: {})",
    not_an_integer_in: "{} non è un numero intero da {} a {}",
    not_a_number_in: "{} non è un numero da {} a {}",
    bad_istat_code: "{} non è un codice ISTAT (6 cifre tra virgolette, es. \"040007\")",
    name_empty: "il nome del Comune è vuoto",
    name_too_long: "il nome è troppo lungo ({} caratteri, al massimo {})",
    name_control: "il nome contiene caratteri di controllo (a capo, tabulazioni...)",
    name_direction: "il nome contiene un carattere invisibile che cambia la direzione del testo ({}): toglilo",
    needs_version_2: "questo campo esiste dalla versione 2 del formato, ma il file dichiara \"version\": 1",
    text_too_long: "il testo è troppo lungo ({} caratteri, al massimo {})",
    text_control: "il testo contiene caratteri di controllo (tabulazioni...)",
    text_direction: "il testo contiene un carattere invisibile che cambia la direzione del testo ({}): toglilo",
    not_a_date: "{} non è una data (AAAA-MM-GG, anni 2000-2100, es. \"2026-03-15\")",
};

/// English.
pub const EN: AnswersFile = AnswersFile {
    empty: "the file is empty",
    too_large: "the file is too large ({} bytes, at most {}): not a Ca.Re answers file",
    not_json_cut_short: "not valid JSON: the text stops before its end (line {}, column {})",
    not_json_syntax: "not valid JSON: unexpected character at line {}, column {}",
    duplicate_key: "this field appears twice: each field may appear only once",
    wrong_format: "{} is not a Ca.Re answers file (expected \"{}\")",
    newer_version: "version {} is newer than this app can read (up to {}): update the app",
    bad_version: "{} is not a version (expected an integer from 1 to {})",
    unknown_model: "model \"{}\" is unknown to this app (known: {})",
    missing: "missing (required field)",
    unknown_field: "unknown field (allowed: {})",
    unknown_id: "is not {} of model {} (allowed: {})",
    id_service: "a service",
    id_payment_type: "a payment type",
    id_social_network: "a social network",
    wrong_type: "expected {}, found {}",
    types: JsonTypes {
        null: "null",
        boolean: "a boolean (true/false)",
        number: "a number",
        string: "a text",
        array: "a list",
        object: "an object",
    },
    not_a_level: "{} is not a level (0-4 or \"na\")",
    not_a_choice: "{} is not an allowed value (allowed: {})",
    not_an_integer_in: "{} is not an integer from {} to {}",
    not_a_number_in: "{} is not a number from {} to {}",
    bad_istat_code: "{} is not an ISTAT code (6 digits in quotes, e.g. \"040007\")",
    name_empty: "the comune's name is empty",
    name_too_long: "the name is too long ({} characters, at most {})",
    name_control: "the name contains control characters (line breaks, tabs...)",
    name_direction: "the name contains an invisible character that changes the direction of the text ({}): remove it",
    needs_version_2: "this field exists from version 2 of the format, but the file says \"version\": 1",
    text_too_long: "the text is too long ({} characters, at most {})",
    text_control: "the text contains control characters (tabs...)",
    text_direction: "the text contains an invisible character that changes the direction of the text ({}): remove it",
    not_a_date: "{} is not a date (YYYY-MM-DD, years 2000-2100, e.g. \"2026-03-15\")",
};

impl JsonTypes {
    fn name(&self, t: JsonType) -> &'static str {
        match t {
            JsonType::Null => self.null,
            JsonType::Boolean => self.boolean,
            JsonType::Number => self.number,
            JsonType::String => self.string,
            JsonType::Array => self.array,
            JsonType::Object => self.object,
        }
    }
}

/// `"a", "b", "c"`: values of the file, quoted as they are written in it.
fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

impl AnswersFile {
    /// The message of `kind`, without the field's path.
    fn detail(&self, kind: &FormatErrorKind, lang: Lang) -> String {
        use FormatErrorKind as K;
        match kind {
            K::Empty => self.empty.to_string(),
            K::TooLarge { bytes, max } => fill(self.too_large, &[bytes, max]),
            K::NotJson {
                line,
                column,
                cut_short,
            } => {
                let t = if *cut_short {
                    self.not_json_cut_short
                } else {
                    self.not_json_syntax
                };
                fill(t, &[line, column])
            }
            K::WrongFormat { found } => fill(self.wrong_format, &[found, &FORMAT_ID]),
            K::NewerVersion { found } => fill(self.newer_version, &[found, &VERSION]),
            K::BadVersion { found } => fill(self.bad_version, &[found, &VERSION]),
            K::UnknownModel { found, known } => {
                fill(self.unknown_model, &[found, &quoted_list(known)])
            }
            K::Missing => self.missing.to_string(),
            K::UnknownField { allowed } => fill(self.unknown_field, &[&quoted_list(allowed)]),
            K::UnknownId {
                what,
                model,
                allowed,
            } => {
                let what = match what {
                    IdKind::Service => self.id_service,
                    IdKind::PaymentType => self.id_payment_type,
                    IdKind::SocialNetwork => self.id_social_network,
                };
                fill(self.unknown_id, &[&what, model, &quoted_list(allowed)])
            }
            K::WrongType { expected, found } => fill(
                self.wrong_type,
                &[&self.types.name(*expected), &self.types.name(*found)],
            ),
            K::NotALevel { found } => fill(self.not_a_level, &[found]),
            K::NotAChoice { found, allowed } => {
                fill(self.not_a_choice, &[found, &quoted_list(allowed)])
            }
            K::OutOfRange {
                found,
                min,
                max,
                integer,
            } => {
                let t = if *integer {
                    self.not_an_integer_in
                } else {
                    self.not_a_number_in
                };
                let (min, max) = (number::exact(lang, *min), number::exact(lang, *max));
                fill(t, &[found, &min, &max])
            }
            K::BadIstatCode { found } => fill(self.bad_istat_code, &[found]),
            K::NameEmpty => self.name_empty.to_string(),
            K::NameTooLong { chars } => fill(self.name_too_long, &[chars, &MAX_NAME_CHARS]),
            K::NameControlChar => self.name_control.to_string(),
            K::NameBidiControl { code } => fill(self.name_direction, &[&format!("U+{code:04X}")]),
            K::DuplicateKey => self.duplicate_key.to_string(),
            K::NeedsVersion2 => self.needs_version_2.to_string(),
            K::TextTooLong { chars, max } => fill(self.text_too_long, &[chars, max]),
            K::TextControlChar => self.text_control.to_string(),
            K::TextBidiControl { code } => fill(self.text_direction, &[&format!("U+{code:04X}")]),
            K::NotWebAddress { scheme } => {
                super::strings(lang)
                    .evidence
                    .address_problem(&AddressProblem::NotWeb {
                        scheme: scheme.clone(),
                    })
            }
            K::BadWebAddress { problem } => super::strings(lang).evidence.address_problem(problem),
            K::NotADate { found } => fill(self.not_a_date, &[found]),
        }
    }
}

impl FormatError {
    /// The message in `lang`, starting with the field path: `services.imu.level: 7 is not a level (0-4 or "na")`.
    pub fn message(&self, lang: Lang) -> String {
        let detail = super::strings(lang).answers_file().detail(&self.kind, lang);
        if self.path.is_empty() {
            detail
        } else {
            format!("{}: {detail}", self.path)
        }
    }
}

impl std::fmt::Display for FormatError {
    /// Italian, then English on a second line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}\n{}", self.message(Lang::It), self.message(Lang::En))
    }
}

impl std::error::Error for FormatError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_words_in_both_languages() {
        let kinds = [
            FormatErrorKind::Empty,
            FormatErrorKind::NotJson {
                line: 1,
                column: 27,
                cut_short: true,
            },
            FormatErrorKind::WrongType {
                expected: JsonType::Object,
                found: JsonType::Array,
            },
            FormatErrorKind::OutOfRange {
                found: "100.5".into(),
                min: 0.0,
                max: 100.0,
                integer: false,
            },
        ];
        let it: Vec<String> = kinds
            .iter()
            .map(|k| FormatError::new("", k.clone()).message(Lang::It))
            .collect();
        assert_eq!(
            it,
            [
                "il file è vuoto",
                "non è un file JSON valido: il testo si interrompe prima della fine (riga 1, colonna 27)",
                "atteso un oggetto, trovato una lista",
                "100.5 non è un numero da 0 a 100",
            ]
        );
        let e = FormatError::new("comune.name", FormatErrorKind::NameTooLong { chars: 130 });
        assert_eq!(
            e.message(Lang::En),
            "comune.name: the name is too long (130 characters, at most 120)"
        );
        assert_eq!(
            e.to_string(),
            "comune.name: il nome è troppo lungo (130 caratteri, al massimo 120)\n\
             comune.name: the name is too long (130 characters, at most 120)"
        );
    }
}
