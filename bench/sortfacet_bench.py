"""Sorting and narrowing benchmark (issue 11, item 5): p50/p95 of a search sorted by date, of one
narrowed to sources, of a search's facets, and of an actor's timeline, at 10,000 and 50,000
articles; and the one-off reading of every article's date and source (`ArticleFacts`).

The corpus is one JSON Lines file of synthetic articles with dates over two years and 12 sources
(a tenth without a date, a tenth without a source); a third of them mention one person. Sorting
and facets need no language analysis, so the annotation cache is seeded with each article's
mentions (no spaCy run) and the build is a real `build_index` over it.

    python bench/sortfacet_bench.py [--sizes 10000,50000] [--passes 5]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from _common import DEFAULT_WORK, pct, row, say

WORDS = (
    "minister talks peace government election budget market court police report council union "
    "energy health school trade tax border army summit deal vote party leader city country week "
    "said people year new plans public service law bank oil price growth crisis security"
).split()
SOURCES = [f"Wire {c}" for c in "ABCDEFGHIJKL"]
NAME = "Alex Example"
QUERIES = ["*", "peace", "minister AND election", "crisis OR summit", "oil price"]


def make_corpus(n: int, path: Path) -> None:
    rng = random.Random(n)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            words = [rng.choice(WORDS) for _ in range(rng.randint(80, 200))]
            text = " ".join(words).capitalize() + "."
            if i % 3 == 0:
                text = f"{NAME} spoke. " + text + f" {NAME} left."
            rec = {"id": f"a{i:06d}", "title": " ".join(words[:6]).title(), "text": text}
            if i % 10 != 1:
                rec["date"] = f"{2024 + rng.randint(0, 1)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if i % 10 != 2:
                rec["source"] = rng.choice(SOURCES)
            fh.write(json.dumps(rec) + "\n")


def seed_cache(corpus: Path, index: Path) -> None:
    """Each article's annotations: a sentence, and a PERSON mention for each NAME in the text."""
    from dossier.index.ingest.load import load_corpus
    from dossier.index.nlp.analyse import Annotations
    from dossier.index.nlp.fingerprint import analysis_fingerprint
    from dossier.index.nlp.model import resolve_model
    from dossier.index.records import Mention
    from dossier.index.store.cache import AnnotationCache

    model, fingerprint = resolve_model(None), analysis_fingerprint()
    cache = AnnotationCache(index / "annotations")
    for art in load_corpus(corpus).articles:
        mentions, at = [], art.text.find(NAME)
        while at != -1:
            mentions.append(Mention(art.id, at, at + len(NAME), NAME, "PERSON"))
            at = art.text.find(NAME, at + 1)
        cache.put(Annotations(art.id, art.content_hash, model, [(0, len(art.text))], mentions, [], fingerprint))


def ensure_index(n: int, work: Path) -> Path:
    from dossier.index.build import build_index

    corpus, index = work / f"dated-{n}", work / f"dated-index-{n}"
    if not (index / "manifest.json").exists():
        make_corpus(n, corpus / "articles.jsonl")
        t0 = time.perf_counter()
        seed_cache(corpus, index)
        build_index(corpus, index, workers=1)
        say(f"  {n}-article dated index built in {time.perf_counter() - t0:.0f} s")
    return index


def timed(fn, passes: int) -> list[float]:
    fn()  # warm
    out = []
    for _ in range(passes):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def bench(n: int, work: Path, passes: int) -> None:
    from dossier.index.read import Reader

    index = ensure_index(n, work)
    with Reader(index) as r:
        t0 = time.perf_counter()
        r.known_source(SOURCES[0])  # reads every article's date and source, once
        row(f"{n}: dates and sources read (once per index)", f"{(time.perf_counter() - t0) * 1000:.0f} ms")
        actor = next(a for a in r.actors() if a.name == NAME)
        kinds = {
            "search by score (100 hits)": lambda q: r.search(q, limit=100),
            "search by date (100 hits)": lambda q: r.search(q, limit=100, sort="date"),
            "search of 2 sources by date": lambda q: r.search(q, limit=100, sort="date", sources=SOURCES[:2]),
            "facets": lambda q: r.facets(q),
        }
        for kind, fn in kinds.items():
            times = [t for q in QUERIES for t in timed(lambda q=q: fn(q), passes)]
            row(f"{n}: {kind}", f"p50 {pct(times, 50) * 1000:.0f} ms, p95 {pct(times, 95) * 1000:.0f} ms")
        times = timed(lambda: r.timeline(actor.id), passes)
        row(
            f"{n}: timeline of an actor in {len(actor.articles):,} articles",
            f"p50 {pct(times, 50) * 1000:.0f} ms, p95 {pct(times, 95) * 1000:.0f} ms",
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,50000")
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    args = ap.parse_args()
    for n in (int(s) for s in args.sizes.split(",")):
        bench(n, args.work, args.passes)


if __name__ == "__main__":
    main()
