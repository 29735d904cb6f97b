#!/usr/bin/env bash
# Every test: format and lint gates, native unit and integration tests, wasm tests in headless Chromium, then
# the release build and the end-to-end tests against dist/ served under a sub-path. Does its own set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --offline --all-targets --quiet -- -D warnings
cargo clippy --offline --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings
cargo clippy --offline --features prerender --bin care-prerender --quiet -- -D warnings

step "native tests"
cargo test --offline

step "wasm tests in headless Chromium"
cargo test --offline --target wasm32-unknown-unknown --test web

step "release build"
trunk build --offline --release

step "end-to-end tests"
(cd tests/e2e && node --test --test-concurrency=1 --test-reporter=spec ./*.test.mjs)
