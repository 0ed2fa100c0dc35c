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
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import psutil

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


@dataclass
class Build:
    wall: float  # seconds of the whole build
    first: float  # seconds to the first analysed batch
    rest: float  # seconds of analysis after it
    peak_mb: float  # peak MB of all its processes
    cpu: float  # CPU seconds of the build and every process it started
    parent_cpu: float  # CPU seconds of the build's own process during the analysis after the first batch
    workers_cpu: float  # CPU seconds of its other processes (the workers) in the same span


def tree_cpu(pid: int) -> dict[int, float]:
    """CPU seconds (user + system) of pid and each of its descendants, now."""
    try:
        root = psutil.Process(pid)
        procs = [root] + root.children(recursive=True)
    except psutil.Error:
        return {}
    out = {}
    for p in procs:
        try:
            t = p.cpu_times()
            out[p.pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def build(corpus: Path, index: Path, workers: int, cluster: bool) -> Build:
    """The figures of one full build."""
    shutil.rmtree(index, ignore_errors=True)
    marks: dict[str, float] = {}
    cpu: dict[str, dict[int, float]] = {}
    pid: list[int] = []

    def on_line(t: float, line: str) -> None:
        try:
            doc = json.loads(line)
        except ValueError:
            return
        if doc.get("stage") == "analysing":
            if not pid:  # the build: this process's one child (run_measured started it)
                pid.extend(p.pid for p in psutil.Process().children()[:1])
            if "first" not in marks:
                marks["first"] = t
                cpu["first"] = tree_cpu(pid[0]) if pid else {}
            if doc["done"] == doc["total"]:
                marks["analysed"] = t
                cpu["analysed"] = tree_cpu(pid[0]) if pid else {}

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
    before, after = cpu.get("first", {}), cpu.get("analysed", {})
    spent = {p: after[p] - before.get(p, 0.0) for p in after}
    parent = spent.pop(pid[0], float("nan"))
    return Build(
        m.seconds,
        marks["first"],
        marks["analysed"] - marks["first"],
        m.tree_peak_mb,
        m.cpu_seconds,
        parent,
        sum(spent.values()),
    )


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
    runs: dict[str, list[Build]] = {"forked": [], "cluster": []}
    for k in range(args.repeat):
        for name in ("forked", "cluster"):
            runs[name].append(b := build(corpus, index, args.workers, name == "cluster"))
            say(
                f"  run {k + 1} {name}: {b.wall:.1f} s, {b.cpu:.1f} CPU s (first batch at {b.first:.1f} s, the rest "
                f"of analysis {b.rest:.1f} s, in it CPU s: the build's process {b.parent_cpu:.1f}, the workers "
                f"{b.workers_cpu:.1f}; peak {b.peak_mb:.0f} MB; load {os.getloadavg()[0]:.1f})"
            )
    shutil.rmtree(index, ignore_errors=True)

    walls = {name: [r.wall for r in rs] for name, rs in runs.items()}
    for name, label in (
        ("forked", f"--workers {args.workers}"),
        ("cluster", f"--cluster local --workers {args.workers}"),
    ):
        w = median(walls[name])
        rs = runs[name]
        first, rest, cpu, pcpu, wcpu = (
            median([getattr(r, k) for r in rs]) for k in ("first", "rest", "cpu", "parent_cpu", "workers_cpu")
        )
        row(
            f"build {args.size} articles --full, {label}",
            f"{w:.1f} s, {words / w:,.0f} words/s (runs: {', '.join(f'{x:.1f}' for x in walls[name])}; "
            f"{cpu:.1f} CPU s; first batch at {first:.1f} s, analysis after it {rest:.1f} s, its CPU s: "
            f"build process {pcpu:.1f}, workers {wcpu:.1f}; peak {max(r.peak_mb for r in rs):.0f} MB all processes)",
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
    # On a shared machine the wall ratio is mostly the other sessions' load: the CPU seconds each
    # build needed (its processes and every child) are the figure that load moves least.
    cpus = [f.cpu / c.cpu for f, c in zip(runs["forked"], runs["cluster"])]
    row(
        "build: forked/cluster CPU seconds (words per CPU second, cluster/forked)",
        f"{median(cpus):.2f} (runs: {', '.join(f'{x:.2f}' for x in cpus)})",
        "",
        "",
    )


if __name__ == "__main__":
    main()
