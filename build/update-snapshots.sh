#!/usr/bin/env bash
# Approves the API's response snapshots: reruns the API tests with UPDATE_SNAPSHOTS=1, which writes every
# tests/MemberInsights.Api.Tests/Snapshots/<name>.json from the current responses. Review the diff before committing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash build/ensure-node-modules.sh
UPDATE_SNAPSHOTS=1 dotnet test tests/MemberInsights.Api.Tests -c Release "$@"
git status --short tests/MemberInsights.Api.Tests/Snapshots
