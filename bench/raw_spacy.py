"""The limit for the build: raw spaCy `nlp.pipe` with the cheapest pipeline that finds entities and
sentences, over the same texts dossier analyses, with the same number of processes and batch size.

Two pipelines: `--pipeline minimal` (default) is only `ner` and `senter`, which in
en_core_web_sm each embed the text themselves; `--pipeline issue` adds the shared `tok2vec`, as
issue 4 names it ("tok2vec, senter, ner"), which only the tagger and parser listen to, so it costs
time for nothing here: the stricter comparison is the minimal one.

Prints one JSON line: {"articles", "words", "load_s", "pipe_s", "total_s"}; total_s counts from
the start of this process (imports and model load included, as in `dossier index build`).

    python bench/raw_spacy.py CORPUS_DIR [--n-process 2] [--batch-size 16] [--pipeline minimal|issue]
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def load_raw(name: str, pipeline: str = "minimal"):
    """The raw pipeline: everything of en_core_web_sm but ner and senter (and tok2vec for
    "issue"); names not in the pipeline are ignored."""
    import spacy

    exclude = ["tagger", "parser", "attribute_ruler", "lemmatizer"]
    nlp = spacy.load(name, exclude=exclude + (["tok2vec"] if pipeline == "minimal" else []))
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n-process", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model", default=None)
    ap.add_argument("--pipeline", choices=("minimal", "issue"), default="minimal")
    ap.add_argument("--out", type=Path, help="write the JSON line here too")
    args = ap.parse_args()

    from dossier.index.ingest.clean import blank_junk
    from dossier.index.ingest.load import load_corpus
    from dossier.index.nlp.model import resolve_model

    loaded = load_corpus(args.corpus)
    texts = [blank_junk(a.text, a.junk) for a in loaded.articles]

    name = resolve_model(args.model)
    t1 = time.perf_counter()
    nlp = load_raw(name, args.pipeline)
    t2 = time.perf_counter()
    n = 0
    for doc in nlp.pipe(texts, n_process=args.n_process, batch_size=args.batch_size):
        # The same reads dossier makes of each doc: sentence bounds and entities.
        _ = [(s.start_char, s.end_char) for s in doc.sents]
        _ = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        n += 1
    t3 = time.perf_counter()
    doc = json.dumps(
        {
            "articles": n,
            "words": sum(len(a.text.split()) for a in loaded.articles),
            "pipeline": nlp.pipe_names,
            "load_s": round(t2 - t1, 3),
            "pipe_s": round(t3 - t2, 3),
            "total_s": round(t3 - T0, 3),
        }
    )
    print(doc)
    if args.out:
        args.out.write_text(doc)


if __name__ == "__main__":
    main()
