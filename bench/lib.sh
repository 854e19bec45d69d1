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
