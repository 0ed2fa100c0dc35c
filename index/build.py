"""The build: load, clean, analyse (only what changed), resolve actors, store, switch.

One build at a time per index (a lock file); the new generation is written beside the current
one and switched to only when complete, so the previous index stays readable throughout.

(Over 500 lines: the full build and the in-place update are read together, since the update must
decide, at each step, whether it still gives what a full build would; their shared checks stay
beside them.)
"""

from __future__ import annotations

import fcntl
import os
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, UTC
from pathlib import Path

from .entities.actors import resolve_actors
from .entities.attach import Attachment, attach_actors
from .entities.corrections import (
    Corrections,
    CorrectionsError,
    apply_corrections,
    corrections_path,
    load_corrections,
)
from .nlp.analyse import ANALYSIS_LIMIT, Annotations, Progress, analyse, default_workers
from .store.cache import AnnotationCache
from .ingest.clean import blank_junk
from .entities.groups import attach_groups, group_quotes
from .entities.reapply import reapply
from .ingest.feed import KnownRecord
from .ingest.load import Loaded, SourceFile, known_files, load_corpus, scan
from .ingest.walk import corpus_key
from .store.manifest import Manifest, ManifestError, prune_generations, read_manifest, switch
from .nlp.fingerprint import analysis_fingerprint, resolution_fingerprint
from .nlp.model import model_version, resolve_model
from .store.line_tables import drop_tables, read_table, write_tables
from .store.previous import PreviousIndex, Removed
from .records import Article, Problem, Quote
from .store.whoosh_store import (
    article_sig,
    quote_key,
    damage,
    file_sizes,
    open_generation,
    update_generation,
    write_generation,
)

# An incremental build replaces the changed articles in place and joins their names to the
# indexed actors (attach.py); past this share of the corpus changed since the last full build,
# the next build is full again, so that actors merge as a whole-corpus resolution would merge them.
UPDATE_SHARE = 0.1
UPDATE_MIN = 20


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
    updated: int = 0  # articles replaced, added or removed in place (an incremental build); 0: full
    corrected: int = 0  # corrections applied in place to the indexed records (appended since the last build)
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


@dataclass(frozen=True)
class BuildContext:
    """One build's inputs, as its passes read them."""

    corpus: Path
    index_dir: Path
    old: Manifest | None  # the index's manifest before this build, if it has a readable one
    files: list[SourceFile]  # the corpus's files now
    model_name: str
    workers: int | None
    full: bool  # re-analyse everything, ignoring the cache
    progress: Progress | None
    started: float  # time.perf_counter() when the build began
    cluster: str | None = None  # a Dask scheduler's address, or "local": where analysis runs
    corrections: Corrections | None = None  # the user's corrections to the actors


def readable(generation: Path, sizes: dict[str, int], sums: dict | None = None) -> bool:
    """Does this generation open and read? A damaged one is rewritten even when nothing changed."""
    if damage(generation, sizes, sums):
        return False
    try:
        for ix in open_generation(generation).values():
            with ix.searcher() as s:
                s.doc_count()
                next(iter(s.documents()), None)  # touches the stored-fields file
        return True
    except Exception:
        return False


def build_index(
    corpus: Path,
    index_dir: Path,
    model: str | None = None,
    workers: int | None = None,
    full: bool = False,
    progress: Progress | None = None,
    cluster: str | None = None,
    corrections_file: Path | None = None,
) -> BuildReport:
    """Bring the index of corpus up to date; returns what was done. The corrections to the actors
    are read from corrections_file (default: corrections.toml in index_dir)."""
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
        if corrections_file is None and old is not None and old.corrections_file:
            corrections_file = Path(old.corrections_file)  # a shared file given to an earlier build
        try:
            corrections = load_corrections(corrections_path(index_dir, corrections_file))
        except CorrectionsError as err:
            raise BuildError(str(err), code=2) from None
        same_corpus = old is not None and old.corpus == str(corpus.resolve())
        files = scan(corpus, known_files(old.files, old.stats) if same_corpus and not full else None)
        digests = {f.rel: f.digest for f in files}
        usable = (
            not full
            and same_corpus
            and old.model == model_name
            and old.analysis == analysis_fingerprint()  # else dossier's rules changed: analyse again
            and old.resolution == resolution_fingerprint()  # else resolve again, from the cache
            and readable(index_dir / old.generation, old.store_files, old.store_sums)
        )
        if usable and old.files == digests and old.corrections == corrections.digest:
            prune_generations(index_dir, {old.generation})  # e.g. left by a build killed after its switch
            return BuildReport(
                articles=old.articles,
                quotes=old.quotes,
                actors=old.actors,
                unchanged=True,
                skipped_before=list(old.skipped),
                seconds=time.perf_counter() - started,
            )

        ctx = BuildContext(
            corpus, index_dir, old, files, model_name, workers, full, progress, started, cluster, corrections
        )
        if usable:
            report = _recorrect(ctx) if old.files == digests else _update(ctx)
            if report is not None:
                return report
        return _full(ctx)


def _analysed(
    ctx: BuildContext, articles: list[Article], cache: AnnotationCache
) -> tuple[dict[str, Annotations], list[Article]]:
    """Every article's annotations: from the cache (unless the build is full), else analysed now
    (and cached)."""
    anns: dict[str, Annotations] = {}
    todo = []
    for art in articles:
        hit = None if ctx.full else cache.get(art.content_hash, ctx.model_name, art.id)
        if hit is None:
            todo.append(art)
        else:
            anns[art.id] = hit
    for ann in analyse(todo, ctx.model_name, ctx.workers, ctx.progress, cluster=ctx.cluster):
        cache.put(ann)
        anns[ann.article] = ann
    return anns, todo


def _note_long(loaded: Loaded) -> None:
    for art in loaded.articles:
        if len(art.text) > ANALYSIS_LIMIT:
            loaded.problems.append(
                Problem(
                    art.path,
                    None,
                    f"{len(art.text):,} characters: indexed whole, but only the first {ANALYSIS_LIMIT:,} analysed",
                    skipped=False,
                )
            )


def _new_generation() -> str:
    return f"gen-{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{os.getpid()}"


def _keys(loaded: Loaded) -> dict[str, bytes]:
    """Each loaded article's corpus key (its place in article order), by id."""
    return {a.id: corpus_key(a.path, loaded.lines.get(a.id)) for a in loaded.articles}


def _full(ctx: BuildContext) -> BuildReport:
    """Analyse what the cache lacks, resolve every name together, write a whole new generation."""
    progress = ctx.progress
    loaded = load_corpus(ctx.corpus, ctx.files)
    keys = _keys(loaded)
    loaded.articles.sort(key=lambda a: keys[a.id])  # article order is corpus-key order, by definition
    _note_long(loaded)
    cache = AnnotationCache(ctx.index_dir / "annotations")
    anns, todo = _analysed(ctx, loaded.articles, cache)

    if progress:
        progress("actors", 0, 1)
    texts = {a.id: blank_junk(a.text, a.junk) for a in loaded.articles}
    resolution = resolve_actors(
        {aid: a.mentions for aid, a in anns.items()}, {aid: a.quotes for aid, a in anns.items()}, texts=texts
    )
    corrected = apply_corrections(ctx.corrections, resolution.actors, resolution.mentions, resolution.quotes)
    mentions, quotes, actors = corrected.mentions, corrected.quotes, corrected.actors
    loaded.problems.extend(corrected.problems)
    group_quotes([q for art in loaded.articles for q in quotes[art.id]])
    if progress:
        progress("actors", 1, 1)

    generation = _new_generation()
    write_generation(
        ctx.index_dir / generation,
        loaded.articles,
        mentions,
        quotes,
        actors,
        progress,
        processes=ctx.workers or default_workers(),
        keys=keys,
    )
    write_tables(ctx.index_dir / generation, loaded.tables)
    report = BuildReport(
        articles=len(loaded.articles),
        quotes=sum(len(q) for q in quotes.values()),
        actors=len(actors),
        analysed=len(todo),
        reused=len(loaded.articles) - len(todo),
        words=sum(len(a.text.split()) for a in todo),
        problems=loaded.problems,
        duplicates=loaded.duplicates,
    )
    _switch(
        ctx,
        generation,
        report,
        skipped=[str(p) for p in loaded.problems if p.skipped],
        duplicate_texts=sorted(loaded.duplicate_hashes),
        updated=0,
    )
    cache.prune({a.content_hash for a in loaded.articles})
    return report


def _update(ctx: BuildContext) -> BuildReport | None:
    """Replace the changed articles in a copy of the current generation (an incremental build);
    None when a full build is due: too much changed since the last one, or a change whose effects
    reach articles that did not change (a duplicate text freed, an id taken).

    What changed is decided per article, whatever file it is in: a changed file is loaded, and
    each of its articles is compared with the indexed one of the same id (the digest of its
    record, whoosh_store.article_sig; its place is kept by _fresh). Only those that differ,
    appeared or went are deleted, analysed (or taken from the cache) and added. A changed feed
    is loaded with the table of its lines (ingest/feed.py): the lines whose bytes are unchanged
    are known by their digest, not parsed, so one record appended to or edited in a feed of
    50,000 costs one record, and the hashing of that file's lines."""
    old = ctx.old
    changed = {f.rel for f in ctx.files if old.files.get(f.rel) != f.digest}
    touched = changed | (set(old.files) - {f.rel for f in ctx.files})  # changed or gone
    limit = max(UPDATE_MIN, UPDATE_SHARE * old.articles)
    if old.updated + len(touched) > limit and not _feeds(touched):
        return None  # many files: not worth loading them to count their articles
    if old.corrections != ctx.corrections.digest:
        return None  # corrections added or edited: every actor is resolved and corrected again
    previous_gen = ctx.index_dir / old.generation
    tables = {rel: t for rel in changed if (t := read_table(previous_gen, rel)) is not None}
    loaded = load_corpus(ctx.corpus, [f for f in ctx.files if f.rel in changed], tables)
    with PreviousIndex(previous_gen) as prev:
        change = _in_place(ctx, prev, loaded, touched, limit)
        if change is None:
            return None
        resolved = _resolve_in_place(ctx, prev, change)
        if resolved is None:
            return None  # a corrected actor is involved: corrected again, with all its mentions
        attached, regrouped, todo = resolved
        generation, counts = _write_in_place(ctx, change, attached, regrouped)
    return _switch_in_place(ctx, change, generation, counts, todo)


@dataclass
class _InPlace:
    """What an in-place update replaces: the changed files as loaded, the files changed or gone,
    the articles to add (new or changed), the indexed ones to delete (with what they gave the
    actors), and the corpus key of each article added."""

    loaded: Loaded
    touched: set[str]
    articles: list[Article]
    removed: list[Removed]
    removed_ids: set[str]
    keys: dict[str, bytes]


def _in_place(
    ctx: BuildContext, prev: PreviousIndex, loaded: Loaded, touched: set[str], limit: float
) -> _InPlace | None:
    """Compare the loaded articles with the indexed ones (_fresh) and decide what is replaced;
    None when a full build is due: too many articles, a duplicate text freed, an id taken."""
    old = ctx.old
    indexed = prev.records_of(touched)
    fresh, keys = _fresh(loaded, indexed)
    kept = {a.id for a in loaded.articles} - set(keys)
    removed_ids = set(indexed) - kept
    if old.updated + max(len(removed_ids), len(fresh)) > limit:
        return None
    fresh = [a.article() if isinstance(a, KnownRecord) else a for a in fresh]
    removed = prev.articles_with_ids(removed_ids)
    if any(r.content_hash in old.duplicate_texts for r in removed):
        return None  # a copy skipped as a duplicate of it must now be indexed: a full build
    replacing = _replacements(fresh, loaded.lines, prev, removed_ids)
    if replacing is None:
        return None
    articles, duplicates = replacing
    for problem, content_hash in duplicates:
        loaded.duplicates.append(problem)
        loaded.duplicate_hashes.add(content_hash)
    _note_long(Loaded(articles=articles, problems=loaded.problems))
    return _InPlace(loaded, touched, articles, removed, removed_ids, keys)


def _resolve_in_place(
    ctx: BuildContext, prev: PreviousIndex, change: _InPlace
) -> tuple[Attachment, list[tuple[Quote, bytes]], list[Article]] | None:
    """Analyse the articles added (or take them from the cache), join their names to the indexed
    actors and their quotes to the indexed groups: (the attachment, the indexed quotes grouped
    anew, the articles analysed now); None when that reaches an actor the user corrected."""
    articles, progress = change.articles, ctx.progress
    anns, todo = _analysed(ctx, articles, AnnotationCache(ctx.index_dir / "annotations"))
    if progress:
        progress("actors", 0, 1)
    texts = {a.id: blank_junk(a.text, a.junk) for a in articles}
    attached = attach_actors(
        prev,
        change.removed,
        {a.id: anns[a.id].mentions for a in articles},
        {a.id: anns[a.id].quotes for a in articles},
        texts,
    )
    if _touches(attached, ctx.corrections):
        return None
    attach_groups(
        [q for art in articles for q in attached.quotes[art.id]], prev.quotes_with_norm, prev.quotes_of_speaker
    )
    regrouped = _regroup(prev, change.removed, change.removed_ids, articles, attached.quotes, change.keys)
    if progress:
        progress("actors", 1, 1)
    return attached, regrouped, todo


def _write_in_place(
    ctx: BuildContext, change: _InPlace, attached: Attachment, regrouped: list[tuple[Quote, bytes]]
) -> tuple[str, dict[str, int]]:
    """Write the new generation: the previous one's files, less the articles removed, plus those
    added (store/whoosh_store.update_generation); (its name, its counts)."""
    if ctx.progress:
        ctx.progress("writing", 0, 1)
    generation = _new_generation()
    counts = update_generation(
        ctx.index_dir / ctx.old.generation,
        ctx.index_dir / generation,
        change.removed_ids,
        change.articles,
        attached.mentions,
        attached.quotes,
        attached.actors,
        attached.dropped,
        change.keys,
        regrouped,
    )
    write_tables(ctx.index_dir / generation, change.loaded.tables)
    drop_tables(ctx.index_dir / generation, change.touched - set(change.loaded.tables))
    if ctx.progress:
        ctx.progress("writing", 1, 1)
    return generation, counts


def _switch_in_place(
    ctx: BuildContext, change: _InPlace, generation: str, counts: dict[str, int], todo: list[Article]
) -> BuildReport:
    """Switch to the generation written in place; what was done."""
    old, loaded, articles, removed_ids = ctx.old, change.loaded, change.articles, change.removed_ids
    report = BuildReport(
        articles=counts["articles"],
        quotes=counts["quotes"],
        actors=counts["actors"],
        analysed=len(todo),
        reused=counts["articles"] - len(todo),
        words=sum(len(a.text.split()) for a in todo),
        problems=loaded.problems,
        duplicates=loaded.duplicates,
        updated=len(articles) + len(removed_ids - {a.id for a in articles}),
    )
    skipped = [p for p in old.skipped if not any(p.startswith(rel + ":") for rel in change.touched)]
    _switch(
        ctx,
        generation,
        report,
        skipped=skipped + [str(p) for p in loaded.problems if p.skipped],
        duplicate_texts=sorted(set(old.duplicate_texts) | loaded.duplicate_hashes),
        updated=old.updated + max(len(removed_ids), len(articles)),
    )
    return report


def _recorrect(ctx: BuildContext) -> BuildReport | None:
    """Only corrections were appended since the last build: apply those to the indexed records and
    rewrite what they change in a copy of the current generation (entities/reapply.py). None
    when the file changed otherwise (a correction edited, moved or removed): a full build."""
    old, progress = ctx.old, ctx.progress
    if old.corrections and not old.correction_keys:
        return None  # applied by a build that did not record them: every one is applied again
    new = ctx.corrections.appended_to(old.correction_keys)
    if new is None:
        return None
    previous_gen = ctx.index_dir / old.generation
    if progress:
        progress("actors", 0, 1)
    with PreviousIndex(previous_gen) as prev:
        whole = prev.whole()
    rewrite = reapply(whole, ctx.corrections, new)
    if progress:
        progress("actors", 1, 1)
        progress("writing", 0, 1)
    generation = _new_generation()
    rewritten = {a.id for a in rewrite.articles}
    counts = update_generation(
        previous_gen,
        ctx.index_dir / generation,
        rewritten,
        rewrite.articles,
        rewrite.mentions,
        rewrite.quotes,
        rewrite.actors,
        rewrite.dropped,
        whole.keys,
        rewrite.requoted,
    )
    if progress:
        progress("writing", 1, 1)
    report = BuildReport(
        articles=counts["articles"],
        quotes=counts["quotes"],
        actors=counts["actors"],
        reused=counts["articles"],
        problems=rewrite.problems,
        updated=len(rewritten),
        corrected=len(new),
    )
    _switch(
        ctx,
        generation,
        report,
        skipped=list(old.skipped),
        duplicate_texts=list(old.duplicate_texts),
        updated=old.updated + len(rewritten),
    )
    return report


def _given_file(ctx: BuildContext) -> str:
    """The corrections file to remember for later builds: only one given outside the index."""
    if ctx.corrections is None or ctx.corrections.path == corrections_path(ctx.index_dir):
        return ""
    return str(ctx.corrections.path.resolve())


def _touches(attached: Attachment, corrections: Corrections) -> bool:
    """Does an in-place update reach an actor the user corrected? Then it is done as a full build,
    where every correction is applied to the whole resolution again."""
    ids = corrections.ids
    if not ids:
        return False
    touched = {a.id for a in attached.actors} | set(attached.dropped)
    touched |= {m.actor for ms in attached.mentions.values() for m in ms}
    touched |= {q.speaker_id for qs in attached.quotes.values() for q in qs}
    return not ids.isdisjoint(touched)


def _fresh(
    loaded: Loaded, indexed: dict[str, tuple[bytes, bytes]]
) -> tuple[list[Article | KnownRecord], dict[str, bytes]]:
    """The loaded articles that are new or differ from their indexed version, each with the
    corpus key it is written with (a feed's known line is compared by the digest its table holds).

    Only the order of keys matters (store/order.py). An unchanged record keeps its document and
    the key stored with it, even when lines above it were added or removed; a new one is given a
    key just above the stored key of the unchanged record before it (below every record of its
    file when none is), so that each stays where the feed puts it. When the unchanged records'
    keys are no longer in the feed's order (a record moved), the file's records are all placed
    anew."""
    by_file: dict[str, list[Article]] = {}
    for art in loaded.articles:
        by_file.setdefault(art.path, []).append(art)
    fresh, keys = [], {}
    for path, arts in by_file.items():
        kept = [a.id for a in arts if a.id in indexed and indexed[a.id][0] == _sig(a)]
        stored = [indexed[aid][1] for aid in kept]
        if any(x >= y for x, y in zip(stored, stored[1:])):
            kept = []
        below, n = corpus_key(path, 0), 0
        kept_ids = set(kept)
        for art in arts:
            if art.id in kept_ids:
                below, n = indexed[art.id][1], 0
                continue
            n += 1
            keys[art.id] = below + b"\x01" + n.to_bytes(4, "big")
            fresh.append(art)
    return fresh, keys


def _sig(art: Article | KnownRecord) -> bytes:
    return art.sig if isinstance(art, KnownRecord) else article_sig(art)


def _regroup(
    prev: PreviousIndex,
    removed: list,
    removed_ids: set[str],
    articles: list[Article],
    quotes: dict[str, list[Quote]],
    keys: dict[str, bytes],
) -> list[tuple[Quote, bytes]]:
    """The indexed quotes whose group a full build would now name otherwise, renamed (with their
    keys); the new quotes' groups are set in place.

    A group of quotes is named after its first quote and held together by its members' likeness.
    When one of its quotes goes, a full build may name it after another quote, or split it (the
    one that went linked the others): its remaining members, in corpus order, are grouped again
    with the same rule (group_quotes), which is what a full build does to them."""
    new = {q.id: (q, quote_key(keys[art.id], n)) for art in articles for n, q in enumerate(quotes[art.id])}
    out = []
    for group in sorted({g for r in removed for g in r.groups}):
        members = [(q, k) for q, k in prev.quotes_in_group(group) if q.article not in removed_ids]
        members += [(q, k) for q, k in new.values() if q.group == group]
        members.sort(key=lambda m: m[1])
        copies = [replace(q) for q, _ in members]
        group_quotes(copies)
        for (q, key), copy in zip(members, copies):
            if copy.group == q.group:
                continue
            if q.id in new:
                q.group = copy.group
            else:
                out.append((replace(q, group=copy.group), key))
    return out


def _feeds(rels: set[str]) -> bool:
    """Are these JSON Lines files (many articles each, of which few may have changed)?"""
    return any(rel.lower().endswith(".jsonl") for rel in rels)


def _replacements(
    fresh: list[Article], lines: dict[str, int], prev: PreviousIndex, removed_ids: set[str]
) -> tuple[list[Article], list[tuple[Problem, str]]] | None:
    """(the new or changed articles to index in place of the removed ones, the others: each a
    duplicate of an indexed text, with its hash); None when one takes the id of an article that
    stays."""
    articles, duplicates = [], []
    for art in fresh:
        if art.id not in removed_ids and prev.has_article(art.id):
            return None  # an id of an unchanged file: which one is renamed depends on the order
        same = prev.has_text(art.content_hash)
        if same is not None and same not in removed_ids:
            duplicates.append(
                (
                    Problem(art.path, lines.get(art.id), f"same text as indexed article {same!r}: indexed once"),
                    art.content_hash,
                )
            )
            continue
        articles.append(art)
    return articles, duplicates


def _switch(
    ctx: BuildContext,
    generation: str,
    report: BuildReport,
    *,
    skipped: list[str],
    duplicate_texts: list[str],
    updated: int,
) -> None:
    """Point the index at the new generation, then drop all but it and the one before."""
    report.seconds = time.perf_counter() - ctx.started
    switch(
        ctx.index_dir,
        Manifest(
            generation=generation,
            corpus=str(ctx.corpus.resolve()),
            model=ctx.model_name,
            model_version=model_version(ctx.model_name),
            analysis=analysis_fingerprint(),
            resolution=resolution_fingerprint(),
            files={f.rel: f.digest for f in ctx.files},
            articles=report.articles,
            quotes=report.quotes,
            actors=report.actors,
            skipped=skipped,
            store_files=file_sizes(ctx.index_dir / generation),
            stats={f.rel: list(f.stat) for f in ctx.files},
            duplicate_texts=duplicate_texts,
            updated=updated,
            corrections=ctx.corrections.digest if ctx.corrections else "",
            correction_keys=ctx.corrections.keys if ctx.corrections else [],
            corrections_file=_given_file(ctx),
            built_at=datetime.now(UTC).isoformat(timespec="seconds"),
            seconds=round(report.seconds, 3),
        ),
    )
    prune_generations(ctx.index_dir, {generation} | ({ctx.old.generation} if ctx.old else set()))
