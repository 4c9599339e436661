#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Debian's Chromium and ChromeDriver)
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The pinned nightly that builds the browser package and runs the fuzzer (scripts/nightly.sh
# says why), with the sources of the standard library the package rebuilds and their
# dependencies from crates.io, so that the package then builds offline. Without it
# scripts/build-pkg.sh falls back to stable Rust (a package about 10 KB larger) and says so.
source scripts/nightly.sh
if ! nightly_ready; then
  step "installing $NIGHTLY with rust-src, for the browser package and fuzzing (about 15 seconds)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src ||
    echo "warning: $NIGHTLY could not be installed; the package will be built with stable Rust" >&2
fi
if nightly_ready; then
  cargo "+$NIGHTLY" fetch --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown ||
    echo "warning: the standard library's dependencies could not be fetched" >&2
fi

if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm's binaryen (never Debian's: its wasm-opt breaks the module), TypeScript, playwright-core.
if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "installing the npm development tools"
  npm ci --no-audit --no-fund
fi

if [[ "${1:-}" == "--browser" ]] && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
  step "installing Debian's Chromium and ChromeDriver"
  if [[ $(id -u) -eq 0 ]]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
