#!/usr/bin/env bash
# Runs the product: installs what is missing (pinned npm packages: the embedded ClickHouse engine and the
# explorer), then starts the API, which applies pending migrations and loads the demo data set when the
# warehouse is empty (measured: ready 40 s after the command with an empty data directory, incremental build
# included; the demo load is about 15 s of that), then serves GraphQL and the Banana Cake Pop explorer.
#   build/run.sh                      # http://127.0.0.1:5080/graphql, data in ./data/clickhouse
#   PORT=8080 build/run.sh            # another port
#   CLICKHOUSE_URL=http://host:8123 build/run.sh   # a ClickHouse server instead of the embedded engine
# It runs the API in Development unless ASPNETCORE_ENVIRONMENT says otherwise: there callers on this machine without
# credentials are analysts (explorer, README examples) and pages on http://localhost:* may call it. Production
# (ASPNETCORE_ENVIRONMENT=Production, the ASP.NET Core default, what docker-compose runs) wants keys or tokens.
# Extra arguments go to the API (e.g. --Insights:Preset=tiny). Every operation runs under the default limits (depth 12,
# 2,000 expanded fields, cost 50,000, a 30 s budget); change one with e.g. GraphQL__MaxCost=100000 (README: Limits).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash build/ensure-node-modules.sh
port="${PORT:-5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
echo "Starting Member Insights (${ASPNETCORE_ENVIRONMENT}) on http://127.0.0.1:${port}/graphql (explorer: open it in a browser)"
exec dotnet run -c Release --project src/MemberInsights.Api -- --urls "http://127.0.0.1:${port}" "$@"
