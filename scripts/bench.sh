#!/usr/bin/env bash
# Benchmark Dossier (and Hugo with --hugo) on synthetic dossiers; see scripts/bench.py for options.
# Example: scripts/bench.sh --sizes 1000 10000 --runs 3 --hugo
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
command -v /usr/bin/time >/dev/null || { apt-get install -y -q time >&2; }
swift build -c release --product dossier >&2
exec python3 scripts/bench.py "$@"
