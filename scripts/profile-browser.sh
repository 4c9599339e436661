#!/usr/bin/env bash
# Where the browser package's time goes in Chromium: the package built as scripts/build-pkg.sh
# builds it, but with its functions' names kept (wasm-opt -g, without the short import names and
# the minified glue), then a CPU profile of `validate`, `renderHtml` or both on the seed
# (bench/ab.js), printed as the functions with the most self time; the profile itself is left
# in target/profile-browser.cpuprofile for Chromium's DevTools.
#   scripts/profile-browser.sh [validate|html|both]
set -euo pipefail
cd "$(dirname "$0")/.."
op=${1:-both}
scripts/build-pkg.sh > /dev/null
out=target/profile-pkg
rm -rf "$out"
# Where build-pkg.sh left the module: its own target directory with the nightly, target/ without.
built=target/pkg-build
[[ $(cat pkg/.toolchain) == stable ]] && built=target
wasm-bindgen --target web --out-dir "$out" --out-name inspection_letter --keep-debug \
  "$built/wasm32-unknown-unknown/wasm/inspection_letter.wasm"
node_modules/.bin/wasm-opt -g --low-memory-unused --flatten --rereloop -Oz --flatten --rereloop -Oz \
  --gufa-optimizing -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/inspection_letter_bg.wasm" -o "$out/inspection_letter_bg.wasm"
PROFILE=target/profile-browser.cpuprofile node bench/ab-browser.mjs pkg "$out" "$op"
