"""Build benchmark: `dossier index build` against raw spaCy, and incremental rebuilds.

Rows printed:
- dossier full build of the base corpus (2,225 articles): articles/s, words/s, wall seconds of
  the command (process start, imports and model load included); raw spaCy `nlp.pipe`
  (bench/raw_spacy.py: ner + senter only, the same number of processes and batch size, the same
  texts) measured the same way, alternating runs; the ratio dossier/raw of words/s;
- a no-change build of the 10,000-article index; a build after one article of it changed
  (a fresh `dossier index build` process each: model loading included);
- peak memory of the full build (the largest process, and the sampled sum over its workers).

    python bench/build_bench.py [--repeat 2] [--big 10000] [--workers N] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _common import DEFAULT_WORK, dossier_bin, median, row, run_measured, say

import bigindex
import corpus as corpus_maker


def full_build(corpus: Path, index: Path, workers: int):
    """A full build, with the time at which each stage started (from --progress-jsonl)."""
    stages: dict[str, float] = {}

    def on_line(t: float, line: str) -> None:
        try:
            doc = json.loads(line)
        except ValueError:
            return
        if "stage" in doc:
            stages.setdefault(doc["stage"], t)
        elif doc.get("finished"):
            stages.setdefault("end", t)

    m = run_measured(
        [
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
        ],
        stdout=subprocess.DEVNULL,
        on_stderr=on_line,
    )
    return m, stages


def stage_times(stages: dict[str, float], total: float) -> str:
    """'start 3.1, entities 150.2, ...': seconds spent from each stage's first event to the next."""
    order = sorted(stages.items(), key=lambda kv: kv[1])
    parts = [f"start-up {order[0][1]:.1f}"] if order else []
    for (name, t), nxt in zip(order, order[1:] + [("exit", total)]):
        parts.append(f"{name} {nxt[1] - t:.1f}")
    return ", ".join(parts) + " s"


def raw_run(corpus: Path, workers: int, work: Path, pipeline: str = "minimal"):
    script = Path(__file__).with_name("raw_spacy.py")
    out = work / "raw-spacy.json"
    m = run_measured(
        [
            sys.executable,
            str(script),
            str(corpus),
            "--n-process",
            str(workers),
            "--out",
            str(out),
            "--pipeline",
            pipeline,
        ],
        stdout=subprocess.DEVNULL,
    )
    if m.returncode:
        raise SystemExit(f"raw spaCy run failed ({m.returncode})")
    return m, json.loads(out.read_text())


def incremental(corpus: Path, index: Path, repeat: int, changed_runs: int) -> tuple[list[float], list[float]]:
    """(no-change seconds, one-changed seconds) of fresh `dossier index build` processes.

    After each one-changed build the file and the previous manifest are put back (the previous
    generation is kept by the build), so the index is as before without another build."""
    cmd = [dossier_bin(), "index", "build", "--corpus", str(corpus), "--index", str(index), "--quiet"]
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(cmd, check=True, **quiet)  # make sure it is up to date
    same = [run_measured(cmd, **quiet).seconds for _ in range(repeat + 1)]
    files = sorted(corpus.glob("part000/*.txt"))
    target = files[len(files) // 2]
    original = target.read_bytes()
    manifest = (index / "manifest.json").read_bytes()
    changed = []
    for k in range(changed_runs):
        try:
            target.write_bytes(original + f"\nA sentence added by the benchmark, run {k} at {time.time()}.\n".encode())
            m = run_measured(cmd, **quiet)
            if m.returncode:
                raise SystemExit(f"build failed ({m.returncode})")
            changed.append(m.seconds)
            say(f"  one article changed: {m.seconds:.1f} s")
        finally:
            target.write_bytes(original)
            tmp = index / "manifest.json.bench"
            tmp.write_bytes(manifest)
            os.replace(tmp, index / "manifest.json")
    return same, changed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--repeat", type=int, default=2, help="alternating runs of each (default 2)")
    ap.add_argument("--big", type=int, default=10000, help="articles of the incremental-build index")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--size",
        type=int,
        default=2225,
        help="articles of the full-build comparison (fewer: evenly spaced over the BBC set)",
    )
    ap.add_argument(
        "--changed-runs",
        type=int,
        default=3,
        help="one-changed builds of the big index (each updates it in place: seconds)",
    )
    ap.add_argument("--skip-full", action="store_true", help="only the incremental rows")
    args = ap.parse_args()

    base_corpus, base_index = bigindex.ensure_base(args.work, say)
    if args.size < bigindex.BASE_N:
        base_corpus = args.work / f"sample-{args.size}"
        if not (base_corpus / ".complete").exists():
            src = corpus_maker.load_source()
            step = len(src) / args.size
            corpus_maker.write_txt(args.size, base_corpus, [src[int(i * step)] for i in range(args.size)])
            (base_corpus / ".complete").write_text(str(args.size))
    if not args.skip_full:
        scratch = args.work / "index-build-bench"
        shutil.rmtree(scratch, ignore_errors=True)
        dossier_s, raw_s, ratios, peaks, trees, stage_rows, cpu_ratios = [], [], [], [], [], [], []
        issue_ratios, issue_cpu = [], []
        info = None
        for k in range(args.repeat):
            raw_m, info = raw_run(base_corpus, args.workers, args.work)
            wall = raw_m.seconds
            raw_s.append(wall)
            issue_m, _ = raw_run(base_corpus, args.workers, args.work, "issue")
            m, stages = full_build(base_corpus, scratch, args.workers)
            if m.returncode:
                raise SystemExit(f"dossier build failed ({m.returncode})")
            dossier_s.append(m.seconds)
            peaks.append(m.peak_rss_mb)
            trees.append(m.tree_peak_mb)
            ratios.append(wall / m.seconds)
            cpu_ratios.append(raw_m.cpu_seconds / m.cpu_seconds)
            issue_ratios.append(issue_m.seconds / m.seconds)
            issue_cpu.append(issue_m.cpu_seconds / m.cpu_seconds)
            say(
                f"  run {k + 1}: raw spaCy {wall:.1f} s (pipe {info['pipe_s']:.1f} s), dossier {m.seconds:.1f} s, "
                f"ratio {wall / m.seconds:.2f}; CPU s raw {raw_m.cpu_seconds:.0f}, raw with tok2vec {issue_m.cpu_seconds:.0f}, "
                f"dossier {m.cpu_seconds:.0f}; dossier stages: {stage_times(stages, m.seconds)}"
            )
            stage_rows.append(stage_times(stages, m.seconds))
        n, words = info["articles"], info["words"]
        d, r = median(dossier_s), median(raw_s)
        row(
            f"build {n:,} articles: dossier index build --full",
            f"{n / d:.1f} articles/s, {words / d:,.0f} words/s ({d:.1f} s)",
            "",
            f"workers {args.workers}",
        )
        row(
            f"build {n:,} articles: raw spaCy nlp.pipe (ner+senter)",
            f"{n / r:.1f} articles/s, {words / r:,.0f} words/s ({r:.1f} s; pipe alone {info['pipe_s']:.1f} s)",
            "",
            f"n_process {args.workers}",
        )
        row(
            "build: dossier/raw words/s, raw = ner+senter (stricter than the issue's pipeline)",
            f"{median(ratios):.2f} (runs: {', '.join(f'{x:.2f}' for x in ratios)})",
            "",
            "not a target: see docs/BENCHMARKS.md",
        )
        row(
            "build: dossier/raw CPU seconds (contention-proof proxy)",
            f"{median(cpu_ratios):.2f} (runs: {', '.join(f'{x:.2f}' for x in cpu_ratios)})",
            "",
            "",
        )
        target_met = median(issue_ratios) >= 0.85
        row(
            "build: dossier/raw words/s, raw = tok2vec+senter+ner (the issue's pipeline)",
            f"{median(issue_ratios):.2f} wall, {median(issue_cpu):.2f} CPU "
            f"(runs: {', '.join(f'{x:.2f}' for x in issue_ratios)})",
            ">= 0.85 at 2,225",
            ("PASS" if target_met else "FAIL") if n > 2000 else "(the target is set on 2,225 articles)",
        )
        row("build: dossier stages (last run)", stage_rows[-1], "", "")
        row(
            f"build {n:,} peak memory",
            f"{max(peaks):.0f} MB largest process, {max(trees):.0f} MB all processes",
            "",
            "",
        )
        shutil.rmtree(scratch, ignore_errors=True)

    big_corpus, big_index = bigindex.ensure_index(args.big, args.work, say)
    same, changed = incremental(big_corpus, big_index, args.repeat, args.changed_runs)
    s, c = median(same), median(changed)
    row(
        f"build {args.big:,}: nothing changed",
        f"{s:.2f} s (runs: {', '.join(f'{x:.2f}' for x in same)})",
        "< 2 s",
        "PASS" if s < 2 else "FAIL",
    )
    row(
        f"build {args.big:,}: one article changed",
        f"{c:.2f} s (runs: {', '.join(f'{x:.2f}' for x in changed)})",
        "< 5 s",
        "PASS" if c < 5 else "FAIL",
    )


if __name__ == "__main__":
    main()
