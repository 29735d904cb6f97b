# Sourced by the project's scripts: puts the project's own tools (wasm-opt from npm) on PATH, and gives the wasm32
# builds the flags that keep this machine's folders out of the shipped modules.
_care_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${_care_root}/tests/e2e/node_modules/.bin:${HOME}/.cargo/bin:${PATH}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# Panic locations name their source files: the dependencies' ones by absolute path in the cargo home
# (<cargo home>/registry/src/<index>-<hash>/<crate>-<version>/src/...). Each such folder is remapped to nothing, so
# that a location reads <crate>-<version>/src/..., whatever machine built it; so are git dependencies and this
# repository (its own files are already relative, build-script output is not). The folders are found here, on the
# building machine. Only the wasm32 target gets the flags: native builds keep theirs. trunk, the wasm tests and
# clippy for wasm32 all source this file, so they share one set of flags and one build of the dependencies. Cargo
# adds these to any rustflags of .cargo/config.toml (RUSTFLAGS, if set, replaces both: then the locations stay long,
# and tests/e2e/machine-paths.test.mjs says so). std's locations (/rustc/<commit>/library/...) come precompiled
# and no stable flag remaps them. A folder with a space cannot be passed in this variable and is left as it is.
_care_remap() {
  local cargo_home="${CARGO_HOME:-${HOME}/.cargo}" dir flags=()
  # The registry's source folder itself first: if no index folder is there yet, a location still names no folder
  # of this machine (rustc applies the last mapping that matches, so the index folders below win).
  for dir in "${_care_root}" "${cargo_home}/git/checkouts" "${cargo_home}/registry/src" "${cargo_home}"/registry/src/*/; do
    dir="${dir%/}"
    case "${dir}" in *[[:space:]]* | *"*"*) continue ;; esac
    flags+=("--remap-path-prefix=${dir}=")
  done
  printf '%s' "${flags[*]}"
}
_care_flags="$(_care_remap)"
# Sourced twice (a script calling another), the flags are added once: different flags would rebuild everything.
case " ${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} " in
  *" ${_care_flags} "*) ;;
  *) export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:+${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS} }${_care_flags}" ;;
esac
unset -f _care_remap
unset _care_flags
