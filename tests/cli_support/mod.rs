//! Shared helpers of the tests of the `care` binary (`model_cli.rs`, `model_cli_diff.rs`, `report_cli.rs`):
//! running it, reading what it printed, and a scratch folder for the files a test writes.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// What `care ARGS` did, run from the crate's root (where the examples' relative paths hold).
pub fn care(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_care"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the care binary runs")
}

/// What `care ARGS` did as text: its exit status (-1 when killed), standard output and standard error.
pub fn care_text(args: &[&str]) -> (i32, String, String) {
    let out = care(args);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Asserts that the run succeeded (exit 0) and wrote nothing on standard error (shown if it did not succeed).
pub fn assert_success(out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
}

/// The JSON the run printed.
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// A folder of this test process named after `name`, in the system's temporary folder, not there yet (whatever a
/// previous run left there is removed); the test creates it if it needs it, and removes it at the end.
pub fn scratch_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("care-cli-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}
