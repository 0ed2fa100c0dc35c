"""The scaling table of docs/SCALE.md: where a build's time and memory go as the corpus grows.

For each size N, a feed of N articles (the BBC feed, then repeats of its texts with new ids and a
last line that makes each text new: bench/corpus.py) in one JSON Lines file, its annotations
seeded from an index of the BBC feed (bench/feed_update_bench.py: spaCy runs once, for the 2,225
originals; the analysis of a repeat is its original's), then:

- a full build in a fresh index (`dossier index build --workers 2 --progress-jsonl`): the seconds
  of each stage (start-up, analysing = reading the cached annotations, actors, writing, the switch),
  CPU seconds, the peak memory of the largest process and of all of them;
- the index on disk (MB);
- one record appended, one edited (a fresh `dossier index build` each: model load included);
- search: ~100 queries (bench/queries.py) through `Reader.search(limit=20)`, 2 timed passes after a
  warm-up: p50, p95; and the explorer's per-search work (`search(limit=100)` + `quotes(limit=300)`);
- the peak memory of a process that opens a Reader and runs those searches (what the explorer's
  search process holds).

    python bench/scale_bench.py [--sizes 2225 10000 50000] [--work DIR]
    python bench/scale_bench.py --existing INDEX   # only the search and memory figures of INDEX

Run it with `nice -n 10` on a shared machine, and say so beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from _common import DEFAULT_WORK, dossier_bin, pct, run_measured

import corpus as corpus_maker
from feed_update_bench import NEW_TEXT, base_index, build, edit_line, seed
from queries import queries
from search_bench import time_reader

READER_MEMORY = """
import resource, sys
from dossier.index.read import QueryError, Reader
sys.path.insert(0, {bench!r})
from queries import queries
r = Reader({index!r})
for kind, q, _ in queries():
    try:
        r.search(q, limit=100)
        r.quotes(query=q, limit=300)
    except QueryError:
        pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def full_build(feed: Path, index: Path) -> tuple[dict[str, float], object]:
    stages: dict[str, float] = {}

    def on_line(t: float, line: str) -> None:
        try:
            doc = json.loads(line)
        except ValueError:
            return
        if isinstance(doc, dict) and "stage" in doc:
            stages.setdefault(doc["stage"], t)
        elif isinstance(doc, dict) and doc.get("finished"):
            stages.setdefault("switch", t)

    cmd = [dossier_bin(), "index", "build", "--corpus", str(feed), "--index", str(index), "--workers", "2"]
    m = run_measured(cmd + ["--progress-jsonl"], stdout=subprocess.DEVNULL, on_stderr=on_line)
    if m.returncode != 0:
        sys.exit(f"build of {feed} failed ({m.returncode})")
    order = sorted(stages.items(), key=lambda kv: kv[1])
    spans = {"start-up": order[0][1]} if order else {}
    for (name, t), nxt in zip(order, order[1:] + [("exit", m.seconds)]):
        spans[name] = nxt[1] - t
    return spans, m


def size_mb(folder: Path) -> float:
    gen = json.loads((folder / "manifest.json").read_text())["generation"]
    return sum(p.stat().st_size for p in (folder / gen).iterdir() if p.is_file()) / 1e6


def one_size(n: int, work: Path, base: Path) -> None:
    feed, index = work / f"scale-{n}", work / f"scale-{n}-index"
    shutil.rmtree(index, ignore_errors=True)
    records = list(corpus_maker.articles(n))
    if not (feed / "feed.jsonl").exists():
        feed.mkdir(parents=True, exist_ok=True)
        corpus_maker.write_jsonl(n, feed / "feed.jsonl")
    t0 = time.perf_counter()
    seed(feed, base, index)
    print(f"\n{n:,} records (annotations seeded in {time.perf_counter() - t0:.0f} s)", flush=True)
    spans, m = full_build(feed, index)
    stages = ", ".join(f"{k} {v:.1f}" for k, v in spans.items())
    print(f"  full build from the cache: {m.seconds:.1f} s wall, {m.cpu_seconds:.0f} CPU s; {stages} s", flush=True)
    print(f"  peak memory: largest process {m.peak_rss_mb:.0f} MB, all processes {m.tree_peak_mb:.0f} MB", flush=True)
    print(f"  index on disk: {size_mb(index):.0f} MB", flush=True)

    path = feed / "feed.jsonl"
    original = path.read_bytes()
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": "scale-new-1", "title": "Carmaker", "text": NEW_TEXT}) + "\n")
        secs, rep = build(dossier_bin(), feed, index)
        print(f"  one record appended: {secs:.1f} s, {rep['cpu']:.1f} CPU s (updated {rep.get('updated')})", flush=True)
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        counts = Counter(r["text"] for r in records)
        k = next(i for i in range(n // 2, n) if counts[records[i]["text"]] == 1)  # no skipped copy of it
        lines[k] = json.dumps(edit_line(records[k], 1), ensure_ascii=False) + "\n"
        path.write_text("".join(lines), encoding="utf-8")
        secs, rep = build(dossier_bin(), feed, index)
        print(f"  one record edited: {secs:.1f} s, {rep['cpu']:.1f} CPU s (updated {rep.get('updated')})", flush=True)
    finally:
        path.write_bytes(original)

    search_figures(index)


def search_figures(index: Path) -> None:
    """Search p50/p95 (wall and CPU) over the query set, and the peak memory of a process that
    opens a Reader and runs it: what an index of any size answers, measured on it as it is."""
    qs = queries()
    for label, passes, explorer in (("search (limit 20)", 2, False), ("explorer's per-search work", 1, True)):
        _, _, allt, _, cpu = time_reader(index, qs, passes=passes, explorer=explorer)
        wall = f"p50 {pct(allt, 50) * 1000:.0f} ms, p95 {pct(allt, 95) * 1000:.0f} ms"
        print(f"  {label}: wall {wall}; CPU p50 {pct(cpu, 50) * 1000:.0f} ms, p95 {pct(cpu, 95) * 1000:.0f} ms")
    code = READER_MEMORY.format(bench=str(Path(__file__).parent), index=str(index))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    print(f"  a Reader after the query set (the explorer's search process): {int(out.split()[-1]) / 1024:.0f} MB peak")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2225, 10000])
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK / "feeds")
    ap.add_argument("--existing", type=Path, metavar="INDEX", help="measure search and memory on this index, no build")
    args = ap.parse_args()
    if args.existing:
        manifest = json.loads((args.existing / "manifest.json").read_text())
        print(
            f"{args.existing}: {manifest['articles']:,} articles, {manifest['quotes']:,} quotes, "
            f"{manifest['actors']:,} actors; {size_mb(args.existing):.0f} MB on disk; load {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        search_figures(args.existing)
        print(f"  load at the end {os.getloadavg()[0]:.1f}", flush=True)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    base = base_index(args.work, dossier_bin())
    for n in args.sizes:
        one_size(n, args.work, base)


if __name__ == "__main__":
    main()
