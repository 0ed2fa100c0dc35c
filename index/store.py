"""The store: Whoosh indexes `articles`, `actors` and `quotes` in one generation folder.

Schemas are declared once, here. A build writes a whole new generation beside the current one
and `manifest.switch` points readers at it only when it is complete, so a build that fails or is
killed never leaves a half-written index behind.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from whoosh import index as windex
from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from .clean import blank_junk, lead
from .records import Actor, Article, Mention, Quote

# A name analyzer: lower-cased words, no stop words (so "The Hague" and "US" stay whole).
_NAMES = StandardAnalyzer(stoplist=None, minsize=1)

ARTICLES = Schema(
    id=ID(stored=True, unique=True),
    title=TEXT(analyzer=StemmingAnalyzer(), stored=True, field_boost=2.0),
    # chars=True stores each word's offsets, so snippets need not re-analyse the article.
    body=TEXT(analyzer=StemmingAnalyzer(), spelling=True, chars=True),
    source=TEXT(analyzer=_NAMES, stored=True),
    date=KEYWORD(lowercase=True),  # "2025 2025-12 2025-12-07": date:2025-12 matches the month
    actor=TEXT(analyzer=_NAMES),  # every alias of every actor mentioned
    speaker=TEXT(analyzer=_NAMES),  # every alias of every actor quoted
    actor_id=KEYWORD(commas=True),
    speaker_id=KEYWORD(commas=True),
    label=STORED,  # what lists show: the title, else the start of the text
    record=STORED,  # the Article, mentions included, as JSON
)
QUOTES = Schema(
    id=ID(stored=True, unique=True),
    article=ID(stored=True),
    order=STORED,  # article order; sorted in Python (a NUMERIC field costs many postings)
    text=TEXT(analyzer=StemmingAnalyzer()),
    speaker=TEXT(analyzer=_NAMES),
    speaker_id=KEYWORD(commas=True),
    record=STORED,
)
ACTORS = Schema(
    id=ID(stored=True, unique=True),
    type=ID(stored=True),
    name=TEXT(analyzer=_NAMES, stored=True),
    aliases=TEXT(analyzer=_NAMES),
    mentions=STORED,
    record=STORED,
)
SCHEMAS = {"articles": ARTICLES, "quotes": QUOTES, "actors": ACTORS}


def date_terms(date: str | None) -> str:
    if not date:
        return ""
    parts = date.split("-")
    return " ".join("-".join(parts[:n]) for n in range(1, len(parts) + 1))


# compound=False: segments stay separate files that readers map, rather than one compound file
# that Whoosh reads into memory (214 MB to 69 MB for a reader of 10,000 articles).


def write_generation(folder: Path, articles: list[Article], mentions: dict[str, list[Mention]],
                     quotes: dict[str, list[Quote]], actors: list[Actor],
                     progress=None) -> None:
    """Write the three indexes of one complete build into folder (which must be new)."""
    folder.mkdir(parents=True)
    by_id = {a.id: a for a in actors}
    ix = {name: windex.create_in(str(folder), schema, indexname=name) for name, schema in SCHEMAS.items()}

    def aliases(ids: Iterable[str]) -> str:
        return " ; ".join(alias for i in sorted(set(ids)) if i in by_id for alias in by_id[i].aliases)

    if progress:
        progress("writing", 0, len(articles))
    w = ix["articles"].writer(limitmb=256, compound=False)
    for n, art in enumerate(articles, 1):
        ms = mentions.get(art.id, [])
        qs = quotes.get(art.id, [])
        actor_ids = {m.actor for m in ms if m.actor}
        speaker_ids = {q.speaker_id for q in qs if q.speaker_id}
        record = art.to_dict()
        record["mentions"] = [m.__dict__ for m in ms]
        w.add_document(
            id=art.id, title=art.title or "", label=art.title or lead(art.text, 80),
            body=blank_junk(art.text, art.junk),
            source=art.source or "", date=date_terms(art.date),
            actor=aliases(actor_ids), speaker=aliases(speaker_ids),
            actor_id=",".join(sorted(actor_ids)), speaker_id=",".join(sorted(speaker_ids)),
            record=json.dumps(record, ensure_ascii=False),
        )
        if progress and n % 200 == 0:
            progress("writing", n, len(articles))
    w.commit()

    w = ix["quotes"].writer(limitmb=128, compound=False)
    order = 0
    for art in articles:
        for q in quotes.get(art.id, []):
            w.add_document(
                id=q.id, article=q.article, order=order, text=q.text,
                speaker=aliases([q.speaker_id]) if q.speaker_id else "",
                speaker_id=q.speaker_id or "", record=json.dumps(q.__dict__, ensure_ascii=False),
            )
            order += 1
    w.commit()

    w = ix["actors"].writer(compound=False)
    for a in actors:
        w.add_document(id=a.id, type=a.type, name=a.name, aliases=" ; ".join(a.aliases),
                       mentions=a.mentions, record=json.dumps(a.__dict__, ensure_ascii=False))
    w.commit()
    if progress:
        progress("writing", len(articles), len(articles))


def open_generation(folder: Path) -> dict[str, windex.Index]:
    return {name: windex.open_dir(str(folder), indexname=name) for name in SCHEMAS}


def file_sizes(folder: Path) -> dict[str, int]:
    """The size of every file of a written generation: recorded in the manifest, checked on open."""
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith("_WRITELOCK")}


def damage(folder: Path, expected: dict[str, int]) -> str | None:
    """What is wrong with a generation's files (missing, or not the size written), else None.

    Cheap (a stat a file) and run on every open: a truncated or deleted segment file is reported
    as damage with the rebuild command, rather than failing later inside a search.
    """
    for name, size in expected.items():
        try:
            actual = (folder / name).stat().st_size
        except OSError:
            return f"{name} is missing"
        if actual != size:
            return f"{name} is {actual} bytes, {size} were written"
    return None
