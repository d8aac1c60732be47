#!/usr/bin/env bash
# Validates the open data files of a built site (public/data/ unless given another folder) with
# Frictionless (https://framework.frictionlessdata.io/): datapackage.json and every file it lists,
# events.csv against its schema. Installs frictionless into .build/frictionless-venv when missing.
# Usage: scripts/check-open-data.sh [path/to/public/data]
# Not part of CI: run it after scripts/build.sh when changing the data files.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-public/data}"
if [ ! -f "$data/datapackage.json" ]; then
  echo "no $data/datapackage.json: build the site first (scripts/build.sh)" >&2
  exit 2
fi
venv=.build/frictionless-venv
if [ ! -x "$venv/bin/frictionless" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet frictionless
fi
"$venv/bin/frictionless" validate "$data/datapackage.json"
