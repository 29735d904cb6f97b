# Sourced by the project's scripts: puts the project's own tools (wasm-opt from npm) on PATH.
_care_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${_care_root}/tests/e2e/node_modules/.bin:${HOME}/.cargo/bin:${PATH}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
