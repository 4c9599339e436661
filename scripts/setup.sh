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
