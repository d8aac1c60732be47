#!/usr/bin/env bash
# Installs the system packages Dossier needs when they are missing: cmark (libcmark-dev) and pkg-config.
set -euo pipefail
if pkg-config --exists libcmark 2>/dev/null && [ -f /usr/include/cmark.h ]; then
  exit 0
fi
echo "Installing libcmark-dev (the CommonMark C library) ..." >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -q >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q libcmark-dev pkg-config >&2
