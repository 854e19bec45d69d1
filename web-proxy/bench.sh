#!/usr/bin/env bash
# Loopback benchmark: requests/s and latency, direct to an upstream vs through web-proxy.
# Needs `wrk` (apt-get install -y wrk). Usage: web-proxy/bench.sh [duration per run, default 5s] [rounds, default 3]
# Direct and proxied runs are interleaved for several rounds so that load from other processes
# hits both alike; the summary gives the median over rounds. The load generator uses 1 thread
# and few connections because the machine has only 2 cores, shared by wrk, proxy and upstream.
# Env: PROXY_WORKERS sets the proxy's tokio worker threads (default: one per core).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-5s}
rounds=${2:-3}
upstream=127.0.0.1:18081
proxy=127.0.0.1:18080
path=/xrpc/com.atproto.server.describeServer

cargo build --release -q -p web-proxy --bin web-proxy --example bench_upstream
config=$(mktemp --suffix .toml)
results=$(mktemp)
cat > "$config" <<TOML
listen = "$proxy"
[pds]
url = "http://$upstream"
[app]
url = "http://$upstream"
TOML

target/release/examples/bench_upstream "$upstream" & up_pid=$!
if [ -n "${PROXY_WORKERS:-}" ]; then export TOKIO_WORKER_THREADS=$PROXY_WORKERS; fi
RUST_LOG=warn target/release/web-proxy --config "$config" & proxy_pid=$!
trap 'kill $up_pid $proxy_pid 2>/dev/null; rm -f "$config" "$results"' EXIT
sleep 1

# One wrk run; appends "name connections rps p50_us p99_us" to $results.
run() {
    out=$(wrk -t1 -c"$3" -d"$duration" --latency -H 'Host: atmos.cv' "$2")
    echo "$out" | awk -v name="$1" -v c="$3" '
        function us(v) { if (v ~ /us$/) return v+0; if (v ~ /ms$/) return (v+0)*1000; return (v+0)*1000000 }
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = us($2) }
        $1 == "99%" { p99 = us($2) }
        END { printf "%s %s %.0f %.0f %.0f\n", name, c, rps, p50, p99 }' | tee -a "$results"
}
wrk -t1 -c1 -d2s -H 'Host: atmos.cv' "http://$proxy$path" > /dev/null  # warm-up
echo "name connections rps p50_us p99_us"
for round in $(seq "$rounds"); do
    for connections in 1 16; do
        run direct "http://$upstream$path" "$connections"
        run proxied "http://$proxy$path" "$connections"
    done
done

echo
echo "median over $rounds rounds (each column separately):"
median() { # name connections column
    awk -v n="$1" -v c="$2" -v k="$3" '$1 == n && $2 == c { print $k }' "$results" | sort -n |
        awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
for connections in 1 16; do
    for name in direct proxied; do
        printf "%-8s c=%-3s rps=%-7s p50=%sus p99=%sus\n" "$name" "$connections" \
            "$(median $name $connections 3)" "$(median $name $connections 4)" "$(median $name $connections 5)"
    done
done
