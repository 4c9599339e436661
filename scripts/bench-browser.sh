#!/usr/bin/env bash
# Builds the package, the benchmark letters and the peer bundle, then runs the browser benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
scripts/build-demo.sh
mkdir -p www/bench
cp bench/index.html bench/bench.js bench/timing.js bench/empty.js bench/letter.njk bench/startup.html bench/startup.js www/bench/
cargo run --quiet --release --example sample_letters -- www/bench/letters > /dev/null
node_modules/.bin/esbuild bench/peer.js --bundle --minify --format=esm --platform=browser --outfile=www/bench/peer.min.js --log-level=warning
node scripts/bench-browser.mjs
