#!/usr/bin/env bash
# Builds Dossier in release mode and installs the `dossier` command (installing libcmark-dev first
# when it is missing). Usage: scripts/install.sh [PREFIX]; the default PREFIX is ~/.local, so the
# command goes to ~/.local/bin/dossier.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
prefix="${1:-$HOME/.local}"
swift build -c release --product dossier >&2
mkdir -p "$prefix/bin"
install -m 755 .build/release/dossier "$prefix/bin/dossier"
echo "Installed $prefix/bin/dossier ($("$prefix/bin/dossier" --version))"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to your PATH: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
