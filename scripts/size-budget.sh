#!/usr/bin/env bash
# Fails when the browser package (.wasm plus its JavaScript glue, gzip -9) passes its budget.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${BUDGET:-100000}
wasm=$(gzip -9 -c pkg/inspection_letter_bg.wasm | wc -c)
glue=$(gzip -9 -c pkg/inspection_letter.js | wc -c)
total=$((wasm + glue))
echo "size: wasm $wasm B + glue $glue B = $total B gzip -9 (budget $BUDGET B)"
if ((total > BUDGET)); then
  echo "size budget passed by $((total - BUDGET)) B" >&2
  exit 1
fi
