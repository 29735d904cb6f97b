//! The native `care` command-line tool: `care score FILE`, `care classify DPS DPA DO`, `care --help`.
//! All logic lives in `care::model::cli`.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = care::model::cli::run(&args, &care::model::cli::read_file);
    // Write errors (a closed pipe) are ignored: there is nobody left to tell.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    std::process::exit(outcome.code);
}
