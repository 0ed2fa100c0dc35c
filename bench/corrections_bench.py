"""Corrections: what one `dossier actors merge|split|rename|set-type|drop` costs on a built index.

A correction the user makes is appended to corrections.toml and applied in place to the indexed
records (index/entities/reapply.py); a hand edit of the file makes the next build full. This
script copies a built index (with its annotation cache), makes one correction of each kind to its
most mentioned actors, times each command as a fresh process (imports included: what the user
waits for), then times the full build a hand edit causes, and checks that the index a full build
makes from the same file answers byte for byte alike (`actors`, `quotes`, `search '*'`, --json).

    python bench/corrections_bench.py --corpus DIR --index BUILT_INDEX [--work DIR]

Build the index first (e.g. the BBC corpus: `dossier index build --corpus DIR --index IDX`).
Run it with `nice -n 10` on a shared machine; CPU seconds are steadier than wall ones there.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

from _common import DEFAULT_WORK, dossier_bin, row, run_measured, say


def dossier_json(binary: str, corpus: Path, index: Path, *words: str) -> str:
    return subprocess.run(
        [binary, *words, "--json", "--corpus", str(corpus), "--index", str(index)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--index", type=Path, required=True, help="a built index of --corpus (copied, not changed)")
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK / "corrections")
    args = ap.parse_args()
    binary = dossier_bin()
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    index = work / "index"
    shutil.copytree(args.index, index)
    corpus = args.corpus
    say("a first build records the corrections applied (a full one if the index predates that)")
    run_measured([binary, "index", "build", "--quiet", "--corpus", str(corpus), "--index", str(index)])

    actors = json.loads(dossier_json(binary, corpus, index, "actors", "--limit", "200"))
    people = [a for a in actors if a["type"] == "person" and len(a["aliases"]) >= 2]
    places = [a for a in actors if a["type"] == "place"]
    steps = [
        ("merge", [people[1]["id"], people[2]["id"]]),
        ("split", [people[0]["id"], "--alias", people[0]["aliases"][-1]]),
        ("rename", [people[3]["id"], people[3]["name"] + " (checked)"]),
        ("set-type", [places[0]["id"], "org"]),
        ("drop", [people[4]["id"]]),
    ]
    for action, words in steps:
        m = run_measured([binary, "actors", action, *words, "--corpus", str(corpus), "--index", str(index)])
        row(
            f"{action} {words[0]}",
            f"{m.seconds:.1f} s wall, {m.cpu_seconds:.1f} s CPU",
            "< 5 s",
            f"exit {m.returncode}",
        )

    twin = work / "twin"
    twin.mkdir()
    shutil.copytree(index / "annotations", twin / "annotations")
    shutil.copy(index / "corrections.toml", twin / "corrections.toml")
    m = run_measured([binary, "index", "build", "--quiet", "--corpus", str(corpus), "--index", str(twin)])
    row("full build with the same file (a hand edit)", f"{m.seconds:.1f} s wall, {m.cpu_seconds:.1f} s CPU")
    same = all(
        dossier_json(binary, corpus, index, *words) == dossier_json(binary, corpus, twin, *words)
        for words in (["actors"], ["quotes"], ["search", "*", "--limit", "100000"])
    )
    row("in place == full build (actors, quotes, search --json)", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
