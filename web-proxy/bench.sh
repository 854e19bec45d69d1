#!/usr/bin/env bash
# Loopback benchmark: requests/s and latency, direct to an upstream vs through web-proxy.
# Needs `wrk` (apt-get install -y wrk). Usage: web-proxy/bench.sh [duration, default 10s]
# The load generator uses 1 thread and few connections because the machine has only 2 cores,
# shared by wrk, the proxy and the upstream.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
upstream=127.0.0.1:18081
proxy=127.0.0.1:18080
path=/xrpc/com.atproto.server.describeServer

cargo build --release -q -p web-proxy --bin web-proxy --example bench_upstream
config=$(mktemp --suffix .toml)
cat > "$config" <<TOML
listen = "$proxy"
[pds]
url = "http://$upstream"
[app]
url = "http://$upstream"
TOML

target/release/examples/bench_upstream "$upstream" & up_pid=$!
RUST_LOG=warn target/release/web-proxy --config "$config" & proxy_pid=$!
trap 'kill $up_pid $proxy_pid 2>/dev/null; rm -f "$config"' EXIT
sleep 1

run() { # name url connections
    echo "== $1, $3 connection(s)"
    wrk -t1 -c"$3" -d"$duration" --latency -H 'Host: atmos.cv' "$2" | grep -E 'Requests/sec|^ +(50|75|90|99)%|Latency '
}
wrk -t1 -c1 -d2s -H 'Host: atmos.cv' "http://$proxy$path" > /dev/null  # warm-up
for connections in 1 16; do
    run direct "http://$upstream$path" "$connections"
    run proxied "http://$proxy$path" "$connections"
done
