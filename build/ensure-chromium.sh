#!/usr/bin/env bash
# The explorer test drives Debian's Chromium headless (playwright-core cannot download browsers here).
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the headless explorer test..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
else
  echo "error: the explorer test needs Chromium at /usr/bin/chromium: run 'sudo apt-get install chromium'." >&2
  exit 1
fi
