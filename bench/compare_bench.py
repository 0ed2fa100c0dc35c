"""The comparison's speed (issue 11): one statement across outlets, at 2,225, 10,000 and 50,000 articles.

For each size, a feed of N articles (the BBC feed, then repeats of its texts with new ids:
bench/corpus.py), indexed through seeded annotations as bench/scale_bench.py does (spaCy runs
once, for the 2,225 originals). Then, in one process with one Reader (as the explorer keeps it),
for the quotes of --sample articles drawn at random (seeded):

- `compare(reader, quote_id)`: what `dossier compare` and the explorer's `c` run (the quote,
  its group's copies, the similar quotes, each placed with its article's title, source, date);
- `similar` alone: the ranked search of the quote's words (`Reader.quote_candidates`) and the
  scoring of those candidates, the part that must not grow with the corpus;
- `dossier compare QUOTE_ID --json` as a fresh process (imports and index opening included), a
  few times.

One warm-up pass, then --passes timed passes: p50 and p95 (target: p95 under 100 ms).

    python bench/compare_bench.py [--sizes 2225 10000 50000] [--sample 40] [--passes 2] [--work DIR]

Run it with `nice -n 10` on a shared machine, and say so beside the figures. A 50,000-article
index takes over an hour to build on 2 busy cores (docs/SCALE.md); it is kept in --work and
reused by later runs.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import time
from pathlib import Path

from _common import DEFAULT_WORK, dossier_bin, pct

import bigindex
from dossier.index.store.manifest import read_manifest
import corpus as corpus_maker
from feed_update_bench import base_index, build, seed

TARGET = 0.100
WORDS = re.compile(r"\w+")


def ensure_index(n: int, work: Path, base: Path) -> Path:
    """The index of an n-record feed (built once; reused while its stamp is there)."""
    if n == bigindex.BASE_N:
        return base
    feed, index = work / f"feed-{n}", work / f"feed-{n}-index"
    stamp = work / f"feed-{n}-index.complete"
    if stamp.exists() and (index / "manifest.json").exists():
        return index
    shutil.rmtree(index, ignore_errors=True)
    if not (feed / "feed.jsonl").exists():
        feed.mkdir(parents=True, exist_ok=True)
        corpus_maker.write_jsonl(n, feed / "feed.jsonl")
    t0 = time.perf_counter()
    seed(feed, base, index)
    secs, _ = build(dossier_bin(), feed, index, "--workers", "2")
    print(f"  built the {n:,}-record index in {time.perf_counter() - t0:.0f} s (build {secs:.0f} s)", flush=True)
    stamp.write_text(str(n))
    return index


def sample_quotes(reader, k: int, seed_: int = 7) -> list:
    """The quotes of k articles drawn at random, at most 3 each (each with words to search)."""
    ids = reader.article_ids()
    rng = random.Random(seed_)
    out = []
    for aid in rng.sample(ids, min(k * 3, len(ids))):
        quotes = [q for q in reader.quotes(article=aid) if len(WORDS.findall(q.text)) >= 3]
        out += quotes[:3]
        if len(out) >= k:
            break
    return out[:k]


def similar_only(reader, quote) -> int:
    """The `similar` stage of compare(): candidates through the index, then the scoring."""
    from dossier.index.compare import SIMILAR_MIN, candidates_for, similarity

    found = 0
    for other in candidates_for(reader, quote):
        if other.id != quote.id and similarity(quote.text, other.text) >= SIMILAR_MIN:
            found += 1
    return found


def timed(fn, items, passes: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds (this thread's: what other processes on the machine do not inflate)."""
    wall, cpu = [], []
    for p in range(passes + 1):
        for item in items:
            t, c = time.perf_counter(), time.thread_time()
            fn(item)
            if p:  # pass 0 warms the caches
                wall.append(time.perf_counter() - t)
                cpu.append(time.thread_time() - c)
    return wall, cpu


def figures(label: str, times: tuple[list[float], list[float]]) -> str:
    wall, cpu = times
    p95 = pct(wall, 95)
    verdict = "within" if p95 < TARGET else "OVER"
    return (
        f"  {label}: wall p50 {pct(wall, 50) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"max {max(wall) * 1000:.0f} ms ({len(wall)} runs; {verdict} the {TARGET * 1000:.0f} ms target); "
        f"CPU p50 {pct(cpu, 50) * 1000:.0f} ms, p95 {pct(cpu, 95) * 1000:.0f} ms"
    )


def one_size(n: int, index: Path, sample: int, passes: int) -> None:
    from dossier.index.compare import compare
    from dossier.index.read import Reader

    with Reader(index) as reader:
        quotes = sample_quotes(reader, sample)
        print(f"\n{n:,} records ({len(reader.article_ids()):,} articles indexed; {len(quotes)} quotes sampled)")
        sizes = [compare(reader, q.id) for q in quotes]
        same = sum(len(c.same) for c in sizes) / len(sizes)
        similar = sum(len(c.similar) for c in sizes) / len(sizes)
        print(f"  a comparison lists on average {same:.1f} same and {similar:.1f} similar quotes")
        print(figures("compare() (the Reader call)", timed(lambda q: compare(reader, q.id), quotes, passes)))
        print(figures("similar (candidates + scoring)", timed(lambda q: similar_only(reader, q), quotes, passes)))
    cli = []
    for q in quotes[:5]:
        t = time.perf_counter()
        subprocess.run(
            [dossier_bin(), "compare", q.id, "--json", "--index", str(index)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        cli.append(time.perf_counter() - t)
    print(f"  dossier compare --json (a fresh process): p50 {pct(cli, 50) * 1000:.0f} ms ({len(cli)} runs)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2225, 10000, 50000])
    ap.add_argument("--sample", type=int, default=40, help="quotes compared per size")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK / "compare")
    ap.add_argument("--existing", type=Path, help="measure this built index instead (e.g. scale_bench.py's 50,000)")
    args = ap.parse_args()
    if args.existing:
        one_size(read_manifest(args.existing).articles, args.existing, args.sample, args.passes)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    base = base_index(args.work, dossier_bin())
    for n in args.sizes:
        one_size(n, ensure_index(n, args.work, base), args.sample, args.passes)


if __name__ == "__main__":
    main()
