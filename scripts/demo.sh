#!/usr/bin/env bash
# The main job: install what is missing, build the browser package and serve the demo on
# 127.0.0.1 (port 8000, or the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-demo.sh
exec node scripts/serve.mjs --port "${1:-8000}"
