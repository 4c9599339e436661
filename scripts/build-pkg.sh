#!/usr/bin/env bash
# Builds the browser package into pkg/: an ES module (wasm-bindgen's web target), its types,
# the preview stylesheet and a package.json ready for npm publish. Works offline once
# scripts/setup.sh has run.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --profile wasm --lib --target wasm32-unknown-unknown
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name inspection_letter \
  target/wasm32-unknown-unknown/wasm/inspection_letter.wasm
# npm's wasm-opt, never Debian's (see toolchain notes); the features match what rustc emits.
# --converge runs the passes again until the module stops shrinking (about 1 KB gzip);
# the producers and target-features sections are for linkers, not for browsers.
node_modules/.bin/wasm-opt -Oz --converge --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  pkg/inspection_letter_bg.wasm -o pkg/inspection_letter_bg.wasm
cp src/render/letter.css pkg/inspection-letter.css
cp js/*.js pkg/ 2>/dev/null || true
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
cat > pkg/package.json <<JSON
{
  "name": "inspection-letter",
  "version": "$version",
  "description": "The schema and rules of an Ofsted inspection letter: validate, preview and import in the browser, offline",
  "license": "MIT",
  "type": "module",
  "module": "inspection_letter.js",
  "main": "inspection_letter.js",
  "types": "inspection_letter.d.ts",
  "exports": {
    ".": { "types": "./inspection_letter.d.ts", "default": "./inspection_letter.js" },
    "./inspection-letter.css": "./inspection-letter.css",
    "./element": "./inspection-letter-element.js",
    "./inspection_letter_bg.wasm": "./inspection_letter_bg.wasm"
  },
  "files": ["inspection_letter.js", "inspection_letter.d.ts", "inspection_letter_bg.wasm", "inspection_letter_bg.wasm.d.ts", "inspection-letter.css", "inspection-letter-element.js"],
  "sideEffects": false
}
JSON
wasm=$(gzip -9 -c pkg/inspection_letter_bg.wasm | wc -c)
glue=$(gzip -9 -c pkg/inspection_letter.js | wc -c)
echo "pkg/ built: wasm $wasm B + glue $glue B gzip -9 = $((wasm + glue)) B"
