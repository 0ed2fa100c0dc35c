"""Cluster benchmark: `dossier index build --full` with the forked workers against the same build
with `--cluster local` (a Dask LocalCluster of as many worker processes), on the same cores and
the same articles, alternating, in one run (issue 12: target >= 0.85 of the forked words/s).

Each build is a fresh `dossier index build` process (imports, model loading and, for the cluster,
starting the scheduler and its workers included). Rows printed: the wall seconds and words/s of
each, their ratio, and the seconds from the first analysed batch to the end of analysis (the
engine's overhead per batch, without the start-up).

    python bench/cluster_bench.py [--size 200] [--repeat 2] [--workers 2] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from pathlib import Path

from _common import DEFAULT_WORK, dossier_bin, machine, median, row, run_measured, say

import corpus as corpus_maker


def make_corpus(size: int, work: Path) -> tuple[Path, int]:
    """size BBC articles, evenly spaced over the set (every category), as one JSONL file; and
    their words."""
    folder = work / f"cluster-{size}"
    src = corpus_maker.load_source()
    step = len(src) / size
    records = [src[int(i * step)] for i in range(size)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bbc.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    texts = {r["text"].strip() for r in records}  # a text the corpus holds twice is analysed once
    return folder, sum(len(t.split()) for t in texts)


def build(corpus: Path, index: Path, workers: int, cluster: bool) -> tuple[float, float, float, float]:
    """(wall seconds, seconds to the first analysed batch, seconds of analysis after it, peak MB of
    all its processes) of a full build."""
    shutil.rmtree(index, ignore_errors=True)
    marks: dict[str, float] = {}

    def on_line(t: float, line: str) -> None:
        try:
            doc = json.loads(line)
        except ValueError:
            return
        if doc.get("stage") == "analysing":
            marks.setdefault("first", t)
            if doc["done"] == doc["total"]:
                marks["analysed"] = t

    cmd = [
        dossier_bin(),
        "index",
        "build",
        "--corpus",
        str(corpus),
        "--index",
        str(index),
        "--full",
        "--progress-jsonl",
        "--workers",
        str(workers),
    ] + (["--cluster", "local"] if cluster else [])
    m = run_measured(cmd, stdout=subprocess.DEVNULL, on_stderr=on_line)
    if m.returncode:
        raise SystemExit(f"build failed ({m.returncode}): {' '.join(cmd)}")
    return m.seconds, marks["first"], marks["analysed"] - marks["first"], m.tree_peak_mb


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--size", type=int, default=200, help="articles (default 200)")
    ap.add_argument("--repeat", type=int, default=2, help="alternating runs of each (default 2)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

    say(machine())
    corpus, words = make_corpus(args.size, args.work)
    index = args.work / "cluster-bench-index"
    runs: dict[str, list[tuple[float, float, float, float]]] = {"forked": [], "cluster": []}
    for k in range(args.repeat):
        for name in ("forked", "cluster"):
            runs[name].append(build(corpus, index, args.workers, name == "cluster"))
            wall, first, rest, mb = runs[name][-1]
            say(
                f"  run {k + 1} {name}: {wall:.1f} s (first batch at {first:.1f} s, the rest of analysis {rest:.1f} s, "
                f"peak {mb:.0f} MB)"
            )
    shutil.rmtree(index, ignore_errors=True)

    walls = {name: [r[0] for r in rs] for name, rs in runs.items()}
    for name, label in (
        ("forked", f"--workers {args.workers}"),
        ("cluster", f"--cluster local --workers {args.workers}"),
    ):
        w = median(walls[name])
        first, rest = (median([r[k] for r in runs[name]]) for k in (1, 2))
        row(
            f"build {args.size} articles --full, {label}",
            f"{w:.1f} s, {words / w:,.0f} words/s (runs: {', '.join(f'{x:.1f}' for x in walls[name])}; "
            f"first batch at {first:.1f} s, analysis after it {rest:.1f} s; "
            f"peak {max(r[3] for r in runs[name]):.0f} MB all processes)",
            "",
            "",
        )
    ratios = [f / c for f, c in zip(walls["forked"], walls["cluster"])]
    ratio = median(ratios)
    row(
        "build: cluster/forked words/s, same cores and articles",
        f"{ratio:.2f} (runs: {', '.join(f'{x:.2f}' for x in ratios)})",
        ">= 0.85",
        "PASS" if ratio >= 0.85 else "FAIL",
    )


if __name__ == "__main__":
    main()
