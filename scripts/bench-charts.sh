#!/usr/bin/env bash
# Prints how long the browser takes to redraw all the charts of the results page (median of many redraws after a
# resize, at device pixel ratio 1 and 2) and to show a what-if change (score, plan and charts), measured in
# headless Chromium on dist/ (tests/e2e/bench-charts.mjs). Figures only: nothing is asserted.
#
#   scripts/bench-charts.sh            measure the current dist/ (a debug build is made if there is none)
#   scripts/bench-charts.sh --release  build the release dist/ first (the figures users get)
#   BENCH_DIST=dist-x scripts/bench-charts.sh   measure another build folder (relative to the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh

if [ "${1:-}" = "--release" ]; then
  trunk build --offline --release
elif [ -z "${BENCH_DIST:-}" ] && ! ls dist/*.wasm >/dev/null 2>&1; then
  trunk build --offline
fi
node tests/e2e/bench-charts.mjs
