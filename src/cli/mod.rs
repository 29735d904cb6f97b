//! The native `care` command-line tool, above the model and the report so that neither depends on it:
//! `src/bin/care.rs` only forwards the arguments and prints. A subcommand is one arm of [`run`] plus one line of
//! [`usage`]; `care report` is in [`report`].

use crate::model::{answers_file, changes, current, edition, score, Answers};

pub mod error;
pub mod json;
pub mod report;

pub use error::{CliError, Command, IoProblem, EXIT_WRITE_FAILED};

/// Exit status of a successful run.
pub const EXIT_OK: i32 = 0;
/// Exit status for bad input (a bad file, bad numbers, a bad command line).
pub const EXIT_BAD_INPUT: i32 = 2;

/// What a run of the tool produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Exit status.
    pub code: i32,
    /// Text for standard output.
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
}

impl Outcome {
    fn ok(stdout: String) -> Outcome {
        Outcome {
            code: EXIT_OK,
            stdout,
            stderr: String::new(),
        }
    }
}

/// The help text.
pub fn usage() -> String {
    "care: autovalutazione Ca.Re della maturità digitale dei Comuni / Ca.Re digital-maturity self-assessment

Uso / Usage:
  care score FILE            punteggi di un file di risposte (JSON) / scores of an answers file (JSON);
                             FILE '-' legge lo standard input / reads standard input
  care classify DPS DPA DO   classe da tre sotto-indici 0-100 / class from three sub-indices 0-100
  care diff OLD NEW          risposte cambiate e variazioni dei punteggi (JSON) / changed answers
                             and score deltas (JSON)
  care report FILE --out DIR [--lang it|en] [--date AAAA-MM-GG]
                             grafici SVG e PNG e report.html autonomo / SVG and PNG charts and a
                             self-contained report.html
  care help | --help | -h    questo aiuto / this help

Uscita / Exit status: 0 ok, 2 input non valido / bad input.
Formato / Format: docs/answers-format.md
"
    .to_string()
}

/// Runs the tool on `args` (without the program name). `read` reads a file (or `-` for standard input).
pub fn run(args: &[String], read: &dyn Fn(&str) -> std::io::Result<String>) -> Outcome {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] => Outcome {
            code: EXIT_BAD_INPUT,
            stdout: String::new(),
            stderr: usage(),
        },
        ["help" | "--help" | "-h", ..] => Outcome::ok(usage()),
        ["score", rest @ ..] => score_command(rest, read),
        ["classify", rest @ ..] => classify_command(rest),
        ["diff", rest @ ..] => diff_command(rest, read),
        ["report", rest @ ..] => report::run(rest, read),
        [other, ..] => CliError::UnknownCommand(other.to_string()).into(),
    }
}

/// Reads `file` with `read` and parses it as an answers file.
pub fn read_answers(
    file: &str,
    read: &dyn Fn(&str) -> std::io::Result<String>,
) -> Result<Answers, CliError> {
    let text = read(file).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => CliError::NotUtf8 {
            file: file.to_string(),
        },
        _ => CliError::CannotRead {
            file: file.to_string(),
            problem: IoProblem::from(&e),
        },
    })?;
    answers_file::parse(&text).map_err(|error| CliError::BadFile {
        file: file.to_string(),
        error,
    })
}

fn score_command(args: &[&str], read: &dyn Fn(&str) -> std::io::Result<String>) -> Outcome {
    let [file] = args else {
        return CliError::Usage(Command::Score).into();
    };
    match read_answers(file, read) {
        Ok(answers) => {
            let ed = edition(&answers.model).unwrap_or_else(current);
            Outcome::ok(json::scores_json(&score::score(ed, &answers)))
        }
        Err(e) => e.into(),
    }
}

/// `care diff OLD NEW`: both files read as `care score` reads one (versions 1 and 2), compared by
/// [`changes::changes`] (the Storico view's "cosa è cambiato") under OLD's edition.
fn diff_command(args: &[&str], read: &dyn Fn(&str) -> std::io::Result<String>) -> Outcome {
    let [old, new] = args else {
        return CliError::Usage(Command::Diff).into();
    };
    let old = match read_answers(old, read) {
        Ok(a) => a,
        Err(e) => return e.into(),
    };
    let new = match read_answers(new, read) {
        Ok(a) => a,
        Err(e) => return e.into(),
    };
    let ed = edition(&old.model).unwrap_or_else(current);
    Outcome::ok(json::diff_json(&json::DiffInput {
        old: &old,
        new: &new,
        before: &score::score(ed, &old),
        after: &score::score(ed, &new),
        changes: &changes::changes(ed, &old, &new),
    }))
}

fn classify_command(args: &[&str]) -> Outcome {
    let [a, b, c] = args else {
        return CliError::Usage(Command::Classify).into();
    };
    let mut values = [0.0; 3];
    for (slot, (name, raw)) in values.iter_mut().zip([("DPS", a), ("DPA", b), ("DO", c)]) {
        // A decimal comma is accepted too (Italian habit).
        match raw.trim().replace(',', ".").parse::<f64>() {
            Ok(v) if v.is_finite() && (0.0..=100.0).contains(&v) => *slot = v,
            Ok(_) => {
                let raw = raw.to_string();
                return CliError::OutOfRange { name, raw }.into();
            }
            Err(_) => {
                let raw = raw.to_string();
                return CliError::NotANumber { name, raw }.into();
            }
        }
    }
    let c = score::classify_with(current(), values[0], values[1], values[2]);
    Outcome::ok(json::classification_json(&c))
}

/// Reads a file as UTF-8 text, or standard input for `-`.
pub fn read_file(path: &str) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .take(answers_file::MAX_INPUT_BYTES as u64 + 1)
            .read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?
            .take(answers_file::MAX_INPUT_BYTES as u64 + 1)
            .read_to_end(&mut bytes)?;
    }
    String::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}
