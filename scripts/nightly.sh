# Sourced by the scripts that need nightly Rust: the one nightly the project uses, pinned by date
# so that every machine builds the same bytes. Move the pin on purpose, with the size check, the
# browser tests and the fuzzing run again. (NIGHTLY=... in the environment tries another one;
# one that is not installed makes scripts/build-pkg.sh use stable Rust.)
#
# - scripts/build-pkg.sh builds the browser package with it: only nightly can rebuild the
#   standard library for the package (`-Zbuild-std`) with panics that abort on the spot
#   (`-Cpanic=immediate-abort`) and its smaller variants (`optimize_for_size`). The library the
#   stable toolchain ships was built to format every panic's message, and that code (with core's
#   number and string formatting behind it) weighed about 10 KB of the gzipped package. The
#   package never panics on any input (the tests and the fuzzer hold it to that), so it loses
#   nothing by it.
# - scripts/fuzz.sh runs cargo-fuzz with it (libFuzzer's instrumentation needs nightly).
NIGHTLY=${NIGHTLY:-nightly-2026-05-20}

# True when the pinned nightly and its standard library's source are installed.
nightly_ready() {
  rustup run "$NIGHTLY" rustc --version > /dev/null 2>&1 &&
    rustup component list --toolchain "$NIGHTLY" --installed 2> /dev/null | grep -q '^rust-src'
}
