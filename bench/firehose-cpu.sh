#!/usr/bin/env bash
# Firehose fan-out CPU per delivered event, for our server alone (BENCHMARKS.md, "Firehose"): a figure that
# depends little on what else the machine runs, unlike latencies.
#
#   [PDS_BIN=path] bench/firehose-cpu.sh [SUBSCRIBERS] [-- bench arguments]     e.g. bench/firehose-cpu.sh 1000
#
# Builds `pds` and the generator (bench profile, as bench/firehose.sh), then twice starts a fresh
# `pds serve` and runs the firehose generator (`pds/benches/firehose.rs`) against it: once with
# `--subscribers 0`, once with `--subscribers N` (default 1000), the same writes both times. The server's CPU
# time over each run (`perf stat` task-clock when perf is installed, else utime + stime from /proc) is taken;
# the difference, divided by the events delivered (N × (1 warm-up + --writes + --saturate)), is the fan-out's
# CPU per delivered event.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
subscribers=1000
if [ $# -gt 0 ] && [ "$1" != "--" ]; then subscribers="$1"; shift; fi
if [ "${1:-}" = "--" ]; then shift; fi
bench_args=("$@")
writes=200 saturate=400
for ((i = 0; i < ${#bench_args[@]}; i++)); do
  case "${bench_args[$i]}" in
    --writes) writes="${bench_args[$((i + 1))]}" ;;
    --saturate) saturate="${bench_args[$((i + 1))]}" ;;
  esac
done

ulimit -n "$(ulimit -Hn)"
cargo bench -q -p pds --bench firehose --no-run
pds_bin="${PDS_BIN:-${CARGO_TARGET_DIR:-$root/target}/release/pds}"  # PDS_BIN: another build to compare
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"  # wait_url

# Milliseconds of CPU the server used while the generator ran with `$1` subscribers.
server_cpu_ms() {
  local count="$1" work pid url before after
  work="$(mktemp -d "${TMPDIR:-/tmp}/firehose-cpu.XXXXXX")"
  PDS_DATA_DIR="$work" PDS_PORT=0 PDS_RATE_LIMITS=false PDS_MAX_CONNECTIONS_PER_IP=0 RUST_LOG=warn \
    "$pds_bin" serve >"$work/log" 2>&1 &
  pid=$!
  url="$(wait_url "$work/log" "pds listening on ")"
  if command -v perf >/dev/null && perf stat -e task-clock -p "$pid" -o "$work/stat" true 2>/dev/null; then
    perf stat -e task-clock -p "$pid" -o "$work/stat" -- \
      cargo bench -q -p pds --bench firehose -- "$url" --label "$count" --subscribers "$count" "${bench_args[@]}" >&2
    awk '/task-clock/ { gsub(",", "", $1); printf "%.0f\n", $1 }' "$work/stat"
  else
    before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    cargo bench -q -p pds --bench firehose -- "$url" --label "$count" --subscribers "$count" "${bench_args[@]}" >&2
    after=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    echo $(((after - before) * 1000 / $(getconf CLK_TCK)))
  fi
  kill "$pid"
  wait "$pid" || true
  rm -rf "$work"
}

echo "machine: $(nproc) cores; $(uptime)"
idle="$(server_cpu_ms 0)"
loaded="$(server_cpu_ms "$subscribers")"
deliveries=$((subscribers * (1 + writes + saturate)))
echo "server CPU: ${idle} ms with 0 subscribers, ${loaded} ms with ${subscribers}; ${deliveries} events delivered"
awk -v a="$idle" -v b="$loaded" -v n="$deliveries" \
  'BEGIN { printf "fan-out CPU per delivered event: %.2f µs\n", (b - a) * 1000 / n }'
echo "load after: $(uptime | sed 's/.*load/load/')"
