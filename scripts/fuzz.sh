#!/usr/bin/env bash
# Fuzzing at scale of the two readers of outside input, both with structure-aware mutations of the example files:
# - the answers parser (tests/fuzz_format.rs: each mutated file checked as a tree, as text, cut and spliced);
# - the share-link decoder (tests/fuzz_share.rs: edits of the link text, damaged deflate streams in a valid envelope,
#   mutated answers behind a valid deflate, deflate bombs around the 64 KiB limit; it prints how many inputs of each
#   layer were accepted, and refused by which check).
# Both run the same number of cases; prints for each the case count and the time, then a summary line.
# Usage: scripts/fuzz.sh [CASES] (default 200000; the test suite runs 1000). A debug build, as the test suite: its
# overflow checks turn wrong arithmetic into panics. Not a benchmark: the times are for information.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
cases="${1:-${FUZZ_CASES:-200000}}"
# Build first, so that the times below are the fuzzing's only.
cargo test --offline --quiet --test fuzz_format --test fuzz_share --no-run
all_start=$(date +%s)

# fuzz NAME TEST FILTER: runs one fuzz test with the case count and prints its time.
fuzz() {
  local start
  start=$(date +%s)
  echo "fuzzing ${1} with ${cases} cases..."
  FUZZ_CASES="${cases}" cargo test --offline --quiet --test "$2" -- --nocapture --test-threads=1 "$3"
  echo "fuzz: ${1}: ${cases} cases in $(( $(date +%s) - start )) s"
}

fuzz "format::parse (5 inputs each)" fuzz_format parser_survives_structured_mutations
fuzz "share::decode (one input per layer, a bomb in a quarter)" fuzz_share share_decoder_survives_layered_mutations
echo "fuzz: done, 2 fuzzers x ${cases} cases in $(( $(date +%s) - all_start )) s (build excluded), no panic," \
  "every property held"
