#!/usr/bin/env bash
# Instructions per call of one operation on the seed, by valgrind's callgrind: the difference
# between 101 calls and 1 call, divided by 100, so that start-up and one-time work cancel out.
# Repeatable to the instruction whatever else the machine does.
# Usage: scripts/count-instructions.sh [validate|html|text|parse|json|tok|push|words|letter ...]
# (operations: examples/profile.rs). Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "count-instructions: valgrind is not installed" >&2; exit 2; }
cargo build --quiet --release --example profile
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/profile "$1" "$2" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for op in "${@:-validate html text parse}"; do
  for one in $op; do
    a=$(count "$one" 1)
    b=$(count "$one" 101)
    echo "$one: $(((b - a) / 100))"
  done
done
