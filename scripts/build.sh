#!/usr/bin/env bash
# Builds a dossier into a static site: by default the sample dossier of this repository into public/.
# Usage: scripts/build.sh [dossier build arguments], e.g. scripts/build.sh --strict, or scripts/build.sh path/to/dossier
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --product dossier >&2
exec .build/release/dossier build "$@"
