#!/usr/bin/env bash
# Loader benchmark: loads a preset (default: large, 200,000 members over 90 days) into a fresh temporary
# embedded data directory, end to end (generate + RowBinary insert + every materialized view + checks), and
# prints events/s, MB/s (RowBinary bytes inserted) and the process's peak RSS (VmHWM from /proc/self/status).
#   build/bench-loader.sh                 # large
#   build/bench-loader.sh demo            # the default data set (must load from empty in < 60 s)
#   build/bench-loader.sh large --seed 7  # extra arguments go to `load`
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
preset="${1:-large}"
shift || true
bash build/ensure-node-modules.sh
dotnet build src/MemberInsights.Loader -c Release -v q -nologo >/dev/null
data="$(mktemp -d "${TMPDIR:-/tmp}/mi-bench-loader-XXXXXX")"
log="$data.log"
trap 'rm -rf "$data" "$log"' EXIT
echo "Loading preset '$preset' into $data (load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
start=$(date +%s.%N)
dotnet src/MemberInsights.Loader/bin/Release/net10.0/MemberInsights.Loader.dll load --preset "$preset" --data-path "$data" "$@" | tee "$log"
end=$(date +%s.%N)
echo
echo "== loader benchmark: preset $preset =="
grep -E "Loaded [0-9,]+ events" "$log" | sed -E 's/^.*INF //'
printf 'process wall time including start-up: %.1f s\n' "$(echo "$end - $start" | bc)"
echo "data on disk: $(du -sh "$data" | cut -f1)"
