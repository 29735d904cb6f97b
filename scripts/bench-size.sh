#!/usr/bin/env bash
# Size benchmark: builds the release dist/ and prints, for every file, the raw size and the size sent gzipped: the
# precompressed copy that postbuild writes (FILE.gz, zopfli; served by nginx's gzip_static), else gzip -9. The .gz
# copies themselves are not listed. Figures only, no assertion.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
printf '%-52s %10s %10s\n' "file" "raw" "gzip"
total_raw=0; total_gz=0
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  if [ -f "$f.gz" ]; then gz=$(wc -c <"$f.gz"); else gz=$(gzip -9 -c "$f" | wc -c); fi
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-52s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f ! -name '*.gz' | sort)
printf '%-52s %10d %10d\n' "TOTAL" "$total_raw" "$total_gz"
