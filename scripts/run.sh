#!/usr/bin/env bash
# Builds the app and serves it on 127.0.0.1 (port 8080, or $PORT), printing the URL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
PORT="${PORT:-8080}"
echo "Ca.Re: http://127.0.0.1:${PORT}/  (Ctrl-C to stop)"
exec trunk serve --offline --release --address 127.0.0.1 --port "${PORT}"
