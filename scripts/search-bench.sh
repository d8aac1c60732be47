#!/usr/bin/env bash
# Search benchmark: Dossier's full-text index and Pagefind's on the same synthetic dossier, in headless
# Chromium; see scripts/search-bench.py for what it measures and its options.
# Example: scripts/search-bench.sh --sizes 10000 100000 --json search-bench.json
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver ..." >&2
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver >&2
fi
if ! python3 -c "import selenium" 2>/dev/null; then
  echo "Installing selenium ..." >&2
  python3 -m pip install -q selenium >&2
fi
if ! python3 -c "import pagefind_bin" 2>/dev/null && ! command -v pagefind >/dev/null 2>&1; then
  echo "Installing Pagefind (pagefind-bin) ..." >&2
  python3 -m pip install -q pagefind-bin >&2
fi
swift build -c release --product dossier >&2
exec python3 scripts/search-bench.py "$@"
