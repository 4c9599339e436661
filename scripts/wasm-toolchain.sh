# Sourced by scripts/setup.sh and scripts/build-pkg.sh: the toolchain that builds the browser
# package. A pinned nightly, because only nightly can rebuild the standard library for the
# package (`-Zbuild-std`) with panics that abort on the spot (`-Cpanic=immediate-abort`): the
# library the stable toolchain ships was built to format every panic's message, and that
# formatting code (with core's number and string formatting behind it) weighs about 9 KB of the
# gzipped package. The package never panics on any input (the tests and the fuzzer hold it to
# that), so it loses nothing by it. Pinned by date so that every machine builds the same bytes;
# move the pin on purpose, with the size and the browser tests run again. (WASM_TOOLCHAIN=...
# in the environment tries another one; one that is not installed makes the build use stable.)
WASM_TOOLCHAIN=${WASM_TOOLCHAIN:-nightly-2026-05-20}

# True when the pinned nightly and its standard library's source are installed.
wasm_toolchain_ready() {
  rustup run "$WASM_TOOLCHAIN" rustc --version > /dev/null 2>&1 &&
    rustup component list --toolchain "$WASM_TOOLCHAIN" --installed 2> /dev/null | grep -q '^rust-src'
}
