#!/usr/bin/env bash
# Builds the browser package and lays out the demo as one static folder, www/, that works
# offline: the package, GOV.UK Frontend's styles and fonts (from npm, no CDN), the seed letter.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-pkg.sh
rm -rf www/pkg www/vendor www/assets www/examples
mkdir -p www/vendor www/examples
cp -r pkg www/pkg
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css www/vendor/
cp -r node_modules/govuk-frontend/dist/govuk/assets www/assets
cp tests/fixtures/southend-2011.json www/examples/
