//! The example answers files (`assets/examples/*.json`) for the native tests: one way to find, read and parse
//! them, so that each test names a file and nothing more.
#![allow(dead_code)]
#![allow(clippy::disallowed_methods)] // Native only: the standard sorts (see clippy.toml) cost the web modules nothing.

use std::path::PathBuf;

use care::model::{answers_file, Answers};

/// The path of the example file `file` (`large-city.json`).
pub fn example_path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(file)
}

/// The text of the example file `file`.
pub fn example_text(file: &str) -> String {
    std::fs::read_to_string(example_path(file)).expect("example file")
}

/// The answers of the example file `file`.
pub fn example(file: &str) -> Answers {
    answers_file::parse(&example_text(file)).expect("the example is valid")
}

/// The names of every example file, sorted.
pub fn example_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(example_path(""))
        .expect("assets/examples")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
}
