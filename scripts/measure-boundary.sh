#!/usr/bin/env bash
# Compares the two ways a letter can cross into the module: as JSON text (the package's way) and
# through serde-wasm-bindgen. Builds the package with `--features boundary-bench` (two more
# exports that read the letter through serde-wasm-bindgen) into target/boundary/pkg/, prints the
# two builds' sizes, then times both ways in Node and in headless Chromium on the seed and on a
# letter of 100 findings. Not part of the test command: several minutes on a busy machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
scripts/build-pkg.sh > /dev/null
out=target/boundary
scripts/build-pkg.sh --features boundary-bench --out-dir "$out/pkg" > /dev/null
size() { echo $(($(gzip -9 -c "$1/inspection_letter_bg.wasm" | wc -c) + $(gzip -9 -c "$1/inspection_letter.js" | wc -c))); }
echo "size, gzip -9: the package $(size pkg) B; with the serde-wasm-bindgen exports $(size "$out/pkg") B"
scripts/build-demo.sh > /dev/null
mkdir -p www/bench
cp bench/boundary.html bench/boundary-page.js bench/boundary.js bench/timing.js www/bench/
rm -rf www/bench/boundary-pkg && cp -r "$out/pkg" www/bench/boundary-pkg
cargo run --quiet --release --example sample_letters -- www/bench/letters > /dev/null
echo "Node (µs a call, medians of 15 batches):"
node bench/boundary-node.mjs "$out/pkg" www/bench/letters
echo "Chromium:"
node scripts/measure-boundary.mjs
