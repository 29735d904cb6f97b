#!/usr/bin/env bash
# Idempotent set-up of every tool the build and the tests need. The first run on a fresh machine takes about
# ten minutes (it compiles trunk and wasm-bindgen-cli); later runs take seconds. Nothing is downloaded at build
# time: only crates.io, npm and Debian packages are used, here and never by the build itself.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
say() { printf '[setup] %s\n' "$*"; }

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. trunk, pinned.
if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
  say "installing trunk ${TRUNK_VERSION} (several minutes the first time)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

# 3. wasm-bindgen-cli at exactly the wasm-bindgen version of Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WB_VERSION}\$"; then
  say "installing wasm-bindgen-cli ${WB_VERSION}"
  cargo install wasm-bindgen-cli --version "${WB_VERSION}" --locked \
    || cargo install wasm-bindgen-cli --version "${WB_VERSION}"
fi

# 4. Debian packages: Chromium and its driver (wasm and end-to-end tests), nginx and its brotli_static module (the
#    test of deploy/nginx.conf; the test starts its own nginx on 127.0.0.1, the system service is not needed), poppler-utils (pdftoppm, to
#    look at the printed report), a Java runtime (the Nu HTML checker of the end-to-end tests, npm vnu-jar).
apt_pkgs=()
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || apt_pkgs+=(chromium chromium-driver)
{ [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; } || apt_pkgs+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || apt_pkgs+=(libnginx-mod-http-brotli-static)
[ -x /usr/bin/pdftoppm ] || apt_pkgs+=(poppler-utils)
command -v java >/dev/null 2>&1 || apt_pkgs+=(default-jre-headless)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
  say "installing Debian ${apt_pkgs[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null
fi

# 5. npm packages: wasm-opt (binaryen), terser and zopfli (scripts/postbuild.mjs), playwright-core, axe-core,
#    lighthouse, vnu-jar (see tests/e2e/package.json). Reinstalled when the lock file's content differs from the one
#    installed (a stamp with its hash), not by file times: a fresh checkout's newer lock file with the same content
#    does not reinstall.
LOCK_HASH=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
LOCK_STAMP=tests/e2e/node_modules/.care-package-lock.sha256
if ! [ -x tests/e2e/node_modules/.bin/wasm-opt ] || ! [ -d tests/e2e/node_modules/playwright-core ] \
   || ! [ -d tests/e2e/node_modules/lighthouse ] || ! [ -d tests/e2e/node_modules/@gfx/zopfli ] \
   || ! [ -d tests/e2e/node_modules/terser ] || ! [ -f tests/e2e/node_modules/vnu-jar/build/dist/vnu.jar ] \
   || [ "$(cat "$LOCK_STAMP" 2>/dev/null)" != "$LOCK_HASH" ]; then
  say "installing the npm packages of tests/e2e"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  echo "$LOCK_HASH" > "$LOCK_STAMP"
fi

# 6. Crates, so that every later cargo and trunk call can run --offline.
cargo fetch --quiet
cargo fetch --quiet --target wasm32-unknown-unknown

say "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen ${WB_VERSION}, $(tests/e2e/node_modules/.bin/wasm-opt --version | head -1), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
