#!/usr/bin/env bash
# Fuzzing of the answers parser at scale (tests/fuzz_format.rs: structure-aware mutations of the example files, each
# checked as a tree, as text, cut and spliced). Prints the case count and the time. Usage: scripts/fuzz.sh [CASES]
# (default 200000; the test suite runs 1000). Not a benchmark: the time is for information.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
cases="${1:-${FUZZ_CASES:-200000}}"
echo "fuzzing format::parse with ${cases} cases (5 inputs each)..."
start=$(date +%s)
FUZZ_CASES="${cases}" cargo test --offline --quiet --test fuzz_format -- --nocapture --test-threads=1 \
  parser_survives_structured_mutations
echo "fuzz: done in $(( $(date +%s) - start )) s (build included), no panic, every property held"
