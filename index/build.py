"""The build: load, clean, analyse (only what changed), resolve actors, store, switch.

One build at a time per index (a lock file); the new generation is written beside the current
one and switched to only when complete, so the previous index stays readable throughout.
"""
from __future__ import annotations

import fcntl
import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .actors import resolve_actors
from .analyse import ANALYSIS_LIMIT, Annotations, Progress, analyse
from .cache import AnnotationCache
from .clean import blank_junk
from .groups import group_quotes
from .load import known_files, load_corpus, scan
from .manifest import Manifest, ManifestError, prune_generations, read_manifest, switch
from .model import model_version, resolve_model
from .records import Problem
from .store import damage, file_sizes, open_generation, write_generation


class BuildError(Exception):
    """A build that cannot start or finish; the message is for the user."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


@dataclass
class BuildReport:
    articles: int = 0
    quotes: int = 0
    actors: int = 0
    analysed: int = 0
    reused: int = 0
    words: int = 0
    seconds: float = 0.0
    unchanged: bool = False
    skipped_before: list[str] = field(default_factory=list)  # an unchanged build's earlier skips
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)


class BuildLock:
    """An exclusive, non-blocking lock on the index folder: a second build refuses clearly."""

    def __init__(self, index_dir: Path):
        self.path = index_dir / ".build.lock"
        self.fh = None

    def __enter__(self) -> "BuildLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "a+")
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.fh.close()
            raise BuildError(f"another build of {self.path.parent} is running; try again when it ends") from None
        return self

    def __exit__(self, *exc) -> None:
        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()


def readable(generation: Path, sizes: dict[str, int]) -> bool:
    """Does this generation open and read? A damaged one is rewritten even when nothing changed."""
    if damage(generation, sizes):
        return False
    try:
        for ix in open_generation(generation).values():
            with ix.searcher() as s:
                s.doc_count()
                next(iter(s.documents()), None)  # touches the stored-fields file
        return True
    except Exception:
        return False


def build_index(corpus: Path, index_dir: Path, model: str | None = None, workers: int | None = None,
                full: bool = False, progress: Progress | None = None) -> BuildReport:
    """Bring the index of corpus up to date; returns what was done."""
    started = time.perf_counter()
    if not corpus.is_dir():
        raise BuildError(f"corpus folder {corpus} does not exist or is not a folder", code=2)
    try:
        model_name = resolve_model(model)
    except Exception as err:  # ModelNotFound
        raise BuildError(str(err), code=2) from None
    with BuildLock(index_dir):
        try:
            old: Manifest | None = read_manifest(index_dir)
        except ManifestError:
            old = None
        same_corpus = old is not None and old.corpus == str(corpus.resolve())
        files = scan(corpus, known_files(old.files, old.stats) if same_corpus and not full else None)
        digests = {f.rel: f.digest for f in files}
        if (not full and same_corpus and old.files == digests and old.model == model_name
                and readable(index_dir / old.generation, old.store_files)):
            prune_generations(index_dir, {old.generation})  # e.g. left by a build killed after its switch
            return BuildReport(articles=old.articles, quotes=old.quotes, actors=old.actors, unchanged=True,
                               skipped_before=list(old.skipped), seconds=time.perf_counter() - started)

        loaded = load_corpus(corpus, files)
        cache = AnnotationCache(index_dir / "annotations")
        anns: dict[str, Annotations] = {}
        todo = []
        for art in loaded.articles:
            if len(art.text) > ANALYSIS_LIMIT:
                loaded.problems.append(Problem(art.path, None, f"{len(art.text):,} characters: indexed whole, "
                                               f"but only the first {ANALYSIS_LIMIT:,} analysed", skipped=False))
            hit = None if full else cache.get(art.content_hash, model_name, art.id)
            if hit is None:
                todo.append(art)
            else:
                anns[art.id] = hit
        for ann in analyse(todo, model_name, workers, progress):
            cache.put(ann)
            anns[ann.article] = ann

        mentions = {aid: a.mentions for aid, a in anns.items()}
        quotes = {aid: a.quotes for aid, a in anns.items()}
        if progress:
            progress("actors", 0, 1)
        texts = {a.id: blank_junk(a.text, a.junk) for a in loaded.articles}
        actors = resolve_actors(mentions, quotes, texts=texts)
        group_quotes([q for art in loaded.articles for q in quotes[art.id]])
        if progress:
            progress("actors", 1, 1)

        generation = f"gen-{datetime.now(timezone.utc):%Y%m%dT%H%M%S%f}-{os.getpid()}"
        write_generation(index_dir / generation, loaded.articles, mentions, quotes, actors, progress)
        sizes = file_sizes(index_dir / generation)
        report = BuildReport(
            articles=len(loaded.articles), quotes=sum(len(q) for q in quotes.values()), actors=len(actors),
            analysed=len(todo), reused=len(loaded.articles) - len(todo),
            words=sum(len(a.text.split()) for a in todo),
            problems=loaded.problems, duplicates=loaded.duplicates,
        )
        report.seconds = time.perf_counter() - started
        switch(index_dir, Manifest(
            generation=generation, corpus=str(corpus.resolve()), model=model_name,
            model_version=model_version(model_name),
            files=digests, articles=report.articles, quotes=report.quotes, actors=report.actors,
            skipped=[str(p) for p in loaded.problems if p.skipped], store_files=sizes,
            stats={f.rel: list(f.stat) for f in files},
            built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), seconds=round(report.seconds, 3),
        ))
        prune_generations(index_dir, {generation} | ({old.generation} if old else set()))
        cache.prune({a.content_hash for a in loaded.articles})
        return report
