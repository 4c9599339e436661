#!/usr/bin/env bash
# What a compile-time template engine would add to the browser package: builds the package
# with the preview's section block written as an askama template (bench/askama-section.patch)
# in a temporary worktree, and prints its size beside the package as it is. Needs crates.io
# (askama is not a dependency of the project). The method and the result are in BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/tree" HEAD >/dev/null
git -C "$work/tree" apply "$PWD/bench/askama-section.patch"
ln -s "$PWD/node_modules" "$work/tree/node_modules"
size() {
  echo $(( $(gzip -9 -c "$1/inspection_letter_bg.wasm" | wc -c) + $(gzip -9 -c "$1/inspection_letter.js" | wc -c) ))
}
scripts/build-pkg.sh > /dev/null
(cd "$work/tree" && scripts/build-pkg.sh > /dev/null)
ours=$(size pkg)
askama=$(size "$work/tree/pkg")
echo "package as it is: $ours B; with the section block as an askama template: $askama B ($((askama - ours)) B more), gzip -9"
