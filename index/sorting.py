"""Search results by date or narrowed to sources, a search's facets, an actor's timeline.

The articles index keeps an article's date as KEYWORD terms ("2025 2025-12 2025-12-07") and its
source as words (TEXT): neither is a column Whoosh could sort by, and adding one would change
the index's schema. Whoosh's own answer for such a field (sorting.PostingCategorizer) walks the
field's postings into an array by document number; `ArticleFacts` does that once per opened
index for both fields (an article's full date is its longest date term; its source, the words of
its source field in order) and hands those arrays to Whoosh: the sorting (SortingCollector, with
NewestFirst) and the narrowing (a filter of document numbers) are Whoosh's; facets are counted
over Whoosh's matches (facets_of says why). Nothing here unpickles a stored article but one per
source (for its name as written) and, for a timeline, the articles that mention the actor.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter
from collections.abc import Callable, Iterable

from whoosh import sorting
from whoosh.query import And, Query, Term

from .facets import DAILY_UNDER_DAYS, Facets, Period, SourceCount, Timeline
from .store.whoosh_store import ARTICLES

NO_SOURCE = -1
_UNDATED = 1 << 30  # sorts after every date rank


def source_key(name: str) -> str:
    """A source as the index reads it: its words, lower-cased ("Reuters" and "REUTERS" are one)."""
    return " ".join(t.text for t in ARTICLES["source"].analyzer(name))


class ArticleFacts:
    """Each article's date and source, by document number, read from the index's terms."""

    def __init__(self, searcher, rank: Callable[[int], int] | None = None) -> None:
        reader = searcher.reader()
        count = reader.doc_count_all()
        self.rank = rank or (lambda docnum: docnum)  # corpus order (store/order.py)
        # Dates: the lexicon is sorted and a date's terms are prefixes of its full date, so the
        # last term posted for a document is its date. (Postings skip deleted documents: an
        # article replaced by an update in place leaves nothing here.)
        date_of: list[str | None] = [None] * count
        words: list[dict[int, str]] = [{} for _ in range(count)]
        if "date" in reader.indexed_field_names():
            for btext in reader.lexicon("date"):
                text = btext.decode("utf-8")
                for docnum in reader.postings("date", btext).all_ids():
                    date_of[docnum] = text
        # Sources: the words of each document's source field, by position.
        if "source" in reader.indexed_field_names():
            for btext in reader.lexicon("source"):
                word = btext.decode("utf-8")
                m = reader.postings("source", btext)
                while m.is_active():
                    for pos in m.value_as("positions"):
                        words[m.id()][pos] = word
                    m.next()
        self.dates = sorted({d for d in date_of if d})
        position = {d: i for i, d in enumerate(self.dates)}
        self.date_rank = [position[d] if d else _UNDATED for d in date_of]
        keys = [" ".join(w[p] for p in sorted(w)) for w in words]
        self.source_keys = sorted({k for k in keys if k})
        index = {k: i for i, k in enumerate(self.source_keys)}
        self.source_of = [index[k] if k else NO_SOURCE for k in keys]
        # A source's name as written: that of the first article (in document order) that has it.
        first: dict[int, int] = {}
        for docnum, s in enumerate(self.source_of):
            if s != NO_SOURCE and s not in first:
                first[s] = docnum
        self.names = [searcher.stored_fields(first[i]).get("source") or k for i, k in enumerate(self.source_keys)]

    def date(self, docnum: int) -> str | None:
        r = self.date_rank[docnum]
        return None if r == _UNDATED else self.dates[r]

    def docs_from(self, sources: Iterable[str]) -> set[int]:
        """The documents whose source is one of these (compared as source_key does)."""
        wanted = {k for k in map(source_key, sources) if k}
        ids = {i for i, k in enumerate(self.source_keys) if k in wanted}
        return {d for d, s in enumerate(self.source_of) if s in ids}

    def known(self, source: str) -> bool:
        return source_key(source) in self.source_keys

    def span_days(self) -> int | None:
        """Days between the corpus's first and last full dates (None without two dates)."""
        days = [d for d in self.dates if len(d) >= 10]
        if len(days) < 2:
            return None
        return (_day(days[-1]) - _day(days[0])).days


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text[:10])


class NewestFirst(sorting.FacetType):
    """Newest first; undated articles last; ties in corpus order. The key ends with the score
    (negated), which no longer decides anything but is what a hit shows."""

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts

    def categorizer(self, global_searcher) -> sorting.Categorizer:
        facts = self.facts

        class Newest(sorting.Categorizer):
            needs_current = True  # for the score

            def set_searcher(self, segment_searcher, docoffset: int) -> None:
                self.offset = docoffset

            def key_for(self, matcher, segment_docnum: int) -> tuple:
                docnum = self.offset + segment_docnum
                r = facts.date_rank[docnum]
                return (r == _UNDATED, -r, facts.rank(docnum), -matcher.score())

        return Newest()


def hit_score(score, sort: str) -> float:
    """A hit's score as shown: Whoosh's, or (sorted by date) the last part of its NewestFirst key."""
    if sort == "date":
        score = -score[-1]
    return round(float(score or 0.0), 4)


def narrowing(searcher, facts: ArticleFacts, actor_id: str | None, sources: list[str] | None):
    """Whoosh's filter for an actor and sources: a Term, a set of document numbers, or None."""
    actor = Term("actor_id", actor_id) if actor_id else None
    if not sources:
        return actor
    docs = _Docs(facts.docs_from(sources))
    if actor is not None:
        docs &= set(searcher.docs_for_query(actor))
    return docs


class _Docs(set):
    """Document numbers as a filter: true even when empty (Whoosh drops a false filter, and
    none of a source's articles then means all of them)."""

    def __bool__(self) -> bool:
        return True


def facets_of(searcher, facts: ArticleFacts, q: Query, actor_id: str | None, sources: list[str] | None) -> Facets:
    """The sources (most articles first, then by name) and dates of what q finds.

    Counted over Whoosh's matching documents (`docs_for_query`, which reads postings by block)
    with the arrays: Whoosh's own grouping (`groupedby` SourceFacet and DateFacet, `Count`) calls
    two categorizers per match through its collector chain, 45 microseconds a match against under
    one (2,000 articles: 89 ms against 0.9 for `*`; bench/sortfacet_bench.py)."""
    if actor_id:
        q = And([q, Term("actor_id", actor_id)])
    docs = searcher.docs_for_query(q)
    if sources:
        wanted = facts.docs_from(sources)
        docs = (d for d in docs if d in wanted)
    by_source: Counter[int] = Counter()
    by_date: Counter[int] = Counter()
    for d in docs:
        by_source[facts.source_of[d]] += 1
        by_date[facts.date_rank[d]] += 1
    named = sorted(
        ((facts.names[k], c) for k, c in by_source.items() if k != NO_SOURCE), key=lambda nc: (-nc[1], nc[0].lower())
    )
    dated = sorted(k for k in by_date if k != _UNDATED)
    return Facets(
        total=sum(by_source.values()),
        sources=[SourceCount(n, c) for n, c in named],
        unsourced=by_source.get(NO_SOURCE, 0),
        first=facts.dates[dated[0]] if dated else None,
        last=facts.dates[dated[-1]] if dated else None,
        undated=by_date.get(_UNDATED, 0),
    )


def timeline_of(articles, quotes, facts: ArticleFacts, actor_id: str) -> Timeline:
    """An actor's articles, mentions and quotes per month (per day over a short corpus).
    articles, quotes: the two indexes' searchers."""
    span = facts.span_days()
    unit = "day" if span is not None and span < DAILY_UNDER_DAYS else "month"
    width = 10 if unit == "day" else 7
    counts: dict[str, Period] = {}
    undated = Period("undated")

    def bucket(date: str | None) -> Period:
        if not date or len(date) < width:
            return undated
        return counts.setdefault(date[:width], Period(date[:width]))

    # A mention is `"actor": ID` in its article's stored record (whoosh_store.article_doc's JSON):
    # counted in the text of the record, at C speed, rather than by parsing it (a quarter of a
    # millisecond an article). No text of the article can match: its quotes are escaped there.
    mention = f'"actor": {json.dumps(actor_id, ensure_ascii=False)}'
    for docnum in articles.docs_for_query(Term("actor_id", actor_id)):
        p = bucket(facts.date(docnum))
        p.articles += 1
        p.mentions += articles.stored_fields(docnum)["record"].count(mention)
    said: Counter[str] = Counter()
    for docnum in quotes.docs_for_query(Term("speaker_id", actor_id)):
        said[quotes.stored_fields(docnum)["article"]] += 1
    for article, n in said.items():
        docnum = articles.document_number(id=article)
        bucket(facts.date(docnum) if docnum is not None else None).quotes += n
    return Timeline(actor_id, unit, _every_period(counts, facts, unit), undated)


def _every_period(counts: dict[str, Period], facts: ArticleFacts, unit: str) -> list[Period]:
    """The periods from the corpus's first dated one to its last, the empty ones included."""
    width = 10 if unit == "day" else 7
    dated = [d[:width] for d in facts.dates if len(d) >= width]
    if not dated:
        return sorted(counts.values(), key=lambda p: p.period)
    first, last = min(dated), max(dated)
    out = []
    for period in _periods(first, last, unit):
        out.append(counts.get(period) or Period(period))
    return out


def _periods(first: str, last: str, unit: str) -> list[str]:
    if unit == "day":
        a, b = _day(first), _day(last)
        return [(a + datetime.timedelta(days=n)).isoformat() for n in range((b - a).days + 1)]
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
