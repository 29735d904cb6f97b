//! The native `care` command-line tool: `care score FILE`, `care classify DPS DPA DO`, `care report FILE --out DIR`,
//! `care --help`. All logic lives in `care::cli`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::io::Write;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = care::cli::run(&args, &care::cli::read_file);
    // Write errors (a closed pipe) are ignored: there is nobody left to tell.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    std::process::exit(outcome.code);
}

/// The tool reads and writes files: there is nothing to run in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
