#!/usr/bin/env bash
# Fuzzes reading + validate, the renderers and the importer with cargo-fuzz (libFuzzer), each for
# SECONDS (default 60), with corpora seeded from the fixtures. Prints the executions run and the
# crashes found per target; a crash leaves its input in fuzz/artifacts/ and fails the run.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
source scripts/nightly.sh
if ! cargo "+$NIGHTLY" fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked 2>/dev/null || cargo install cargo-fuzz
fi
for target in validate render import; do
  corpus="target/fuzz-corpus/$target"
  mkdir -p "$corpus"
  if [[ $target == import ]]; then
    cp tests/fixtures/southend-2011.txt "$corpus/"
    # The same text with its lines broken at 70 characters, as a narrow page breaks them.
    fold -s -w 70 tests/fixtures/southend-2011.txt > "$corpus/southend-2011-folded.txt"
  else
    cp tests/fixtures/southend-2011.json tests/render/*.json "$corpus/"
    for f in tests/letters/*.json; do cp "$f" "$corpus/letter-$(basename "$f")"; done
  fi
done
status=0
for target in validate render import; do
  log="target/fuzz-$target.log"
  if cargo "+$NIGHTLY" fuzz run --fuzz-dir fuzz "$target" "target/fuzz-corpus/$target" -- -max_total_time="$SECONDS_EACH" -max_len=65536 >"$log" 2>&1; then
    result="no crash"
  else
    result="CRASH (see $log and fuzz/artifacts/$target/)"
    status=1
  fi
  runs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')
  # libFuzzer's own count of seconds: replaying a corpus grown by long runs can take longer than
  # the time given, and then no new input was tried ("corpus only").
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
  inited=$(sed -n 's/^#\([0-9]*\)[[:space:]]*INITED.*/\1/p' "$log" | tail -n 1)
  fresh=$([[ -n "$inited" && "$inited" == "$runs" ]] && echo ", corpus only" || true)
  echo "fuzz $target: ${runs:-0} executions in ${took:-$SECONDS_EACH} s$fresh, $result"
done
exit $status
