#!/usr/bin/env bash
# Size benchmark: builds the release dist/ and prints, for every file, the raw size and the size sent gzipped: the
# precompressed copy that postbuild writes (FILE.gz, zopfli; served by nginx's gzip_static), else gzip -9, and the
# brotli copy (FILE.br, what nginx's brotli_static sends to a browser that takes brotli; "-" where there is none, the
# fonts and images). The .gz and .br copies themselves are not listed. Then a breakdown of the two web modules by crate, by area of this crate and by
# data (the edition JSON, the strings), on the release build's modules run through wasm-bindgen and the same
# wasm-opt -Oz as dist/ but keeping the function names (tests/e2e/bench/size.mjs), and the cuts it points to.
# Figures only, no assertion.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
. scripts/env.sh
printf '%-52s %10s %10s %10s\n' "file" "raw" "gzip" "brotli"
total_raw=0; total_gz=0; total_br=0
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  if [ -f "$f.gz" ]; then gz=$(wc -c <"$f.gz"); else gz=$(gzip -9 -c "$f" | wc -c); fi
  if [ -f "$f.br" ]; then br=$(wc -c <"$f.br"); total_br=$((total_br + br)); else br=-; total_br=$((total_br + gz)); fi
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-52s %10d %10d %10s\n' "${f#dist/}" "$raw" "$gz" "$br"
done < <(find dist -type f ! -name '*.gz' ! -name '*.br' | sort)
printf '%-52s %10d %10d %10d\n' "TOTAL (brotli: gzip where none)" "$total_raw" "$total_gz" "$total_br"

# The modules with names: the same steps as trunk (wasm-bindgen, then wasm-opt with index.html's flags), plus -g.
named=$(mktemp -d)
trap 'rm -rf "$named"' EXIT
flags=$(grep -o 'data-wasm-opt-params="[^"]*"' index.html | head -1 | sed 's/.*="\(.*\)"/\1/')
for bin in care-web care-full; do
  wasm-bindgen --target web --out-dir "$named" "target/wasm32-unknown-unknown/release/$bin.wasm"
  # shellcheck disable=SC2086
  wasm-opt -Oz -g $flags "$named/${bin}_bg.wasm" -o "$named/$bin.named.wasm"
done
node tests/e2e/bench/size.mjs "$named/care-web.named.wasm" "$named/care-full.named.wasm"
