#!/usr/bin/env bash
# Side-by-side load benchmark: this repository's GraphQL server (Kestrel, the benchmark project's
# `serve` mode) against graphql-js behind graphql-http on Node, with the same SDL, the same static
# data, the same query (a cached document on both sides) and the same load generator (wrk), one
# after the other on this machine over loopback. Prints requests/s, p50 and p99 and the ratio, and
# keeps the table in artifacts/bench-graphql.txt.
#   build/bench-graphql.sh [duration-seconds=20] [connections=32]
# The .NET server runs with server GC unless DOTNET_gcServer=0 is set (workstation GC).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
duration="${1:-20}"
connections="${2:-32}"
warmup=5
# The first free port from a start (another process, e.g. a running API, may hold the usual ones).
free_port() {
  local port=$1
  while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
dotnet_port="$(free_port 5391)"
node_port="$(free_port $((dotnet_port + 1)))"

bash build/ensure-node-modules.sh
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk (Debian) as the load generator..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
  else
    echo "error: the load benchmark needs wrk: run 'sudo apt-get install wrk'." >&2
    exit 1
  fi
fi

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "Building the benchmark server (Release)..."
dotnet build tests/MemberInsights.GraphQL.Benchmarks -c Release -v quiet -nologo >/dev/null
server_dll="tests/MemberInsights.GraphQL.Benchmarks/bin/Release/net10.0/MemberInsights.GraphQL.Benchmarks.dll"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
body="$work/body.json"
node tests/load/request-body.mjs > "$body"

wait_ready() {
  for _ in $(seq 1 100); do
    if curl -fs -o /dev/null -H 'content-type: application/json' --data-binary @"$body" "$1"; then return 0; fi
    sleep 0.2
  done
  echo "error: no server answered at $1" >&2
  exit 1
}

start_dotnet() {
  DOTNET_gcServer="${DOTNET_gcServer:-1}" dotnet "$server_dll" serve "$dotnet_port" > "$work/dotnet.log" 2>&1 &
  server_pid=$!
}
start_node() {
  node tests/load/graphql-js-server.mjs "$node_port" > "$work/node.log" 2>&1 &
  server_pid=$!
}
stop_server() {
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

# Both servers must give the same answer, or the comparison means nothing.
start_dotnet; wait_ready "http://127.0.0.1:$dotnet_port/graphql"; dotnet_pid=$server_pid
start_node; wait_ready "http://127.0.0.1:$node_port/graphql"
node tests/load/same-response.mjs "http://127.0.0.1:$dotnet_port/graphql" "http://127.0.0.1:$node_port/graphql" "$body"
stop_server; server_pid=$dotnet_pid; stop_server

measure() { # name start-function url
  "$2"; wait_ready "$3"
  GRAPHQL_BODY_FILE="$body" wrk -t2 -c"$connections" -d"${warmup}s" -s tests/load/graphql-post.lua "$3" >/dev/null
  GRAPHQL_BODY_FILE="$body" wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s tests/load/graphql-post.lua "$3" \
    | grep '^RESULT' | sed "s/^RESULT/$1/" >> "$work/results"
  stop_server
}
measure dotnet start_dotnet "http://127.0.0.1:$dotnet_port/graphql"
measure graphql-js start_node "http://127.0.0.1:$node_port/graphql"

awk -v duration="$duration" -v connections="$connections" '
  { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[$1, kv[1]] = kv[2] } names[NR] = $1 }
  END {
    printf "\nquery: tests/load/fixture/query.graphql (cached document), %ss per server after a %ss warm-up, wrk -t2 -c%s, loopback\n\n", duration, 5, connections
    printf "%-12s %12s %10s %10s %10s %8s\n", "server", "requests/s", "p50 ms", "p99 ms", "requests", "errors"
    for (n = 1; n <= NR; n++) { s = names[n]
      printf "%-12s %12.0f %10.2f %10.2f %10d %8d\n", s, v[s, "rps"], v[s, "p50_ms"], v[s, "p99_ms"], v[s, "requests"], v[s, "errors"] }
    printf "\nthroughput ratio dotnet / graphql-js: %.2fx (target >= 2x)\n", v["dotnet", "rps"] / v["graphql-js", "rps"]
  }' "$work/results" | tee "$work/table"
mkdir -p artifacts
{ echo "build/bench-graphql.sh $duration $connections, DOTNET_gcServer=${DOTNET_gcServer:-1}, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average before: $load_before"; cat "$work/table"; } > artifacts/bench-graphql.txt
