#!/usr/bin/env bash
# Builds the release dist/ (optimised wasm, wasm-opt -Oz). Usage: scripts/build.sh [--debug]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
if [ "${1:-}" = "--debug" ]; then
  trunk build --offline
else
  trunk build --offline --release
fi
echo "dist/ is ready: publish its files on any static web server (see the README)."
