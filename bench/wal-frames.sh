#!/usr/bin/env bash
# Where a commit's bytes go (BENCHMARKS.md, "Where a commit's log bytes go"): which B-trees the pages of each
# WAL commit belong to, while wrk posts createRecord to one repository of RECORDS records.
#
#   bench/wal-frames.sh [RECORDS] [SECONDS] [CONNECTIONS...]     defaults 1000, 3 and "1 8"
#
# Starts `pds serve` (bench profile; PDS_BIN runs a built binary instead) on a fresh data directory under
# $TMPDIR and fills one repository with applyWrites of 200 posts (bench/scale/load.mjs under node 22). Then,
# per number of connections: wrk; the writer's group sizes and COMMIT times over the run (/metrics); and the
# log as it stands after the run: every frame of its last 200 commits, mapped to its table or index by
# SQLite's `dbstat` (a read-only connection beside the server's). One frame is one page written and synced.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
records="${1:-1000}"
seconds="${2:-3}"
shift $(($# < 2 ? $# : 2))
connections=("$@")
[ ${#connections[@]} -gt 0 ] || connections=(1 8)
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"  # start_lone_pds
start_lone_pds wal-frames
: >"$work/accounts"
"$node_bin" bench/scale/load.mjs accounts "$url" 0 1 "$work/accounts"
account="$(head -1 "$work/accounts")"
"$node_bin" bench/scale/load.mjs records "$url" "${account%%=*}" "${account#*=}" "$records"

# The writer's totals: jobs committed, groups, seconds in COMMIT.
writer() {
  curl -s "$url/metrics" | awk '$1 == "pds_storage_group_jobs_sum" {j = $2} $1 == "pds_storage_group_jobs_count" {g = $2}
    $1 == "pds_storage_commit_duration_seconds_sum" {s = $2} END {print j, g, s}'
}
frames() {
  python3 - "$work/data/pds.sqlite" <<'PY'
import collections, sqlite3, struct, sys

path = sys.argv[1]
log = open(path + "-wal", "rb").read()
_, _, page_size, _, salt1, salt2, _, _ = struct.unpack(">8I", log[:32])
# The current generation of the log starts at its header; past its end, the frames of the generation before
# it (another salt) are still there: their commits count too, except the first, whose start was overwritten.
generations, frames, offset, salt, whole = [[]], [], 32, (salt1, salt2), True
while offset + 24 + page_size <= len(log):
    page, size_after_commit, s1, s2 = struct.unpack(">4I", log[offset:offset + 16])
    if (s1, s2) != salt:
        generations.append([])
        salt, frames, whole = (s1, s2), [], False
    frames.append(page)
    if size_after_commit:
        if whole:
            generations[-1].append(frames)
        frames, whole = [], True
    offset += 24 + page_size
# dbstat maps pages to their B-trees as of the log's end. A read-only connection beside the server's: it
# reads through the log and never checkpoints it.
db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
owner = {page: f"{name} ({kind})" for name, page, kind in db.execute("SELECT name, pageno, pagetype FROM dbstat")}
db.close()
last = [commit for generation in generations for commit in reversed(generation)][:200]  # newest first
counts = collections.Counter(owner.get(page, "free list") for commit in last for page in commit)
print(f"{sum(map(len, last)) / len(last):.1f} frames ({page_size} B pages) per commit, last {len(last)} commits:")
for name, count in counts.most_common():
    print(f"  {count / len(last):6.2f}  {name}")
PY
}
for c in "${connections[@]}"; do
  before="$(writer)"
  out="$(wrk -t "$c" -c "$c" -d "${seconds}s" --latency -s bench/wrk/create-record.lua "$url" -- "$account")"
  after="$(writer)"
  sleep 1  # the checkpoint the run asked for, before the log is read
  echo "== $records records, $c connection(s): $(echo "$out" | awk '/^Requests\/sec/ {print $2}') createRecord/s, p50 $(echo "$out" | awk '$1 == "50%" {print $2}')"
  read -r jobs0 groups0 secs0 <<<"$before"
  read -r jobs1 groups1 secs1 <<<"$after"
  awk -v j="$jobs0" -v J="$jobs1" -v g="$groups0" -v G="$groups1" -v s="$secs0" -v S="$secs1" \
    'BEGIN {printf "writer: %.2f jobs per group, COMMIT (log write + fsync) %.3f ms per group\n", (J - j) / (G - g), (S - s) * 1000 / (G - g)}'
  frames
done
