#!/usr/bin/env bash
# Install what the tests need (Python packages, Debian's Chromium) and run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
fi
python -m pip install -q -r requirements-dev.txt
python -m geocoding build
python -m pytest "$@"
