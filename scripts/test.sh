#!/usr/bin/env bash
# Every test: install what is missing, then formatting, lints, the Rust tests, the browser
# package (built, within its size budget, loaded in Node and in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

step() { printf '\n== %s\n' "$*"; }

scripts/setup.sh --browser

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native, all targets; browser library)"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --lib --target wasm32-unknown-unknown -- -D warnings

step "cargo doc (the API documentation builds, every link resolves)"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps

step "cargo test"
cargo test --quiet

step "browser package and demo"
scripts/build-demo.sh
scripts/size-budget.sh

step "TypeScript: the package's declarations type-check a program that uses them"
# By name too, as an application that installed the package imports it.
mkdir -p tests/ts/node_modules && ln -sfn ../../../pkg tests/ts/node_modules/inspection-letter
node_modules/.bin/tsc -p tests/ts

step "the browser boundary in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --test browser

step "the package in Node, against the native command line"
cargo build --quiet --release --bin inspection-letter
node --test tests/js/

step "fuzzing smoke run (10 s per target; scripts/fuzz.sh SECONDS for a long run)"
source scripts/nightly.sh
if ! nightly_ready; then
  echo "skipped: $NIGHTLY is not installed here (scripts/setup.sh installs it; cargo-fuzz needs it)"
elif ! { cargo "+$NIGHTLY" fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz; }; then
  echo "skipped: cargo-fuzz could not be installed here"
else
  scripts/fuzz.sh 10
fi

step "the demo and the form binding in headless Chromium"
node --test tests/e2e/
