#!/usr/bin/env bash
# The native benchmarks (divan): validate, render_html, render_text and import_text on the seed
# and on generated letters of 1 to 1,000 findings, import on 1 and 10 MB of text. Writes
# target/bench-native.txt and docs/scaling.svg (time against findings), and prints the table.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench core 2>/dev/null | tee target/bench-native.txt
node scripts/bench-chart.mjs target/bench-native.txt docs/scaling.svg
