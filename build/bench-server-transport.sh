#!/usr/bin/env bash
# Server transport throughput against the loopback ClickHouse HTTP stub (no ClickHouse server runs here): one insert,
# one streamed read of N rows (default 1,000,000) and 300 small parameterized queries, results checked exactly.
#   build/bench-server-transport.sh [rows]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash build/ensure-node-modules.sh
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
MI_TRANSPORT_ROWS="${1:-1000000}" dotnet test tests/MemberInsights.ClickHouse.Tests -c Release -v q --nologo \
  --filter "FullyQualifiedName~ServerTransportThroughput" | grep -E "Passed!|Failed" || true
cat artifacts/server-transport.txt
