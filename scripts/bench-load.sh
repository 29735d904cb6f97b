#!/usr/bin/env bash
# Load benchmark: builds the release dist/, serves it on 127.0.0.1 like the sample nginx configuration, and prints
# for a cold load in headless Chromium: requests and bytes (gzip and raw) of the start page and of the whole first
# visit, first and largest contentful paint, layout shift and the time until the app runs (median of BENCH_RUNS runs,
# default 5, with and without 4x CPU throttling, with and without save-data), the questionnaire and the results after
# their clicks, and the Lighthouse scores (mobile profile, median of LH_RUNS runs, default 5) of the start page and
# of a share link, each against its target: start page < 200 KB gzip with fonts, first visit < 600 KB, performance
# >= 98, LCP < 1.5 s, accessibility 100, CLS < 0.01, results <= 1.2 s after the click at 4x CPU with the full module
# not cached. Figures only, no assertion (tests/e2e/bench/load.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
. scripts/env.sh
exec node tests/e2e/bench/load.mjs
