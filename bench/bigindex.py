"""Big benchmark indexes (10,000 and 50,000 articles) without re-running spaCy on every repeat.

A repeat of a BBC article (bench/corpus.py) is the original text + "\\n\\n(Repeat k of ID.)", so its
analysis is the original's (offsets unchanged; the added line itself is not analysed). This script

1. makes the N-article .txt corpus (bench/corpus.py);
2. builds the 2,225 originals once with `dossier index build` (real spaCy analysis, cached);
3. writes the annotation-cache record of every repeat from its original's record:
   offsets shifted by where the original text starts in it (0), ids renamed, content hash of
   the repeat's text;
4. runs `dossier index build` on the N corpus: every article is a cache hit, so this is a real
   dossier build (load, hash, actor resolution, quote groups, Whoosh generation, switch) minus
   spaCy.

The seeded cache goes in the N index's own annotations/ folder, exactly where the build looks.

    python bench/bigindex.py 10000 --work /tmp/dossier-bench
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import re
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus as corpus_maker  # noqa: E402

BASE_N = 2225


def dossier_bin() -> str:
    exe = Path(sys.executable).with_name("dossier")
    return str(exe) if exe.exists() else "dossier"


def ensure_corpus(n: int, work: Path) -> Path:
    folder = work / f"corpus-{n}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        corpus_maker.write_txt(n, folder)
        stamp.write_text(str(n))
    return folder


def run_build(corpus: Path, index: Path, *extra: str) -> float:
    """Wall seconds of `dossier index build` (a fresh process: imports and model load included)."""
    t0 = time.perf_counter()
    subprocess.run(
        [dossier_bin(), "index", "build", "--corpus", str(corpus), "--index", str(index), "--quiet", *extra],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def ensure_base(work: Path, log=print) -> tuple[Path, Path]:
    """The 2,225-article corpus and its index (built once with real analysis)."""
    c = ensure_corpus(BASE_N, work)
    ix = work / f"index-{BASE_N}"
    if not (ix / "manifest.json").exists():
        log(f"building the {BASE_N}-article base index (spaCy; a few minutes on 2 cores) ...")
    secs = run_build(c, ix)  # seconds when it is up to date
    if secs > 30:
        log(f"  base index built in {secs:.0f} s")
    return c, ix


def seed_cache(n: int, work: Path, base_index: Path, target_index: Path) -> int:
    """Write cache records for every repeat in the n corpus; the number written."""
    from dossier.index.store.cache import AnnotationCache
    from dossier.index.ingest.load import load_corpus
    from dossier.index.store.manifest import read_manifest

    model = read_manifest(base_index).model
    base_cache = AnnotationCache(base_index / "annotations")
    cache = AnnotationCache(target_index / "annotations")
    c = ensure_corpus(n, work)
    loaded = load_corpus(c)
    # Originals by their text: a repeat is its original's text + "\n\n(Repeat k of ID.)". (Keyed
    # by text, not id: the BBC set has ~100 duplicate texts, indexed once under the first id.)
    repeat = re.compile(r"-r\d+$")
    by_text = {a.text.rstrip(): a for a in loaded.articles if not repeat.search(a.id)}
    written = 0
    for art in loaded.articles:
        if repeat.search(art.id):
            cut = art.text.rfind("(Repeat ")
            src = by_text.get(art.text[:cut].rstrip()) if cut > 0 else None
            if src is None or not art.text.startswith(src.text):
                continue  # cleaning changed the text: left to the build to analyse
        else:
            src = art
        shift = 0  # the original text starts the repeat
        if (cache._path(art.content_hash)).exists():
            continue
        ann = base_cache.get(src.content_hash, model, src.id)
        if ann is None:
            continue
        d = ann.to_dict()
        d["article"] = art.id
        d["content_hash"] = art.content_hash
        d["sentences"] = [[s + shift, e + shift] for s, e in d["sentences"]]
        for m in d["mentions"]:
            m["article"], m["actor"] = art.id, None
            m["start"] += shift
            m["end"] += shift
        for q in d["quotes"]:
            q["article"] = art.id
            q["id"] = f"{art.id}#{q['id'].rsplit('#', 1)[-1]}"
            q["start"] += shift
            q["end"] += shift
            for k in ("speaker_start", "speaker_end"):
                if q.get(k) is not None:
                    q[k] += shift
            q["group"] = None
        path = cache._path(art.content_hash)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
        written += 1
    return written


def ensure_index(n: int, work: Path, log=print) -> tuple[Path, Path]:
    """(corpus, index) of n articles, built through the seeded cache when n > 2,225."""
    if n <= BASE_N:
        c = ensure_corpus(n, work)
        ix = work / f"index-{n}"
        if n == BASE_N:
            return ensure_base(work, log)
        if not (ix / "manifest.json").exists():
            run_build(c, ix)
        return c, ix
    _, base_ix = ensure_base(work, log)
    c = ensure_corpus(n, work)
    ix = work / f"index-{n}"
    stamp = work / f"index-{n}.complete"
    if stamp.exists() and (ix / "manifest.json").exists():
        run_build(c, ix)  # seconds when up to date; brings it back if a run was interrupted
        return c, ix
    t0 = time.perf_counter()
    written = seed_cache(n, work, base_ix, ix)
    log(f"seeded {written} annotation records for the {n}-article index in {time.perf_counter() - t0:.0f} s")
    secs = run_build(c, ix)
    log(f"  {n}-article index built from the seeded cache in {secs:.1f} s")
    stamp.write_text(str(n))
    return c, ix


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("DOSSIER_BENCH_WORK", "/tmp/dossier-bench")))
    args = ap.parse_args()
    c, ix = ensure_index(args.n, args.work)
    print(f"corpus {c}\nindex {ix}")


if __name__ == "__main__":
    main()
