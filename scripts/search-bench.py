#!/usr/bin/env python3
"""Search benchmark: Dossier's full-text search index, and Pagefind's on the same built site.

For each size (--sizes, default 10000) it generates a deterministic synthetic dossier with
../shared/bench/gen_corpus.py (reused when the folder already holds one, under --work, by default
/tmp/dossier-bench, the folder scripts/bench.py uses), builds it with the `dossier` binary
(--binary, default .build/release/dossier) into WORK/SIZE/search-site, and measures:

  index             bytes and files under public/search/ (the search page itself, search/index.html,
                    left out), the largest file, and how many files are over 64 KB. The same for
                    Pagefind's pagefind/ folder (all of it: index, fragments, its JS and wasm),
                    built by Pagefind from the same HTML into WORK/SIZE/pagefind-site/pagefind/
                    (Dossier's output is not touched).
  bytes per query   each query opens a FRESH headless Chromium (a new profile: empty cache) at
                    search/index.html?q=QUERY over http (http.server on 127.0.0.1, a free port) and
                    waits for the results; every file the server was asked for meanwhile counts at
                    its size on disk. (The server's log, not the page's
                    performance.getEntriesByType('resource'): that misses the requests of
                    Pagefind's web worker; the page's own count is in the JSON as seen_by_page.)
                    "index" bytes: Dossier's files under search/, Pagefind's under pagefind/ other
                    than its JS, CSS and wasm; "all": with the scripts (Dossier: assets/*.js;
                    Pagefind: its JS and wasm). "gzipped": the same files as a compressing server
                    would send them (each gzipped at level 6, or its size on disk when smaller:
                    Pagefind's index files are compressed already, Dossier's are plain JavaScript).
  follow-up bytes   the first query, then in the same page each other query typed in: the bytes
                    that second query loaded on top of the first one's (median over the queries).
  query time        Dossier: the page's data-search-ms (time spent ranking once the shards it
                    needs have loaded; any other data-search-*-ms attribute goes to the JSON).
                    Pagefind: the search() call after init() (which fetches the index chunks the
                    query needs), and the same search() again with its chunks loaded (the ranking
                    alone, the figure to set beside Dossier's).
  ready             from navigation start to the results shown, on this machine over loopback.

Dossier's page is done when #search-results has data-search-done equal to the query. Pagefind is
measured on a small page written beside its index (pagefind-bench.html): import pagefind.js,
init(), search(q), then data() of the first 12 results, as many as Dossier's page shows text
results for (Pagefind's own UI loads about 5 at first, then more as one scrolls).

The queries: "ceasefire" first (the corpus's commonest topic, in titles, tags and most bodies),
then words of the generator's vocabulary (a body noun, a two-word query, a prefix as typed) and
two names taken from the corpus (the first person's surname, the first city): --queries replaces
them. "first query" is the first of them; "typical" is the median over the others.

Prints a Markdown table per size (KB: 1,024 bytes, as in the 64 KB limit) and, with --json PATH,
writes every measurement as JSON.

Usage: scripts/search-bench.sh [--sizes 10000 100000] [--binary PATH] [--json out.json]
       [--work /tmp/dossier-bench] [--queries Q ...] [--pagefind PATH] [--pagefind-glob GLOB]
       [--no-pagefind]
Needs selenium (pip install selenium), Debian's chromium and chromium-driver (CHROMIUM and
CHROMEDRIVER override their paths) and, for Pagefind, pip install pagefind-bin.
"""
import argparse
import functools
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_GENERATOR = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))
DEFAULT_BINARY = os.path.join(ROOT, ".build", "release", "dossier")
LIMIT = 64 * 1024
SHOWN = 12  # text results Dossier's search page shows, and the Pagefind results whose data() is loaded

# Runs before any script of a page: room for every resource entry, and the time the results appear.
BEFORE_PAGE = """
performance.setResourceTimingBufferSize(100000);
new MutationObserver(function () {
  var box = document.getElementById("search-results");
  if (box && box.hasAttribute("data-search-done") && window.__searchReadyAt === undefined) window.__searchReadyAt = performance.now();
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-search-done"]});
"""

PAGEFIND_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind benchmark</title></head>
<body><div id="search-results"></div>
<script type="module">
const box = document.getElementById("search-results");
async function measure(q) {
  const t0 = performance.now();
  const found = await pf.search(q);
  const t1 = performance.now();
  const data = await Promise.all(found.results.slice(0, %(shown)d).map((r) => r.data()));
  const t2 = performance.now();
  await pf.search(q);
  const t3 = performance.now();
  return {search_ms: t1 - t0, data_ms: t2 - t1, again_ms: t3 - t2, total: found.results.length,
          urls: data.map((d) => d.url)};
}
function finish(q, result) {
  box.setAttribute("data-result", JSON.stringify(result));
  box.setAttribute("data-search-done", q);
}
let pf;
window.benchSearch = (q) => measure(q).then((r) => finish(q, r), (e) => finish(q, {error: String(e)}));
try {
  pf = await import("./pagefind/pagefind.js");
  await pf.init();
  await window.benchSearch(new URLSearchParams(location.search).get("q") || "");
} catch (e) {
  finish(new URLSearchParams(location.search).get("q") || "", {error: String(e)});
}
</script></body></html>
"""

RESOURCES = "return performance.getEntriesByType('resource').map(function (e) { return e.name; });"


def fail(message):
    sys.exit(f"search-bench: {message}")


# ---------------------------------------------------------------------------------------------
# Corpus, build, Pagefind


def generate(generator, size, folder):
    """Generates the corpus once; a folder that already holds one is reused (as scripts/bench.py does)."""
    if os.path.isdir(folder) and os.listdir(folder):
        return
    print(f"# generating {size} articles into {folder}", file=sys.stderr)
    subprocess.run([sys.executable, generator, "--articles", str(size), "--out", folder, "--format", "dossier",
                    "--force", "--quiet"], check=True)


def run(command, timeout, what):
    """Runs command; returns (seconds, stdout + stderr). Exits with its output's end on failure."""
    start = time.monotonic()
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        fail(f"{what} took over {timeout} s: {' '.join(command)}")
    if result.returncode != 0:
        fail(f"{what} failed ({result.returncode}): {' '.join(command)}\n{(result.stdout + result.stderr)[-2000:]}")
    return time.monotonic() - start, result.stdout + result.stderr


def pagefind_command(explicit):
    """The Pagefind executable: --pagefind, `pagefind` on PATH, or the one pagefind-bin installs."""
    if explicit:
        return [explicit]
    if shutil.which("pagefind"):
        return [shutil.which("pagefind")]
    try:
        import pagefind_bin  # noqa: PLC0415 - optional: only when Pagefind is measured
    except ImportError:
        fail("no Pagefind: pip install pagefind-bin (or --pagefind PATH, or --no-pagefind)")
    return [str(pagefind_bin.get_executable())]


def tree_stats(folder, skip=(), classify=None):
    """Bytes, files, the largest file and the files over 64 KB under `folder` (paths in `skip` left
    out); with `classify` (a path under `folder` to "index", "script" or None), the largest index file."""
    total, count, largest, largest_index, over = 0, 0, ("", 0), ("", 0), []
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(base, name)
            relative = os.path.relpath(path, folder)
            if relative in skip:
                continue
            size = os.lstat(path).st_size
            total += size
            count += 1
            if size > largest[1]:
                largest = (relative, size)
            if classify and classify(relative) == "index" and size > largest_index[1]:
                largest_index = (relative, size)
            if size > LIMIT:
                over.append(relative)
    return {"bytes": total, "files": count, "largest": largest[0], "largest_bytes": largest[1],
            "largest_index": largest_index[0], "largest_index_bytes": largest_index[1],
            "over_64k": len(over), "over_64k_examples": over[:5]}


def pick_queries(corpus):
    """Words the generated corpus has: its vocabulary, and a person's and a city's name from it."""
    def first_name(folder, kind):
        for name in sorted(os.listdir(os.path.join(corpus, "content", folder))):
            with open(os.path.join(corpus, "content", folder, name), encoding="utf-8") as handle:
                head = handle.read(2000)
            if re.search(rf"^type: {kind}$", head, re.M):
                return re.search(r"^name: (.+)$", head, re.M).group(1).strip().strip('"')
        fail(f"no {kind} in {corpus}/content/{folder}")

    surname = first_name("entities", "person").split()[-1]
    city = first_name("places", "city")
    return ["ceasefire", "pipeline", "humanitarian convoy", "negot", surname.lower(), city]


# ---------------------------------------------------------------------------------------------
# Browser


class LoggingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files and notes each path asked for in `requests` (the page's and its workers' alike)."""

    def __init__(self, *args, requests, **kwargs):
        self.requests = requests
        super().__init__(*args, **kwargs)

    def do_GET(self):  # noqa: N802 - the standard library's name
        self.requests.append(urllib.parse.unquote(urllib.parse.urlsplit(self.path).path))
        super().do_GET()

    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        pass


def serve(folder):
    """http.server on 127.0.0.1 at a free port, in a thread; returns (server, base URL, the paths requested)."""
    requests = []
    handler = functools.partial(LoggingHandler, directory=folder, requests=requests)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/", requests


def browser():
    """A new headless Chromium with a new profile (so an empty cache)."""
    from selenium import webdriver  # noqa: PLC0415 - imported late so --help works without selenium
    from selenium.webdriver.chrome.service import Service  # noqa: PLC0415

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--lang=en", "--disable-extensions", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
    driver.set_page_load_timeout(120)
    driver.set_script_timeout(120)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": BEFORE_PAGE})
    return driver


def wait_done(driver, query, timeout, what):
    """Waits until #search-results says it is done with `query`."""
    from selenium.common.exceptions import TimeoutException  # noqa: PLC0415
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    script = "var b = document.getElementById('search-results'); return b && b.getAttribute('data-search-done');"
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: d.execute_script(script) == query)
    except TimeoutException:
        fail(f"{what}: no results for {query!r} after {timeout} s at {driver.current_url}")


class Sizes:
    """Sizes on disk and gzipped of the files under `folder` that a page asked for."""

    def __init__(self, folder):
        self.folder, self.gzipped = folder, {}

    def sizes(self, relative):
        path = os.path.join(self.folder, relative)
        if relative not in self.gzipped:
            with open(path, "rb") as handle:
                data = handle.read()
            self.gzipped[relative] = min(len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))
        return os.path.getsize(path), self.gzipped[relative]

    def tally(self, paths, classify):
        """Bytes of the search files among the requested `paths`: {index, all, all_gzip, requests, files}."""
        out = {"index": 0, "all": 0, "all_gzip": 0, "requests": 0, "files": []}
        for path in paths:
            relative = path.lstrip("/")
            kind = classify(relative)
            if not kind or not os.path.isfile(os.path.join(self.folder, relative)):
                continue
            size, packed = self.sizes(relative)
            out["all"] += size
            out["all_gzip"] += packed
            out["requests"] += 1
            if kind == "index":
                out["index"] += size
            out["files"].append([relative, size])
        return out


def dossier_kind(relative):
    if relative.startswith("search/") and not relative.endswith(".html"):
        return "index"
    if relative.startswith("assets/") and relative.endswith(".js"):
        return "script"
    return None


def pagefind_kind(relative):
    if not relative.startswith("pagefind/"):
        return None
    name = os.path.basename(relative)
    return "script" if name.endswith((".js", ".css")) or "wasm" in name else "index"


def measure_query(engine, folder, base, requests, page, query, follow, timeout):
    """One fresh browser: `page`?q=query, then (with `follow`) each follow-up query typed in.

    The bytes are those of the files the server was asked for: Pagefind fetches its index from a
    web worker, whose requests the page's performance.getEntriesByType('resource') does not list
    (its count of search files is kept as `seen_by_page`, for comparison)."""
    driver = browser()
    sizes = Sizes(folder)
    classify = dossier_kind if engine == "dossier" else pagefind_kind
    try:
        del requests[:]
        driver.get(base + page + "?q=" + urllib.parse.quote(query))
        wait_done(driver, query, timeout, engine)
        result = sizes.tally(list(requests), classify)
        result["query"] = query
        result["seen_by_page"] = sizes.tally(page_resources(driver, base), classify)["requests"]
        result["ready_ms"] = driver.execute_script("return window.__searchReadyAt;")
        result.update(page_result(driver, engine))
        followed = []
        for other in follow:
            before = len(requests)
            if engine == "dossier":
                driver.execute_script("var i = document.getElementById('search-input'); i.value = arguments[0];"
                                      "i.dispatchEvent(new Event('input'));", other)
            else:
                driver.execute_script("window.benchSearch(arguments[0]);", other)
            wait_done(driver, other, timeout, engine)
            extra = sizes.tally(requests[before:], classify)
            extra["query"] = other
            extra.update(page_result(driver, engine))
            followed.append(extra)
        result["follow_ups"] = followed
        return result
    finally:
        driver.quit()


def page_resources(driver, base):
    """The paths of the resources the page itself lists in its resource timing."""
    urls = driver.execute_script(RESOURCES)
    return [urllib.parse.unquote(urllib.parse.urlsplit(u).path) for u in urls if u.startswith(base)]


def page_result(driver, engine):
    """Query time and results as the page reports them."""
    if engine == "dossier":
        return driver.execute_script(
            "var b = document.getElementById('search-results');"
            "var timings = {};"
            "Array.from(b.attributes).forEach(function (a) {"
            "  if (/^data-search-.*ms$/.test(a.name)) timings[a.name] = parseFloat(a.value); });"
            "return {query_ms: parseFloat(b.getAttribute('data-search-ms')), timings: timings,"
            " status: (document.getElementById('search-status') || {}).textContent,"
            " urls: Array.from(b.querySelectorAll('li a.result')).map(function (a) {"
            "   return a.getAttribute('href'); })};")
    result = json.loads(driver.execute_script("return document.getElementById('search-results').getAttribute('data-result');"))
    if "error" in result:
        fail(f"pagefind page: {result['error']}")
    return {"query_ms": result["search_ms"], "query_again_ms": result["again_ms"], "data_ms": result["data_ms"],
            "total": result["total"], "urls": result["urls"]}


def measure_engine(engine, folder, page, queries, timeout):
    """Every query in a fresh browser, and the follow-ups after the first query."""
    server, base, requests = serve(folder)
    try:
        runs = []
        for query in queries:
            runs.append(measure_query(engine, folder, base, requests, page, query, [], timeout))
            print(f"#   {engine} {query!r}: {runs[-1]['all']} B, {len(runs[-1]['urls'])} shown", file=sys.stderr)
        first = measure_query(engine, folder, base, requests, page, queries[0], queries[1:], timeout)
        return {"queries": runs, "follow_ups": first["follow_ups"]}
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------------------------------------
# One size


def run_size(args, size):
    corpus = os.path.join(args.work, str(size), "dossier")
    generate(args.generator, size, corpus)
    site = os.path.join(args.work, str(size), "search-site")
    print(f"# building {corpus} into {site}", file=sys.stderr)
    build_s, _ = run([args.binary, "build", corpus, "--output", site, "--force"], args.build_timeout, "dossier build")
    if not os.path.isfile(os.path.join(site, "search", "index.html")):
        fail(f"{site} has no search/index.html")
    queries = args.queries or pick_queries(corpus)
    report = {"size": size, "corpus": corpus, "site": site, "build_s": round(build_s, 1), "queries": queries,
              "site_stats": tree_stats(site)}
    report["dossier"] = {"index": tree_stats(os.path.join(site, "search"), skip={"index.html"},
                                             classify=lambda path: dossier_kind("search/" + path))}
    report["dossier"].update(measure_engine("dossier", site, "search/index.html", queries, args.timeout))
    if not args.no_pagefind:
        report["pagefind"] = run_pagefind(args, size, site, queries)
    return report


def run_pagefind(args, size, site, queries):
    """Pagefind's index of `site` beside it (WORK/SIZE/pagefind-site/pagefind), and its queries."""
    folder = os.path.join(args.work, str(size), "pagefind-site")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    command = pagefind_command(args.pagefind) + ["--site", site, "--output-path", os.path.join(folder, "pagefind")]
    if args.pagefind_glob:
        command += ["--glob", args.pagefind_glob]
    print(f"# pagefind: {' '.join(command)}", file=sys.stderr)
    seconds, output = run(command, args.build_timeout, "pagefind")
    indexed = re.search(r"Indexed (\d+) pages?", output)
    version = subprocess.run(command[:1] + ["--version"], capture_output=True, text=True).stdout.strip()
    with open(os.path.join(folder, "pagefind-bench.html"), "w", encoding="utf-8") as handle:
        handle.write(PAGEFIND_PAGE % {"shown": SHOWN})
    result = {"version": version, "glob": args.pagefind_glob, "index_s": round(seconds, 1), "pages": int(indexed.group(1)) if indexed else None,
              "index": tree_stats(os.path.join(folder, "pagefind"),
                                        classify=lambda path: pagefind_kind("pagefind/" + path))}
    result.update(measure_engine("pagefind", folder, "pagefind-bench.html", queries, args.timeout))
    return result


# ---------------------------------------------------------------------------------------------
# Report


def kb(value):
    return f"{value / 1024:,.1f} KB" if value < 1024 * 1024 else f"{value / 1024 / 1024:,.2f} MB"


def median(values):
    return statistics.median(values) if values else 0


def summary(engine):
    """The table's figures for one engine's measurements."""
    runs, follow = engine["queries"], engine["follow_ups"]
    typical = runs[1:] or runs
    ms = [r["query_ms"] for r in runs]
    out = {
        "first_index": runs[0]["index"], "first_all": runs[0]["all"], "first_gzip": runs[0]["all_gzip"],
        "first_requests": runs[0]["requests"],
        "typical_index": median([r["index"] for r in typical]), "typical_all": median([r["all"] for r in typical]),
        "typical_gzip": median([r["all_gzip"] for r in typical]),
        "follow_index": median([r["index"] for r in follow]), "follow_all": median([r["all"] for r in follow]),
        "largest_loaded": max(size for r in runs for _, size in r["files"]),
        "query_ms": median(ms), "query_ms_max": max(ms),
        "follow_ms": median([r["query_ms"] for r in follow]),
        "first_by_folder": by_folder(runs[0]["files"]),
        "parts_ms": {name: median([r["timings"][name] for r in runs if name in r.get("timings", {})])
                     for name in sorted({n for r in runs for n in r.get("timings", {})} - {"data-search-ms"})},
        "ready_ms": median([r["ready_ms"] for r in runs if r.get("ready_ms") is not None]),
    }
    if "query_again_ms" in runs[0]:
        out["query_again_ms"] = median([r["query_again_ms"] for r in runs])
    return out


def by_folder(files):
    """Bytes of `files` ([path, size]) by the folder each is in, the largest first."""
    folders = {}
    for path, size in files:
        folders[os.path.dirname(path) + "/"] = folders.get(os.path.dirname(path) + "/", 0) + size
    return dict(sorted(folders.items(), key=lambda item: -item[1]))


def table(report):
    engines = [("Dossier", report["dossier"])] + ([("Pagefind", report["pagefind"])] if "pagefind" in report else [])
    sums = [summary(e) for _, e in engines]
    lines = [f"### {report['size']:,} articles ({report['site_stats']['files']:,} files, "
             f"{kb(report['site_stats']['bytes'])} built in {report['build_s']} s)", ""]
    if "pagefind" in report:
        pf = report["pagefind"]
        which = f"the pages matching {pf['glob']}" if pf["glob"] else "every page"
        lines += [f"Pagefind {pf['version'].replace('pagefind ', '')}: {pf['pages']} pages indexed ({which}) "
                  f"in {pf['index_s']} s.", ""]
    lines += [f"Queries: {', '.join(repr(q) for q in report['queries'])} (first: {report['queries'][0]!r}; "
              "typical: median of the others; each in a fresh browser).", ""]
    lines.append("| | " + " | ".join(name for name, _ in engines) + " |")
    lines.append("|---|" + "---|" * len(engines))

    def add(label, cells):
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    add("index size", [kb(e["index"]["bytes"]) for _, e in engines])
    add("index files", [f"{e['index']['files']:,}" for _, e in engines])
    add("largest file", [f"{kb(e['index']['largest_bytes'])} ({e['index']['largest']})" for _, e in engines])
    add("largest index file (no JS, CSS, wasm)",
        [f"{kb(e['index']['largest_index_bytes'])} ({e['index']['largest_index']})" for _, e in engines])
    add("files over 64 KB", [str(e["index"]["over_64k"]) for _, e in engines])
    add("first query: index bytes", [kb(s["first_index"]) for s in sums])
    add("first query: all bytes incl. JS/wasm", [f"{kb(s['first_all'])} ({s['first_requests']} files)" for s in sums])
    add("first query: all, gzipped", [kb(s["first_gzip"]) for s in sums])
    add("first query: by folder", [", ".join(f"{folder} {kb(size)}" for folder, size in s["first_by_folder"].items())
                                   for s in sums])
    add("typical query: index bytes", [kb(s["typical_index"]) for s in sums])
    add("typical query: all bytes incl. JS/wasm", [kb(s["typical_all"]) for s in sums])
    add("typical query: all, gzipped", [kb(s["typical_gzip"]) for s in sums])
    add("next query after the first: bytes added", [kb(s["follow_all"]) for s in sums])
    add("query time, median (max)", [f"{s['query_ms']:.1f} ms ({s['query_ms_max']:.1f})" for s in sums])
    if "pagefind" in report:
        add("query time, index chunks loaded", [f"{sums[0]['query_ms']:.1f} ms", f"{sums[1]['query_again_ms']:.1f} ms"])
    if any(s["parts_ms"] for s in sums):
        add("query time by part (the page's data-search-*-ms), median",
            [", ".join(f"{name[len('data-search-'):-len('-ms')]} {ms:.1f} ms" for name, ms in s["parts_ms"].items()) or "–"
             for s in sums])
    add("next query after the first: query time, median", [f"{s['follow_ms']:.1f} ms" for s in sums])
    add("navigation to results shown, median", [f"{s['ready_ms']:.0f} ms" for s in sums])
    note = "KB: 1,024 bytes. Query time: Dossier's data-search-ms (ranking once its shards are loaded)"
    if "pagefind" in report:
        note += ("; Pagefind's search() after init(), which fetches the chunks the query needs, and then the same "
                 f"search() again, its chunks loaded. Pagefind loads data() of the first {SHOWN} results, as many "
                 "as Dossier shows")
    lines += ["", note + "."]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000])
    parser.add_argument("--binary", default=DEFAULT_BINARY, help="the dossier binary (default .build/release/dossier)")
    parser.add_argument("--work", default="/tmp/dossier-bench", help="corpora and sites, WORK/SIZE/...")
    parser.add_argument("--generator", default=DEFAULT_GENERATOR)
    parser.add_argument("--queries", nargs="+", help="the queries, the first one first (default: chosen from the corpus)")
    parser.add_argument("--json", help="write every measurement to this file")
    parser.add_argument("--pagefind", help="the pagefind executable (default: on PATH, or pagefind-bin's)")
    parser.add_argument("--pagefind-glob", help="Pagefind's --glob: which pages it indexes (default: every page)")
    parser.add_argument("--no-pagefind", action="store_true", help="measure Dossier only")
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for a query's results")
    parser.add_argument("--build-timeout", type=float, default=3600, help="seconds for a build or Pagefind run")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        fail(f"no dossier binary at {args.binary}: swift build -c release --product dossier (scripts/search-bench.sh does)")
    if not os.path.isfile(args.generator):
        fail(f"no corpus generator at {args.generator} (--generator)")
    try:
        import selenium  # noqa: F401, PLC0415 - checked early, used in browser()
    except ImportError:
        fail("no selenium: pip install selenium (scripts/search-bench.sh does)")
    if not args.no_pagefind:
        pagefind_command(args.pagefind)
    reports = []
    for size in args.sizes:
        report = run_size(args, size)
        reports.append(report)
        print(table(report) + "\n", flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"binary": os.path.abspath(args.binary), "cpus": os.cpu_count(),
                       "sizes": [dict(r, summary={k: summary(r[k]) for k in ("dossier", "pagefind") if k in r})
                                 for r in reports]}, handle, indent=1)
        print(f"# wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
