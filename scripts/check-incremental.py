#!/usr/bin/env python3
"""Checks incremental builds against clean builds on a large dossier.

Copies DOSSIER to a scratch folder, builds it, then makes EDITS random edits (a body, a title, a
date, a summary, an article's entities, places or tags, an entity's role, a place's coordinates,
an article removed). After each edit it rebuilds (pages whose fingerprint did not change are kept,
not rendered) and builds the same dossier from nothing into another folder; the two sites must be
identical. Prints one line per edit with the build summary and `same` or the differing files.

Usage: scripts/check-incremental.py DOSSIER [SEED] [EDITS]
  DOSSIER  a dossier folder, for example one made by ../shared/bench/gen_corpus.py
  SEED     for the random edits (default 1); EDITS how many (default 12)
Needs the release binary (swift build -c release --product dossier). Exits 1 at the first difference.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOSSIER = os.path.join(ROOT, ".build", "release", "dossier")


def files(work, kind):
    found = []
    for base, _, names in os.walk(os.path.join(work, "content", kind)):
        found += [os.path.join(base, name) for name in names if name.endswith(".md")]
    return sorted(found)


def set_field(path, key, value):
    """Replaces the front-matter line `key: …` of `path`, or adds it before the closing `---`."""
    lines = open(path, encoding="utf-8").read().split("\n")
    for index, line in enumerate(lines[1:], 1):
        if line == "---":
            lines.insert(index, f"{key}: {value}")
            break
        if line.startswith(key + ":"):
            lines[index] = f"{key}: {value}"
            break
    open(path, "w", encoding="utf-8").write("\n".join(lines))


def build(work, output):
    result = subprocess.run([DOSSIER, "build", work, "--output", output], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stderr[-2000:])
    return result.stderr.strip().splitlines()[-1]


def edit(work, rng, number):
    """One random edit; returns what it did."""
    article = rng.choice(files(work, "articles"))
    entities = [os.path.basename(path)[:-3] for path in files(work, "entities")]
    places = [os.path.basename(path)[:-3] for path in files(work, "places")]
    kind = rng.choice(["body", "title", "date", "summary", "entities", "places", "tags", "role", "coordinates", "remove"])
    if kind == "body":
        open(article, "a", encoding="utf-8").write(f"\n\nEdit {number}.\n")
    elif kind == "title":
        set_field(article, "title", f"Edited title {number}")
    elif kind == "date":
        set_field(article, "date", f"{rng.randint(1985, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
    elif kind == "summary":
        set_field(article, "summary", f"Summary {number}")
    elif kind == "entities":
        set_field(article, "entities", "[" + ", ".join(rng.sample(entities, 3)) + "]")
    elif kind == "places":
        set_field(article, "places", "[" + ", ".join(rng.sample(places, 2)) + "]")
    elif kind == "tags":
        set_field(article, "tags", f"[tag-{number}, water]")
    elif kind == "role":
        set_field(rng.choice(files(work, "entities")), "role", f"Role {number}")
    elif kind == "coordinates":
        set_field(rng.choice(files(work, "places")), "coordinates", f"[{rng.uniform(38, 42):.2f}, {rng.uniform(44, 48):.2f}]")
    else:
        os.remove(article)
    return f"{kind} ({os.path.basename(article)})" if kind not in ("role", "coordinates") else kind


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    scratch = tempfile.mkdtemp(prefix="dossier-incremental-")
    try:
        work = os.path.join(scratch, "dossier")
        shutil.copytree(sys.argv[1], work)
        site, clean = os.path.join(scratch, "site"), os.path.join(scratch, "clean")
        build(work, site)
        rng = random.Random(seed)
        for number in range(edits):
            what = edit(work, rng, number)
            summary = build(work, site)
            shutil.rmtree(clean, ignore_errors=True)
            build(work, clean)
            diff = subprocess.run(["diff", "-rq", site, clean], capture_output=True, text=True)
            print(f"{number}: {what}: {summary.split(' in ')[-1]} {'same' if not diff.stdout else 'DIFFERENT'}")
            if diff.stdout:
                print(diff.stdout[:2000])
                sys.exit(1)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
