//! What can go wrong in a run of the `care` tool, as data: the words are in the string catalogue
//! (`crate::i18n::cli`), and the tool prints each message in Italian, then in English. The operating system's own
//! (English) text is never printed: a failed read or write says why in the user's words ([`IoProblem`]).

use crate::i18n::{fill, strings};
use crate::model::{FormatError, Lang};

use super::{Outcome, EXIT_BAD_INPUT};

/// Exit status when the output cannot be written.
pub const EXIT_WRITE_FAILED: i32 = 1;

/// A subcommand, for its usage line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// `care score FILE`.
    Score,
    /// `care classify DPS DPA DO`.
    Classify,
    /// `care report FILE --out DIR`.
    Report,
    /// `care diff OLD NEW`.
    Diff,
}

/// Why a file or a folder could not be read, written or created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IoProblem {
    /// It does not exist.
    NotFound,
    /// Permission denied.
    PermissionDenied,
    /// It is a folder.
    IsAFolder,
    /// It already exists (as something else).
    AlreadyExists,
    /// Another error of the operating system, with its code when there is one.
    Other(Option<i32>),
}

impl From<&std::io::Error> for IoProblem {
    fn from(e: &std::io::Error) -> IoProblem {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::NotFound => IoProblem::NotFound,
            K::PermissionDenied => IoProblem::PermissionDenied,
            K::IsADirectory => IoProblem::IsAFolder,
            K::AlreadyExists => IoProblem::AlreadyExists,
            _ => IoProblem::Other(e.raw_os_error()),
        }
    }
}

/// A failed run of the tool.
#[derive(Clone, Debug, PartialEq)]
pub enum CliError {
    /// A subcommand that does not exist.
    UnknownCommand(String),
    /// A subcommand with the wrong arguments.
    Usage(Command),
    /// A file that is not UTF-8 text.
    NotUtf8 {
        /// The file as given.
        file: String,
    },
    /// A file that cannot be read.
    CannotRead {
        /// The file as given.
        file: String,
        /// Why.
        problem: IoProblem,
    },
    /// An answers file that the parser refuses.
    BadFile {
        /// The file as given.
        file: String,
        /// What is wrong in it.
        error: FormatError,
    },
    /// A sub-index outside 0-100.
    OutOfRange {
        /// `DPS`, `DPA` or `DO`.
        name: &'static str,
        /// The value as typed.
        raw: String,
    },
    /// A sub-index that is not a number.
    NotANumber {
        /// `DPS`, `DPA` or `DO`.
        name: &'static str,
        /// The value as typed.
        raw: String,
    },
    /// An option given without its value.
    MissingValue(String),
    /// `--lang` with something else than `it` or `en`.
    NotALanguage(String),
    /// `--date` with something else than `YYYY-MM-DD`.
    NotADate(String),
    /// An option that does not exist.
    UnknownOption(String),
    /// An output file that cannot be written.
    CannotWrite {
        /// The path.
        path: String,
        /// Why.
        problem: IoProblem,
    },
    /// The output folder cannot be created.
    CannotCreateFolder {
        /// The path.
        path: String,
        /// Why.
        problem: IoProblem,
    },
    /// A chart that could not be drawn.
    CannotDraw {
        /// The chart's file name.
        chart: String,
    },
}

fn io_text(problem: IoProblem, lang: Lang) -> String {
    let t = strings(lang).cli();
    match problem {
        IoProblem::NotFound => t.io_not_found.to_string(),
        IoProblem::PermissionDenied => t.io_permission.to_string(),
        IoProblem::IsAFolder => t.io_is_folder.to_string(),
        IoProblem::AlreadyExists => t.io_exists.to_string(),
        IoProblem::Other(code) => {
            let code = code.map(|c| c.to_string()).unwrap_or_default();
            fill(t.io_other, &[&code]).trim_end().to_string()
        }
    }
}

impl CliError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = strings(lang).cli();
        match self {
            CliError::UnknownCommand(c) => fill(t.unknown_command, &[c]),
            CliError::Usage(Command::Score) => t.usage_score.to_string(),
            CliError::Usage(Command::Classify) => t.usage_classify.to_string(),
            CliError::Usage(Command::Report) => t.usage_report.to_string(),
            CliError::Usage(Command::Diff) => t.usage_diff.to_string(),
            CliError::NotUtf8 { file } => fill(t.not_utf8, &[file]),
            CliError::CannotRead { file, problem } => {
                fill(t.cannot_read, &[file, &io_text(*problem, lang)])
            }
            CliError::BadFile { file, error } => fill(t.bad_file, &[file, &error.message(lang)]),
            CliError::OutOfRange { name, raw } => fill(t.out_of_range, &[name, raw]),
            CliError::NotANumber { name, raw } => fill(t.not_a_number, &[name, raw]),
            CliError::MissingValue(option) => fill(t.missing_value, &[option]),
            CliError::NotALanguage(v) => fill(t.not_a_language, &[v]),
            CliError::NotADate(v) => fill(t.not_a_date, &[v]),
            CliError::UnknownOption(o) => fill(t.unknown_option, &[o]),
            CliError::CannotWrite { path, problem } => {
                fill(t.cannot_write, &[path, &io_text(*problem, lang)])
            }
            CliError::CannotCreateFolder { path, problem } => {
                fill(t.cannot_create_folder, &[path, &io_text(*problem, lang)])
            }
            CliError::CannotDraw { chart } => fill(t.cannot_draw, &[chart]),
        }
    }

    /// The exit status: [`EXIT_WRITE_FAILED`] when the output cannot be written, otherwise [`EXIT_BAD_INPUT`].
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::CannotWrite { .. } | CliError::CannotCreateFolder { .. } => EXIT_WRITE_FAILED,
            _ => EXIT_BAD_INPUT,
        }
    }
}

impl From<CliError> for Outcome {
    /// The message in Italian, then in English, on standard error.
    fn from(e: CliError) -> Outcome {
        let line = |lang| fill(strings(lang).cli().error, &[&e.message(lang)]);
        Outcome {
            code: e.exit_code(),
            stdout: String::new(),
            stderr: format!("{}\n{}\n", line(Lang::It), line(Lang::En)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_come_in_both_languages_without_the_systems_english() {
        let e = CliError::CannotRead {
            file: "risposte.json".into(),
            problem: IoProblem::from(&std::io::Error::from(std::io::ErrorKind::NotFound)),
        };
        let out = Outcome::from(e);
        assert_eq!(out.code, EXIT_BAD_INPUT);
        assert_eq!(
            out.stderr,
            "errore: risposte.json: impossibile leggere il file (non esiste)\n\
             error: risposte.json: cannot read the file (not found)\n"
        );
        let e = CliError::CannotWrite {
            path: "out/report.html".into(),
            problem: IoProblem::Other(Some(28)),
        };
        assert_eq!(e.exit_code(), EXIT_WRITE_FAILED);
        assert_eq!(
            e.message(Lang::It),
            "impossibile scrivere out/report.html (errore del sistema operativo 28)"
        );
        assert_eq!(
            CliError::CannotRead {
                file: "-".into(),
                problem: IoProblem::Other(None)
            }
            .message(Lang::En),
            "-: cannot read the file (operating system error)"
        );
    }
}
