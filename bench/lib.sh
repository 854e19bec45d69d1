# Shared by the bench/*.sh scripts (sourced): waiting for a server's "listening on URL" line.

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
