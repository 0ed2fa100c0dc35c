"""The store: Whoosh indexes `articles`, `actors` and `quotes` in one generation folder.

Schemas are declared once, here. A build writes a whole new generation beside the current one
and `manifest.switch` points readers at it only when it is complete, so a build that fails or is
killed never leaves a half-written index behind.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from whoosh import index as windex
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.writing import SegmentWriter

from . import whoosh_fixes
from .checksums import damage  # noqa: F401 (where the build and the Reader have found it)
from ..ingest.article import SIG_BYTES, article_sig  # noqa: F401 (the digest the ident column holds)
from ..ingest.clean import blank_junk, lead
from ..forked import Forked, can_fork
from ..entities.groups import norm_key
from ..records import Actor, Article, Mention, Quote

whoosh_fixes.apply()

# A name analyzer: lower-cased words, no stop words (so "The Hague" and "US" stay whole).
_NAMES = StandardAnalyzer(stoplist=None, minsize=1)

_ARTICLE_FIELDS = dict(
    id=ID(stored=True, unique=True),
    path=ID,  # the corpus file: an incremental build replaces the articles of changed files
    hash=ID,  # the content hash: a new file repeating an indexed text is a duplicate
    title=TEXT(analyzer=StemmingAnalyzer(), stored=True, field_boost=2.0),
    # chars=True stores each word's offsets, so snippets need not re-analyse the article.
    body=TEXT(analyzer=StemmingAnalyzer(), spelling=True, chars=True),
    source=TEXT(analyzer=_NAMES, stored=True),
    date=KEYWORD(lowercase=True),  # "2025 2025-12 2025-12-07": date:2025-12 matches the month
    actor_id=KEYWORD(commas=True),  # the actors mentioned
    speaker_id=KEYWORD(commas=True),  # the actors quoted
    label=STORED,  # what lists show: the title, else the start of the text
    record=STORED,  # the Article, mentions included, as JSON
    # Columns (read per document without unpickling its stored fields): where the article stands
    # in the corpus (walk.corpus_key), and its id after the digest of what it was indexed from
    # (`ident`): what an update compares, record by record, to find what changed in a file.
    key=COLUMN(VarBytesColumn()),
    ident=COLUMN(VarBytesColumn()),
)
_QUOTE_FIELDS = dict(
    id=ID(stored=True, unique=True),
    article=ID(stored=True),
    order=STORED,  # article order; sorted in Python (a NUMERIC field costs many postings)
    text=TEXT(analyzer=StemmingAnalyzer()),
    norm=ID,  # digest of the normalised words: an incremental build finds a new quote's group
    group=ID,  # an incremental build renames a group that lost a quote as a full build would
    speaker_id=KEYWORD(commas=True),
    record=STORED,
    key=COLUMN(VarBytesColumn()),  # the article's corpus key, then the quote's place in it
)
ARTICLES = Schema(**_ARTICLE_FIELDS)
QUOTES = Schema(**_QUOTE_FIELDS)
ACTORS = Schema(
    id=ID(stored=True, unique=True),
    type=ID(stored=True),
    name=TEXT(analyzer=_NAMES, stored=True),
    aliases=TEXT(analyzer=_NAMES),
    mentions=STORED,
    record=STORED,
)
SCHEMAS = {"articles": ARTICLES, "quotes": QUOTES, "actors": ACTORS}


# What queries may name: the stored fields, and `actor:`/`speaker:`, whose words the Reader looks
# up in the actors' aliases and turns into actor_id/speaker_id terms. Articles store ids, not
# names, so a spelling an actor gains later needs no rewrite of the articles that mention it.
ARTICLE_QUERY = Schema(**_ARTICLE_FIELDS, actor=TEXT(analyzer=_NAMES), speaker=TEXT(analyzer=_NAMES))
# `speaker_words` is where the quotes' second parse puts plain words (who said it): it cannot be
# typed, so that the Reader can tell a plain word from one the user gave `speaker:`.
SPEAKER_WORDS = "speaker_words"
QUOTE_QUERY = Schema(**_QUOTE_FIELDS, speaker=TEXT(analyzer=_NAMES), **{SPEAKER_WORDS: TEXT(analyzer=_NAMES)})


def date_terms(date: str | None) -> str:
    if not date:
        return ""
    parts = date.split("-")
    return " ".join("-".join(parts[:n]) for n in range(1, len(parts) + 1))


# compound=False: segments stay separate files that readers map, rather than one compound file
# that Whoosh reads into memory (214 MB to 69 MB for a reader of 10,000 articles).


def ident_value(art: Article) -> bytes:
    return article_sig(art) + art.id.encode("utf-8", "surrogatepass")


def split_ident(value: bytes) -> tuple[str, bytes]:
    """(article id, digest) of an `ident` column value."""
    return value[SIG_BYTES:].decode("utf-8", "surrogatepass"), value[:SIG_BYTES]


def quote_key(article_key: bytes, n: int) -> bytes:
    return article_key + n.to_bytes(4, "big")


def article_doc(art: Article, ms: list[Mention], qs: list[Quote], key: bytes) -> dict:
    """The fields of one article's document; key: its corpus key."""
    actor_ids = {m.actor for m in ms if m.actor}
    speaker_ids = {q.speaker_id for q in qs if q.speaker_id}
    record = art.to_dict()
    record["mentions"] = [m.__dict__ for m in ms]
    return dict(
        id=art.id,
        path=art.path,
        hash=art.content_hash,
        title=art.title or "",
        label=art.title or lead(art.text, 80),
        body=blank_junk(art.text, art.junk),
        source=art.source or "",
        date=date_terms(art.date),
        actor_id=",".join(sorted(actor_ids)),
        speaker_id=",".join(sorted(speaker_ids)),
        record=json.dumps(record, ensure_ascii=False),
        key=key,
        ident=ident_value(art),
    )


def quote_doc(q: Quote, order: int, key: bytes) -> dict:
    return dict(
        id=q.id,
        article=q.article,
        order=order,
        text=q.text,
        norm=norm_key(q.text),
        group=q.group or "",
        speaker_id=q.speaker_id or "",
        record=json.dumps(q.__dict__, ensure_ascii=False),
        key=key,
    )


def actor_doc(a: Actor) -> dict:
    return dict(
        id=a.id,
        type=a.type,
        name=a.name,
        aliases=" ; ".join(a.aliases),
        mentions=a.mentions,
        record=json.dumps(a.__dict__, ensure_ascii=False),
    )


# Rough costs of writing one document, in characters of article body: what splits the writing
# between two processes evenly (measured on the BBC corpus: an article 2.2 microseconds a
# character, a quote 0.24 ms, an actor 0.18 ms).
QUOTE_COST = 110
ACTOR_COST = 80
FORK_MIN = 100  # fewer articles than this are written in well under a second: no second process


def write_generation(
    folder: Path,
    articles: list[Article],
    mentions: dict[str, list[Mention]],
    quotes: dict[str, list[Quote]],
    actors: list[Actor],
    progress: Callable[[str, int, int], None] | None = None,
    processes: int = 1,
    keys: dict[str, bytes] | None = None,
) -> None:
    """Write the three indexes of one complete build into folder (which must be new), in the
    order of articles (which should be that of their corpus keys: `keys`, by article id; without
    them the order given is the key).

    With processes > 1 a forked child writes the quotes and actors indexes and the first articles
    as a segment of its own, while this process writes the other articles: each index's files and
    document order are as one writer would leave them, in half the time on two cores.
    """
    folder.mkdir(parents=True)
    ix = {name: windex.create_in(str(folder), schema, indexname=name) for name, schema in SCHEMAS.items()}
    if progress:
        progress("writing", 0, len(articles))
    keys = keys or {a.id: n.to_bytes(8, "big") for n, a in enumerate(articles)}
    ordered = [(q, quote_key(keys[art.id], n)) for art in articles for n, q in enumerate(quotes.get(art.id, []))]
    forking = processes > 1 and len(articles) >= FORK_MIN and can_fork()
    split = _split(articles, len(ordered), len(actors)) if forking else 0
    child = Forked(_write_child, ix, articles[:split], mentions, quotes, keys, ordered, actors) if forking else None

    if child is None:
        w = ix["articles"].writer(limitmb=256, compound=False)
        _add_articles(w, articles, mentions, quotes, keys, progress, len(articles))
        w.commit()
        _write_quotes(ix["quotes"], ordered)
        _write_actors(ix["actors"], actors)
    else:
        try:
            tail = _articles_segment(ix["articles"], articles[split:], mentions, quotes, keys, progress, len(articles))
            head = child.result()
        except BaseException:
            child.stop()
            raise
        # One commit lists both segments, the child's first: document numbers follow the
        # articles' order.
        ix["articles"].writer().commit(
            mergetype=lambda writer, segments: segments + [s for s in (head, tail) if s is not None]
        )
    if progress:
        progress("writing", len(articles), len(articles))


def _add_articles(w, articles: list[Article], mentions, quotes, keys, progress=None, total: int = 0) -> None:
    for n, art in enumerate(articles, 1):
        w.add_document(**article_doc(art, mentions.get(art.id, []), quotes.get(art.id, []), keys[art.id]))
        if progress and n % 200 == 0:
            progress("writing", n + total - len(articles), total)


def _articles_segment(
    index: windex.Index, articles: list[Article], mentions, quotes, keys, progress=None, total: int = 0
):
    """The articles written as a segment that no table of contents lists yet (Whoosh's MpWriter
    writes its parts the same way); None for no articles. The caller commits it."""
    if not articles:
        return None
    w = SegmentWriter(index, _lk=False, limitmb=256, compound=False)
    _add_articles(w, articles, mentions, quotes, keys, progress, total)
    return w._finalize_segment()


def _split(articles: list[Article], n_quotes: int, n_actors: int) -> int:
    """How many of the first articles the child writes beside the quotes and actors, so that
    both processes have about half the work."""
    sizes = [len(a.text) for a in articles]
    half = (sum(sizes) + QUOTE_COST * n_quotes + ACTOR_COST * n_actors) / 2
    left = half - QUOTE_COST * n_quotes - ACTOR_COST * n_actors
    n = 0
    while n < len(sizes) and left > sizes[n] / 2:
        left -= sizes[n]
        n += 1
    return n


def _write_child(ix: dict, head: list[Article], mentions, quotes, keys, ordered, actors: list[Actor]):
    """In the forked child: the quotes and actors indexes, then the head articles' segment."""
    _write_quotes(ix["quotes"], ordered)
    _write_actors(ix["actors"], actors)
    return _articles_segment(ix["articles"], head, mentions, quotes, keys)


def _write_quotes(index: windex.Index, ordered: list[tuple[Quote, bytes]]) -> None:
    w = index.writer(limitmb=128, compound=False)
    for order, (q, key) in enumerate(ordered):
        w.add_document(**quote_doc(q, order, key))
    w.commit()


def _write_actors(index: windex.Index, actors: list[Actor]) -> None:
    w = index.writer(compound=False)
    for a in actors:
        w.add_document(**actor_doc(a))
    w.commit()


def update_generation(
    previous: Path,
    folder: Path,
    removed: set[str],
    articles: list[Article],
    mentions: dict[str, list[Mention]],
    quotes: dict[str, list[Quote]],
    actors: list[Actor],
    dropped_actors: set[str],
    keys: dict[str, bytes],
    regrouped: list[tuple[Quote, bytes]] = (),
) -> dict[str, int]:
    """Write a new generation as the previous one with a few articles replaced (an incremental
    build); the number of documents each index then holds.

    Whoosh never changes a segment file once written (deletions and the table of contents are
    new files), so the previous generation's files are hard-linked into folder and only the
    changes are written: seconds for one article of 10,000 instead of rewriting everything. The
    previous generation stays intact and readable. The new documents come after the others;
    readers of an updated index order by the corpus keys stored with them (order.py).
    """
    folder.mkdir(parents=True)
    for f in previous.iterdir():
        if f.is_file() and not f.name.endswith("_WRITELOCK"):
            os.link(f, folder / f.name)
    ix = open_generation(folder)
    w = ix["articles"].writer(limitmb=64, compound=False)
    for aid in sorted(removed):
        w.delete_by_term("id", aid)
    for art in articles:
        w.add_document(**article_doc(art, mentions.get(art.id, []), quotes.get(art.id, []), keys[art.id]))
    w.commit()

    w = ix["quotes"].writer(limitmb=64, compound=False)
    for aid in sorted(removed):
        w.delete_by_term("article", aid)
    for q, _key in regrouped:  # quotes of unchanged articles whose group is renamed
        w.delete_by_term("id", q.id)
    order = ix["quotes"].doc_count_all()
    for q, key in regrouped:
        w.add_document(**quote_doc(q, order, key))
        order += 1
    for art in articles:
        for n, q in enumerate(quotes.get(art.id, [])):
            w.add_document(**quote_doc(q, order, quote_key(keys[art.id], n)))
            order += 1
    w.commit()

    w = ix["actors"].writer(limitmb=64, compound=False)
    for actor_id in sorted(dropped_actors | {a.id for a in actors}):
        w.delete_by_term("id", actor_id)
    for a in actors:
        w.add_document(**actor_doc(a))
    w.commit()
    return {name: index.doc_count() for name, index in ix.items()}


def open_generation(folder: Path) -> dict[str, windex.Index]:
    return {name: windex.open_dir(str(folder), indexname=name) for name in SCHEMAS}


def file_sizes(folder: Path) -> dict[str, int]:
    """The size of every file of a written generation: recorded in the manifest, checked on open."""
    return {
        p.name: p.stat().st_size for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith("_WRITELOCK")
    }
