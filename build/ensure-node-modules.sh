#!/usr/bin/env bash
# Installs the pinned npm packages (package-lock.json) when they are missing or stale.
# Called by the build (Directory.Build.targets) and by the run/test scripts; safe to run in parallel.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stamp="$root/node_modules/.install-stamp"
lock="$root/package-lock.json"

up_to_date() { [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(sha256sum "$lock" | cut -d' ' -f1)" ]; }

up_to_date && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm is required to install the embedded ClickHouse engine (chDB) and tooling; install Node.js 20+ and npm." >&2
  exit 1
fi
exec 9>"$root/.npm-install.lock"
flock 9
up_to_date && exit 0
echo "Installing pinned npm packages (chDB engine, graphql-js, explorer) with npm ci..."
(cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
sha256sum "$lock" | cut -d' ' -f1 > "$stamp"
