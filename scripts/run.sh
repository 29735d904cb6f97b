#!/usr/bin/env bash
# Builds the app and serves it on 127.0.0.1 (port 8080, or $PORT), printing the URL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
PORT="${PORT:-8080}"
echo "Ca.Re: http://127.0.0.1:${PORT}/  (Ctrl-C to stop)"
# --no-autoreload: the page is then exactly the published one (strict CSP, service worker, offline use).
exec trunk serve --offline --release --no-autoreload --address 127.0.0.1 --port "${PORT}"
