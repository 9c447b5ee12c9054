#!/usr/bin/env bash
# Runs every test project and prints the totals as the last line: "N passed, N failed, N skipped".
# Installs what the tests need first: the pinned npm packages (chDB engine, graphql-js, explorer,
# playwright-core) and Debian's Chromium for the explorer check.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash build/ensure-node-modules.sh || exit 1
bash build/ensure-chromium.sh || exit 1

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
log="$results/dotnet-test.log"

dotnet test MemberInsights.GraphQL.sln --configuration Release \
  --logger "trx" --results-directory "$results" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test project writes one TRX file; its <Counters> element holds that project's totals.
passed=0; failed=0; skipped=0; projects=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  p=$(get passed); f=$(get failed); e=$(get error); t=$(get total); x=$(get executed)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${t:-0} - ${x:-0})); projects=$((projects + 1))
done
expected=$(ls -d tests/*.Tests 2>/dev/null | wc -l)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any test could report: count it as a failure.
  failed=1
fi
if [ "$projects" -lt "$expected" ]; then
  echo "only $projects of $expected test projects reported results" >&2
  [ "$failed" -eq 0 ] && failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
