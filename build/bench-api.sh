#!/usr/bin/env bash
# API latency benchmark: starts the API (Release) on the embedded engine with the demo data set (loaded into
# a benchmark data directory on first use), then measures every persisted operation (GET by id) and the
# assistant mutation, one request at a time, and prints p50/p95/p99 per operation (also artifacts/api-latency.md).
#   build/bench-api.sh [requests=200] [warmup=20]
# Targets (issue #4): p95 < 100 ms per persisted operation, assistant p95 < 150 ms.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
requests="${1:-200}"
warmup="${2:-20}"
port=5095
data="${BENCH_DATA_PATH:-$root/data/bench-demo}"

bash build/ensure-node-modules.sh
dotnet build src/MemberInsights.Api -c Release -v quiet -nologo >/dev/null
dotnet build tests/MemberInsights.Api.Benchmarks -c Release -v quiet -nologo >/dev/null

log="$root/artifacts/bench-api-server.log"
mkdir -p "$root/artifacts"
CLICKHOUSE_DATA_PATH="$data" dotnet src/MemberInsights.Api/bin/Release/net10.0/MemberInsights.Api.dll \
  --urls "http://127.0.0.1:$port" --Insights:Preset=demo >"$log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true; wait $api 2>/dev/null || true' EXIT
echo "Waiting for the API (the first run loads the demo data set into $data)..."
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
  kill -0 $api 2>/dev/null || { echo "The API exited; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  sleep 1
done
dotnet tests/MemberInsights.Api.Benchmarks/bin/Release/net10.0/MemberInsights.Api.Benchmarks.dll \
  "http://127.0.0.1:$port" schema/operations "$requests" "$warmup"
