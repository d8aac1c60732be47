#!/usr/bin/env bash
# Runs every test of the project (installing libcmark-dev first when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift test "$@"
