#!/usr/bin/env bash
# Approves the API's response snapshots: reruns the API tests with UPDATE_SNAPSHOTS=1, under which Snapshooter writes
# every tests/MemberInsights.Api.Tests/__snapshots__/<name>.json anew from the current responses (any other run fails on
# a missing or different snapshot and writes the response to __snapshots__/__mismatch__/). Review the diff before committing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash build/ensure-node-modules.sh
UPDATE_SNAPSHOTS=1 dotnet test tests/MemberInsights.Api.Tests -c Release "$@"
git status --short tests/MemberInsights.Api.Tests/__snapshots__
