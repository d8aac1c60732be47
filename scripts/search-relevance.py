#!/usr/bin/env python3
"""Search relevance: Dossier's search page beside Pagefind on the built sample dossier.

Builds the repository's sample (content/) with the `dossier` binary (--binary, default
.build/release/dossier) into WORK/site, indexes that same site with Pagefind into WORK/pagefind,
and runs every query of Tests/sample-queries.json (the list FullTextIndexTests checks) in headless
Chromium over http, on both:

  Dossier    search/index.html?q=QUERY&kind=KIND, the results as the page lists them;
  Pagefind   its search() and the first 50 results' data(), their URLs in its order.

For each query it reports the rank of the page a reader expects first (`first`) among the results
of its kind (entities/, places/, articles/ or the top-level pages: Pagefind has no kinds, so its
results are filtered by URL the same way), and whether it was found at all. The summary gives, per
engine, how many expected pages came first, how many were in the top three, and the mean
reciprocal rank. Exits 1 when Dossier ranks fewer expected pages first than Pagefind.

Usage: scripts/search-relevance.py [--binary PATH] [--work /tmp/dossier-relevance] [--json out.json]
Needs what scripts/search-bench.py needs: selenium, chromium, chromium-driver, pagefind-bin.
"""
import argparse
import importlib.util
import json
import os
import shutil
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUERIES = os.path.join(ROOT, "Tests", "sample-queries.json")
FOLDERS = {"e": "entities/", "p": "places/", "a": "articles/"}
KIND_NAMES = {"e": "entities", "p": "places", "a": "articles", "g": "pages"}
PAGEFIND_RESULTS = 50


def load_bench():
    """scripts/search-bench.py as a module: its server, browser and Pagefind page."""
    spec = importlib.util.spec_from_file_location("search_bench", os.path.join(ROOT, "scripts", "search-bench.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def of_kind(url, kind):
    """Whether the site-relative `url` is a page of `kind`."""
    if kind in FOLDERS:
        return url.startswith(FOLDERS[kind])
    parts = url.split("/")
    return len(parts) == 2 and parts[0] not in ("tags", "timeline", "search", "ru") and parts[1] == "index.html"


def site_relative(href, page):
    """`href` as written on `page` (site-relative), made site-relative and ending in index.html."""
    path = urllib.parse.urlsplit(urllib.parse.urljoin("http://x/" + page, href)).path.lstrip("/")
    return path + "index.html" if path.endswith("/") or not path else path


def rank(urls, kind, expected):
    """The 1-based rank of `expected` among `urls` of `kind`, or None."""
    mine = [u for u in urls if of_kind(u, kind)]
    return mine.index(expected) + 1 if expected in mine else None, mine[:3]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "dossier"))
    parser.add_argument("--work", default="/tmp/dossier-relevance")
    parser.add_argument("--json")
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    bench = load_bench()
    with open(QUERIES, encoding="utf-8") as handle:
        queries = json.load(handle)["queries"]

    site = os.path.join(args.work, "site")
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    bench.run([args.binary, "build", ROOT, "--output", site, "--force"], 300, "dossier build")
    folder = os.path.join(args.work, "pagefind-site")
    os.makedirs(folder)
    command = bench.pagefind_command(None) + ["--site", site, "--output-path", os.path.join(folder, "pagefind")]
    bench.run(command, 300, "pagefind")
    with open(os.path.join(folder, "pagefind-bench.html"), "w", encoding="utf-8") as handle:
        handle.write(bench.PAGEFIND_PAGE % {"shown": PAGEFIND_RESULTS})

    results = []
    dossier_server, dossier_base, _ = bench.serve(site)
    pagefind_server, pagefind_base, _ = bench.serve(folder)
    driver = bench.browser()
    try:
        for item in queries:
            query, kind, expected = item["query"], item["kind"], item["first"]
            driver.get(dossier_base + "search/index.html?q=" + urllib.parse.quote(query) + "&kind=" + KIND_NAMES[kind])
            bench.wait_done(driver, query, args.timeout, "dossier")
            shown = [site_relative(h, "search/index.html") for h in bench.page_result(driver, "dossier")["urls"]]
            driver.get(pagefind_base + "pagefind-bench.html?q=" + urllib.parse.quote(query))
            bench.wait_done(driver, query, args.timeout, "pagefind")
            found = [site_relative(u, "") for u in bench.page_result(driver, "pagefind")["urls"]]
            dossier_rank, dossier_top = rank(shown, kind, expected)
            pagefind_rank, pagefind_top = rank(found, kind, expected)
            results.append({"query": query, "kind": kind, "first": expected, "dossier": dossier_rank,
                            "pagefind": pagefind_rank, "dossier_top": dossier_top, "pagefind_top": pagefind_top})
            print(f"# {query!r} ({kind}): Dossier {dossier_rank}, Pagefind {pagefind_rank}", file=sys.stderr)
    finally:
        driver.quit()
        for server in (dossier_server, pagefind_server):
            server.shutdown()
            server.server_close()

    def shown_rank(value):
        return "—" if value is None else str(value)

    print("| query | kind | expected first | Dossier rank | Pagefind rank | Pagefind's first of the kind |")
    print("|---|---|---|---|---|---|")
    for r in results:
        top = r["pagefind_top"][0] if r["pagefind_top"] else "nothing"
        print(f"| `{r['query']}` | {r['kind']} | {r['first'].replace('/index.html', '')} | {shown_rank(r['dossier'])} "
              f"| {shown_rank(r['pagefind'])} | {top.replace('/index.html', '')} |")
    totals = {}
    for engine in ("dossier", "pagefind"):
        ranks = [r[engine] for r in results]
        totals[engine] = {"first": sum(1 for x in ranks if x == 1), "top3": sum(1 for x in ranks if x and x <= 3),
                          "mrr": round(sum(1 / x for x in ranks if x) / len(ranks), 3)}
    print()
    for engine, name in (("dossier", "Dossier"), ("pagefind", "Pagefind")):
        t = totals[engine]
        print(f"{name}: first {t['first']} of {len(results)}, top three {t['top3']}, mean reciprocal rank {t['mrr']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"results": results, "totals": totals}, handle, indent=1, ensure_ascii=False)
    return 1 if totals["dossier"]["first"] < totals["pagefind"]["first"] else 0


if __name__ == "__main__":
    sys.exit(main())
