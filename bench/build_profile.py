"""Where a full build's time goes: CPU seconds of each spaCy component and of each stage after it.

The build ratio (bench/build_bench.py) says how far dossier is from raw spaCy; this says why, in
one process, on the same texts:
- per N articles: the issue's raw pipeline (tok2vec, senter, ner) component by component; dossier's
  pass 1 (senter, ner) and pass 2 (its parse pipeline, component by component, over the sentences
  dossier parses); finding quotations; dossier's whole analysis of those articles in batches;
- on the whole 2,225 corpus, from the base index's annotation cache: actor resolution, quote
  groups, and writing the index in one process and in two.

    python bench/build_profile.py [--articles 250] [--rounds 2] [--work DIR]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from _common import DEFAULT_WORK, row, say

import bigindex
from raw_spacy import load_raw


def cpu() -> float:
    return time.process_time()


def component_cpu(nlp, texts: list[str]) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each component's pipe over texts."""
    t = cpu()
    docs = [nlp.make_doc(x) for x in texts]
    out = {"tokenizer": cpu() - t}
    for name, proc in nlp.pipeline:
        t = cpu()
        docs = list(proc.pipe(docs, batch_size=16))
        out[name] = cpu() - t
    return out


def fmt(parts: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in parts.items()) + f" (total {sum(parts.values()):.2f})"


def analysis_rows(corpus: Path, n: int, rounds: int) -> None:
    from dossier.index.nlp import analyse
    from dossier.index.ingest.clean import blank_junk
    from dossier.index.ingest.load import load_corpus
    from dossier.index.nlp.model import load_pipelines, resolve_model

    articles = load_corpus(corpus).articles[:n]
    texts = [blank_junk(a.text, a.junk) for a in articles]
    name = resolve_model(None)
    fast, parse = load_pipelines(name)
    analyse._LOADED.clear()
    analyse._LOADED[name] = (fast, parse)
    raw = load_raw(name, "issue")

    # The sentences dossier's pass 2 parses: what its parse pipeline is given, caught on the way.
    parsed: list[str] = []
    real_pipe = parse.pipe

    def catching(sentences, **kw):
        sentences = list(sentences)
        parsed.extend(sentences)
        return real_pipe(sentences, **kw)

    for r in range(rounds):
        parsed.clear()
        parse.pipe = catching
        t = cpu()
        for i in range(0, n, 16):
            analyse.analyse_batch(name, articles[i : i + 16])
        whole = cpu() - t
        parse.pipe = real_pipe
        pieces = [p for x in texts for _, p in analyse.chunks(x)]
        t = cpu()
        for x in texts:
            analyse.find_quotes(x[: analyse.ANALYSIS_LIMIT])
        quotes = cpu() - t
        share = sum(map(len, parsed)) / max(1, sum(map(len, texts)))
        say(f"round {r + 1} of {rounds}")
        row(f"CPU s / {n} articles: raw, the issue's pipeline", fmt(component_cpu(raw, texts)))
        row(f"CPU s / {n} articles: dossier pass 1", fmt(component_cpu(fast, pieces)))
        row(
            f"CPU s / {n} articles: dossier pass 2 ({len(parsed)} sentences, {share:.0%} of the characters)",
            fmt(component_cpu(parse, parsed)),
        )
        row(f"CPU s / {n} articles: finding quotations", f"{quotes:.2f}")
        row(f"CPU s / {n} articles: dossier's whole analysis (batches of 16)", f"{whole:.2f}")


def after_analysis_rows(corpus: Path, index: Path) -> None:
    from dossier.index.entities.actors import resolve_actors
    from dossier.index.store.cache import AnnotationCache
    from dossier.index.ingest.clean import blank_junk
    from dossier.index.entities.groups import group_quotes
    from dossier.index.ingest.load import load_corpus
    from dossier.index.nlp.model import resolve_model
    from dossier.index.store.whoosh_store import write_generation

    loaded = load_corpus(corpus)
    cache = AnnotationCache(index / "annotations")
    model = resolve_model(None)
    anns = {a.id: cache.get(a.content_hash, model, a.id) for a in loaded.articles}
    if any(a is None for a in anns.values()):
        raise SystemExit(f"{index} lacks annotations of some articles: rebuild it with bench/bigindex.py")
    mentions = {k: a.mentions for k, a in anns.items()}
    quotes = {k: a.quotes for k, a in anns.items()}
    texts = {a.id: blank_junk(a.text, a.junk) for a in loaded.articles}
    n = len(loaded.articles)

    t = time.perf_counter()
    resolution = resolve_actors(mentions, quotes, texts=texts)
    mentions, quotes, actors = resolution.mentions, resolution.quotes, resolution.actors
    row(
        f"{n:,} articles: resolve_actors",
        f"{time.perf_counter() - t:.2f} s ({sum(map(len, mentions.values())):,} mentions, {len(actors):,} actors)",
    )
    t = time.perf_counter()
    group_quotes([q for art in loaded.articles for q in quotes[art.id]])
    row(f"{n:,} articles: group_quotes", f"{time.perf_counter() - t:.2f} s")
    with tempfile.TemporaryDirectory(prefix="dossier-profile-") as tmp:
        for processes in (1, 2):
            out = Path(tmp) / f"gen-{processes}"
            t = time.perf_counter()
            write_generation(out, loaded.articles, mentions, quotes, actors, None, processes=processes)
            row(
                f"{n:,} articles: write_generation, {processes} process{'es' if processes > 1 else ''}",
                f"{time.perf_counter() - t:.2f} s wall",
            )
            shutil.rmtree(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=DEFAULT_WORK)
    ap.add_argument("--articles", type=int, default=250, help="articles of the per-component rows")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    corpus, index = bigindex.ensure_base(args.work, say)
    analysis_rows(corpus, args.articles, args.rounds)
    after_analysis_rows(corpus, index)


if __name__ == "__main__":
    main()
