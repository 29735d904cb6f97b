//! Strings of the `care` command-line tool. The tool speaks both languages at once (Italian, then English), so
//! every message is taken from both catalogues. `{}` placeholders are filled by [`fill`](super::fill) in order.

use super::Plural;

/// Command-line strings.
#[derive(Debug)]
pub struct Cli {
    /// The prefix of an error line: the message.
    pub error: &'static str,
    /// An unknown subcommand: the command.
    pub unknown_command: &'static str,
    /// `care score` with other than one file.
    pub usage_score: &'static str,
    /// `care classify` with other than three numbers.
    pub usage_classify: &'static str,
    /// `care report` without a file or an output folder.
    pub usage_report: &'static str,
    /// `care diff` with other than two files.
    pub usage_diff: &'static str,
    /// A file that is not UTF-8: the file.
    pub not_utf8: &'static str,
    /// A file that cannot be read: the file, then why.
    pub cannot_read: &'static str,
    /// An answers file with a problem: the file, then the problem.
    pub bad_file: &'static str,
    /// A sub-index outside 0-100: its name, the value.
    pub out_of_range: &'static str,
    /// A sub-index that is not a number: its name, the value.
    pub not_a_number: &'static str,
    /// An option without its value: the option.
    pub missing_value: &'static str,
    /// `--lang` with another language: the value.
    pub not_a_language: &'static str,
    /// `--date` with something else than a date: the value.
    pub not_a_date: &'static str,
    /// An unknown option: the option.
    pub unknown_option: &'static str,
    /// A file that cannot be written: the path, then why.
    pub cannot_write: &'static str,
    /// A folder that cannot be created: the path, then why.
    pub cannot_create_folder: &'static str,
    /// A chart that cannot be drawn: the chart's file name.
    pub cannot_draw: &'static str,
    /// The summary of `care report`.
    pub files_written: Plural,
    /// Why a file cannot be read or written: it does not exist.
    pub io_not_found: &'static str,
    /// ... permission denied.
    pub io_permission: &'static str,
    /// ... it is a folder.
    pub io_is_folder: &'static str,
    /// ... it already exists (as something else).
    pub io_exists: &'static str,
    /// ... any other error of the operating system: its code.
    pub io_other: &'static str,
}

/// Italian.
pub const IT: Cli = Cli {
    error: "errore: {}",
    unknown_command: "comando sconosciuto \"{}\" (vedi care --help)",
    usage_score: "uso: care score FILE (un solo file)",
    usage_classify: "uso: care classify DPS DPA DO (tre numeri da 0 a 100)",
    usage_report: "uso: care report FILE --out CARTELLA [--lang it|en] [--date AAAA-MM-GG]",
    usage_diff: "uso: care diff VECCHIO NUOVO (due file di risposte)",
    not_utf8: "{}: il file non è testo UTF-8",
    cannot_read: "{}: impossibile leggere il file ({})",
    bad_file: "{}: {}",
    out_of_range: "{}: {} è fuori dall'intervallo 0-100",
    not_a_number: "{}: \"{}\" non è un numero (atteso da 0 a 100)",
    missing_value: "{}: manca il valore",
    not_a_language: "--lang: \"{}\" non è una lingua (it o en)",
    not_a_date: "--date: \"{}\" non è una data AAAA-MM-GG",
    unknown_option: "opzione sconosciuta \"{}\"",
    cannot_write: "impossibile scrivere {} ({})",
    cannot_create_folder: "impossibile creare la cartella {} ({})",
    cannot_draw: "impossibile disegnare il grafico {}",
    files_written: Plural {
        one: "{} file scritto",
        other: "{} file scritti",
    },
    io_not_found: "non esiste",
    io_permission: "permesso negato",
    io_is_folder: "è una cartella",
    io_exists: "esiste già",
    io_other: "errore del sistema operativo {}",
};

/// English.
pub const EN: Cli = Cli {
    error: "error: {}",
    unknown_command: "unknown command \"{}\" (see care --help)",
    usage_score: "usage: care score FILE (exactly one file)",
    usage_classify: "usage: care classify DPS DPA DO (three numbers from 0 to 100)",
    usage_report: "usage: care report FILE --out DIR [--lang it|en] [--date YYYY-MM-DD]",
    usage_diff: "usage: care diff OLD NEW (two answers files)",
    not_utf8: "{}: the file is not UTF-8 text",
    cannot_read: "{}: cannot read the file ({})",
    bad_file: "{}: {}",
    out_of_range: "{}: {} is out of the range 0-100",
    not_a_number: "{}: \"{}\" is not a number (expected 0 to 100)",
    missing_value: "{}: the value is missing",
    not_a_language: "--lang: \"{}\" is not a language (it or en)",
    not_a_date: "--date: \"{}\" is not a YYYY-MM-DD date",
    unknown_option: "unknown option \"{}\"",
    cannot_write: "cannot write {} ({})",
    cannot_create_folder: "cannot create the folder {} ({})",
    cannot_draw: "cannot draw the chart {}",
    files_written: Plural {
        one: "{} file written",
        other: "{} files written",
    },
    io_not_found: "not found",
    io_permission: "permission denied",
    io_is_folder: "it is a folder",
    io_exists: "it already exists",
    io_other: "operating system error {}",
};
