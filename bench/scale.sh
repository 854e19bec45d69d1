#!/usr/bin/env bash
# How the cost of a write grows (BENCHMARKS.md, "How the cost grows"): createRecord rate, p50/p99, RSS and
# disk bytes per record with one repository at 1k, 100k and 1M records, then with 8 and with 10,000
# accounts written to in turn.
#
#   bench/scale.sh [SECONDS]        default 10 s per measurement; SIZES="1000 100000 1000000" ACCOUNTS=10000
#
# Builds `pds` (bench profile; PDS_BIN runs a built binary instead) and starts it on 127.0.0.1 with its data
# under $TMPDIR, rate limits off. Repositories are filled with applyWrites of 200 posts
# (bench/scale/load.mjs under node 22); every measurement is wrk (a C load generator) posting
# com.atproto.repo.createRecord. RSS is the server's VmRSS after the measurement and its peak during it
# (VmHWM, reset before each); the database file's size (and the WAL's) follows each row, and at the end the
# bytes per record of the repositories' blocks and of the firehose's event log (which keeps every commit's
# blocks for its retention period).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-10}"
sizes="${SIZES:-1000 100000 1000000}"
total_accounts="${ACCOUNTS:-10000}"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"  # start_lone_pds, ms
start_lone_pds scale-bench
echo "pds $url (pid $pid); machine: $(nproc) cores; $(uptime | sed 's/.*load/load/')"

load() { "$node_bin" bench/scale/load.mjs "$@"; }
: >"$work/accounts"
load accounts "$url" 0 8 "$work/accounts"
head -1 "$work/accounts" >"$work/big"
big_did="$(cut -d= -f1 "$work/big")"
big_jwt="$(cut -d= -f2- "$work/big")"

records=0   # posts stored in the big repository by load.mjs
kib() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$pid/status"; }
disk_bytes() { stat -c %s "$work/data/pds.sqlite"; }
wal_mib() { awk -v b="$(stat -c %s "$work/data/pds.sqlite-wal" 2>/dev/null || echo 0)" 'BEGIN {printf "%.0f", b / 1048576}'; }

# Runs wrk with CONNECTIONS on SCRIPT ARG; prints "rate p50_ms p99_ms rss_mib peak_mib".
measure() {
  local connections="$1" script="$2" arg="$3" out
  echo 5 >"/proc/$pid/clear_refs"
  out="$(wrk -t "$connections" -c "$connections" -d "${seconds}s" --latency -s "$script" "$url" -- "$arg")"
  if echo "$out" | grep -q 'Non-2xx'; then echo "$out" >&2; echo "failed requests" >&2; return 1; fi
  echo "$(echo "$out" | awk '/^Requests\/sec/ {print $2}') $(ms "$(echo "$out" | awk '$1 == "50%" {print $2}')") \
$(ms "$(echo "$out" | awk '$1 == "99%" {print $2}')") $(awk -v k="$(kib VmRSS)" 'BEGIN {printf "%.1f", k / 1024}') \
$(awk -v k="$(kib VmHWM)" 'BEGIN {printf "%.1f", k / 1024}')"
}
row() {  # label connections rate p50 p99 rss peak
  awk -v l="$1" -v c="$2" -v r="$3" -v p5="$4" -v p9="$5" -v rss="$6" -v hwm="$7" -v d="$(disk_bytes)" -v w="$(wal_mib)" \
    'BEGIN {printf "%-26s %2d conn %7.0f/s  p50 %6.2f ms  p99 %6.2f ms  RSS %6.1f MiB (peak %6.1f)  database %6.0f MiB (WAL %s MiB)\n", l, c, r, p5, p9, rss, hwm, d / 1048576, w}'
}

echo "== repository size ($(date -u +%H:%M:%S) UTC)"
for size in $sizes; do
  start=$(date +%s)
  load records "$url" "$big_did" "$big_jwt" $((size - records))
  records=$size
  echo "   (filled to $size records in $(( $(date +%s) - start )) s; $(uptime | sed 's/.*load/load/'))"
  for c in 1 8; do
    # shellcheck disable=SC2046
    row "$size records" "$c" $(measure "$c" bench/wrk/create-record.lua "$big_did=$big_jwt")
  done
done

echo "== accounts ($(date -u +%H:%M:%S) UTC)"
# shellcheck disable=SC2046
row "8 accounts in turn" 8 $(measure 8 bench/wrk/create-record-many.lua "$work/accounts")
start=$(date +%s)
load accounts "$url" 8 $((total_accounts - 8)) "$work/accounts"
echo "   ($(wc -l <"$work/accounts") accounts created in $(( $(date +%s) - start )) s; $(uptime | sed 's/.*load/load/'))"
# shellcheck disable=SC2046
row "$total_accounts accounts in turn" 8 $(measure 8 bench/wrk/create-record-many.lua "$work/accounts")
# What the database holds per record: the repositories' blocks and the firehose's event log.
python3 - "$work/data/pds.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
records = db.execute("SELECT count(*) FROM record").fetchone()[0]
blocks = db.execute("SELECT sum(length(bytes)) FROM block").fetchone()[0]
events = db.execute("SELECT count(*), sum(length(payload)) FROM event").fetchone()
print(f"{records} records: blocks {blocks / records:.0f} B/record; event log {events[0]} events, {events[1] / records:.0f} B/record")
PY
echo "load after: $(uptime | sed 's/.*load/load/')"
