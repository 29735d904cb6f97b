#!/usr/bin/env bash
# Load benchmark: builds the release dist/, serves it on 127.0.0.1 like the sample nginx configuration, and prints
# for a cold load in headless Chromium: requests, bytes (gzip and raw), first contentful paint and time until the app
# is usable (median of BENCH_RUNS runs, default 5, with and without 4x CPU throttling), and the Lighthouse scores
# (mobile profile, median of LH_RUNS runs, default 3) of two pages, each against its budget: first load < 300 KB gzip
# with fonts; Lighthouse accessibility 100, performance >= 95. Figures only, no assertion (tests/e2e/bench/load.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
. scripts/env.sh
exec node tests/e2e/bench/load.mjs
