#!/usr/bin/env bash
# Size benchmark: builds the release dist/ and prints the raw and gzip (-9) size of every file, and the totals.
# Figures only, no assertion.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
printf '%-52s %10s %10s\n' "file" "raw" "gzip"
total_raw=0; total_gz=0
while IFS= read -r f; do
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-52s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '%-52s %10d %10d\n' "TOTAL" "$total_raw" "$total_gz"
