#!/usr/bin/env bash
# Subsets the vendored Titillium Web woff2 files (assets/fonts/) to what Italian and English text needs: Basic Latin,
# Latin-1 (à è é ì ò ù, and the German and French letters of names), the typographic quotes, dashes, ellipsis and
# euro sign, with no hinting instructions. The first load of the app carries both faces, so every kilobyte
# counts (issue 8's budget); a character outside the set is drawn by the fallback font of the CSS stack, and the
# @font-face rules in assets/css/app.css declare the same `unicode-range`.
#
# Usage: scripts/subset-fonts.sh [FILE.woff2 ...]   (default: the two faces in assets/fonts/). Needs
# `pyftsubset` (PyPI: fonttools, brotli). Running it again on its own output changes nothing that matters.
set -euo pipefail
cd "$(dirname "$0")/.."
UNICODES="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+0160-0161,U+0178,U+017D-017E,U+02C6,U+02DA,U+02DC,U+2013-2014,U+2018-201E,U+2020,U+2022,U+2026,U+2039-203A,U+2044,U+20AC,U+2122,U+2212"
if ! command -v pyftsubset >/dev/null; then
  echo "subset-fonts: pyftsubset not found: pip install fonttools brotli" >&2
  exit 2
fi
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(assets/fonts/titillium-web-400.woff2 assets/fonts/titillium-web-600.woff2)
for f in "${files[@]}"; do
  before=$(stat -c %s "$f")
  pyftsubset "$f" --unicodes="$UNICODES" --flavor=woff2 --no-hinting --layout-features='kern,liga' \
    --output-file="$f.tmp"
  mv "$f.tmp" "$f"
  echo "$f: $before -> $(stat -c %s "$f") bytes"
done
