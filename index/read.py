"""The read API: everything the explorer and the headless commands show comes through here.

A Reader opens the index once and keeps its Whoosh searchers; `reopen()` moves it to a newer
build without disturbing answers already given. It never imports spaCy. (Over 500 lines: one
Reader class whose methods share its searchers and lock; the query checks live in store/.)

What it raises: QueryError for a query it will not run (the reason in words), IndexUnavailable
for an index that is missing or damaged (with the command that rebuilds it), Stopped when the
caller's `stop()` said a newer query came. Whatever Whoosh raises on reading damaged files is
IndexUnavailable, never a raw error.
"""

from __future__ import annotations

from typing import Any

import functools
import heapq
import time
from pathlib import Path
from collections.abc import Callable

from .records import Actor, Article, Mention, Quote, Range

# The answers' records live where the explorer can import them without Whoosh; re-exported here.
from .results import ArticleView, Hit, IndexUnavailable, QueryError, SearchResult  # noqa: F401

import copy
import json
import math
import re
import threading

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import Levenshtein
from whoosh import highlight
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser, QueryParser
from whoosh.qparser.plugins import FieldAliasPlugin
from whoosh.query import And, Every, NullQuery, Or, Query, Term
from whoosh.query.qcore import QueryError as WhooshQueryError

from . import snippets
from .ingest.clean import blank_junk, lead
from .store.expansion import MAX_EXPANSION, TooBroad, check_expansion, gathered, shown
from .store import checksums
from .store.manifest import Manifest, ManifestError, read_manifest
from .store.order import CorpusOrder
from .store.safe_pickle import UnsafePickle
from . import sorting
from .facets import SORTS, Facets, Timeline
from .store.whoosh_store import ARTICLE_QUERY, ARTICLES, QUOTE_QUERY, SPEAKER_WORDS, damage, open_generation

ARTICLE_FIELDS = ("title", "body", "source", "date", "actor", "speaker")
COMMON_SHARE = 0.01  # a word in more than this share of the quotes is no clue to a statement
COMMON_MIN = 50
# A query is something typed. A pasted article took seconds (the parse, the AND of its hundreds of
# words, a "did you mean" for each word the index lacks) and held the search process meanwhile:
# a query longer than this is refused at once, with the reason (bench/long_queries.py).
MAX_QUERY = 1000
# "Did you mean" corrects the words the index lacks, one suggestion each: at most this many
# words, and only for this long, so that a query of many unknown words answers in time.
CORRECT_WORDS = 20
CORRECT_SECONDS = 0.3
LONGEST_WORD = 40  # a longer word gets no correction (the work grows with its length)
QUOTE_FIELDS = ("text", "speaker")
_FIELD_REF = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=\S)")
_NAMES_ACTOR = re.compile(r"\b(?:actor|speaker):", re.IGNORECASE)
# Sentinels around matches in Whoosh's highlight output: control characters, which cleaning
# removed from every stored text, so they can never come from an article.
_ON, _OFF = "\x01", "\x02"


class _SegmentFormatter(highlight.Formatter):
    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return _ON + highlight.get_text(text, token, replace) + _OFF


def _segments(marked: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for n, part in enumerate(re.split(f"[{_ON}{_OFF}]", marked)):
        part = re.sub(r"\s+", " ", part)  # a snippet is one line
        if part:
            out.append((part, n % 2 == 1))
    return out


# The fields whose words name actors, and the field of the ids they become.
_TARGET = {"actor": "actor_id", "speaker": "speaker_id", SPEAKER_WORDS: "speaker_id"}


class Stopped(Exception):
    """The caller's stop() turned true between two stages of a query: a newer one came."""


def _never() -> bool:
    return False


def _reads(method):
    """A read of the index's files: what Whoosh raises on damaged data becomes IndexUnavailable
    (with the damaged file named when the checksums find it)."""

    @functools.wraps(method)
    def reading(self: Reader, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (QueryError, IndexUnavailable, Stopped, RecursionError, MemoryError):
            raise
        except Exception as err:
            raise self._damaged(err) from err

    return reading


def rebuild_hint(index_dir: Path, corpus: str | None = None, full: bool = False) -> str:
    """The command that (re)builds this index, naming its corpus when the manifest says it."""
    parts = ["dossier index build"] + (["--full"] if full else []) + ["--index", str(index_dir)]
    if corpus:
        parts += ["--corpus", corpus]
    return " ".join(parts)


class Reader:
    """One open index: searchers are opened once and reused for every query."""

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self._lock = threading.RLock()
        self._open()

    # -- opening ---------------------------------------------------------------------------
    def _open(self) -> None:
        try:
            manifest = read_manifest(self.index_dir)
        except ManifestError as err:
            raise IndexUnavailable(f"{err}; build it with: {rebuild_hint(self.index_dir)}") from None
        broken = damage(self.index_dir / manifest.generation, manifest.store_files)
        if broken:
            raise self._damaged(broken, manifest)
        try:
            indexes = open_generation(self.index_dir / manifest.generation)
            searchers = {name: ix.searcher() for name, ix in indexes.items()}
            actors = [Actor(**_record(f)) for f in searchers["actors"].documents()]
        except Exception as err:  # Whoosh raises many kinds on damaged files
            raise self._damaged(err, manifest) from None
        self.manifest: Manifest = manifest
        self._searchers = searchers
        # Updated in place: document numbers are no longer corpus order (store/order.py).
        self._order = {n: CorpusOrder(searchers[n]) for n in ("articles", "quotes")} if manifest.updated else None
        actors.sort(key=lambda a: (-a.mentions, a.name))
        self._actors = actors
        self._actor_by_id = {a.id: a for a in actors}
        self._alias_choices = {alias: a.id for a in actors for alias in a.aliases}
        self._titles: dict[str, str] | None = None
        self._facts: sorting.ArticleFacts | None = None  # dates and sources, read when first asked
        self._article_parser = MultifieldParser(["title", "body"], ARTICLE_QUERY)
        self._article_parser.add_plugin(FuzzyTermPlugin())
        # Plain words find quotes whose words match them all, or whose speaker does: two parses
        # OR-ed, not one multi-field parse, because a stop word ("will") dropped from the text
        # field would leave a clause on the speaker alone that no quote matches.
        self._quote_parsers = [QueryParser(field, QUOTE_QUERY) for field in ("text", SPEAKER_WORDS)]
        for qp in self._quote_parsers:
            qp.add_plugin(FuzzyTermPlugin())
            qp.add_plugin(FieldAliasPlugin({"speaker": ["actor"]}))

    def _damaged(self, what: Exception | str, manifest: Manifest | None = None) -> IndexUnavailable:
        """IndexUnavailable for a damaged index: which file, when the checksums tell, else what
        failed, and the command that rebuilds it. One line: the message is shown as it is."""
        manifest = manifest or self.manifest
        if isinstance(what, UnsafePickle):
            why = f"it holds a pickle that could run code: {what}"
        elif isinstance(what, str):
            why = what
        else:
            why = checksums.changed(self.index_dir / manifest.generation, manifest.store_sums, full=True)
            why = why or f"{type(what).__name__}: {what}"
        why = " ".join(why.split())[:200]
        return IndexUnavailable(
            f"the index at {self.index_dir} is damaged ({why}); "
            f"rebuild it with: {rebuild_hint(self.index_dir, manifest.corpus, full=True)}"
        )

    def reopen(self) -> bool:
        """Move to the newest complete build; False when there is none newer."""
        with self._lock:
            try:
                manifest = read_manifest(self.index_dir)
            except ManifestError:
                return False
            if manifest.generation == self.manifest.generation:
                return False
            old = self._searchers
            self._open()
            for s in old.values():
                s.close()
            return True

    def close(self) -> None:
        with self._lock:
            for s in self._searchers.values():
                s.close()

    def __enter__(self) -> "Reader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------
    def _parse(self, parser, query: str, fields: tuple[str, ...], index: str) -> Query:
        check_query(query, fields)
        try:
            parsed = parser.parse(query)
        except Exception as err:
            raise QueryError(f"cannot parse {query!r}: {err}") from None
        q = self._names_to_ids(parsed, index)
        _bounded(q, self._searchers[index].reader())
        return gathered(q)

    def _names_to_ids(self, q: Query, index: str = "articles") -> Query:
        """`actor:` and `speaker:` words name actors: they become the ids of the actors with a
        matching alias (any spelling), which is what articles and quotes store.

        A quote has one speaker, so for quotes the name words of an AND or OR are looked up
        together ("the economy": actors with both words, not every actor with "the"); plain words
        (SPEAKER_WORDS) that name more than MAX_EXPANSION actors are no speaker's name and match
        no speaker, where a name the user gave (`speaker:the`) is refused with the reason.
        """
        if q.is_leaf():
            return self._actors_named([q], And, q.boost) if _TARGET.get(getattr(q, "fieldname", None)) else q
        if index == "quotes" and isinstance(q, (And, Or)):
            names = [
                c
                for c in q.subqueries
                if c.is_leaf() and getattr(c, "fieldname", None) in _TARGET and not isinstance(c, Every)
            ]
            if len(names) > 1:
                rest = [self._names_to_ids(c, index) for c in q.subqueries if not any(c is n for n in names)]
                return type(q)(rest + [self._actors_named(names, type(q), 1.0)], boost=q.boost)
        return q.apply(lambda sub: self._names_to_ids(sub, index))

    def _actors_named(self, words: list[Query], kind, boost: float) -> Query:
        """The actor ids whose aliases match `kind` (And or Or) of words, as a query on their field."""
        target = _TARGET[words[0].fieldname]
        if isinstance(words[0], Every):  # actor:* : any actor at all
            return Every(target)
        probes = []
        for w in words:
            probe = copy.copy(w)
            probe.fieldname = "aliases"
            probes.append(probe)
        probe = probes[0] if len(probes) == 1 else kind(probes)
        s = self._searchers["actors"]
        _bounded(probe, s.reader())
        ids = sorted({s.stored_fields(n)["id"] for n in s.docs_for_query(probe)})
        if len(ids) > MAX_EXPANSION:
            if all(w.fieldname == SPEAKER_WORDS for w in words):
                return NullQuery  # plain words, not a name: the text parse searches them
            typed = " ".join(shown(w) for w in words)
            raise QueryError(f"'{typed}' names {len(ids):,} actors, more than {MAX_EXPANSION:,}: use more letters")
        return Or([Term(target, i) for i in ids], boost=boost) if ids else NullQuery

    @_reads
    def search(
        self,
        query: str,
        limit: int | None = 20,
        actor_id: str | None = None,
        stop: Callable[[], bool] = _never,
        offset: int = 0,
        sort: str = "score",
        sources: list[str] | None = None,
    ) -> SearchResult:
        """Ranked articles for query, with highlighted snippets; QueryError when unparsable.
        Between its stages it asks stop(), and raises Stopped when that says a newer query came.
        `offset` skips the best hits (the explorer's next page: only its snippets are made).
        `sort`: "score" (best first) or "date" (newest first, undated last); `sources`: only the
        articles of these sources (index/sorting.py)."""
        with self._lock:
            q = Every() if not query.strip() else self._parse(self._article_parser, query, ARTICLE_FIELDS, "articles")
            _check(stop)
            s = self._searchers["articles"]
            if sort not in SORTS:
                raise QueryError(f"cannot sort by {sort!r}: by " + " or ".join(SORTS))
            facts = self._article_facts() if sort != "score" or sources else None
            if facts is not None:
                filt = sorting.narrowing(s, facts, actor_id, sources)
            else:
                filt = Term("actor_id", actor_id) if actor_id else None
            # Ties broken in corpus order, not document order (by date: the sort key does it).
            reorder = self._order is not None and sort == "score"
            wanted = limit + offset if limit else limit  # the page's hits and those before it
            by_date = sorting.NewestFirst(facts) if sort == "date" else None
            collector = s.collector(
                limit=None if reorder else wanted, sortedby=by_date, filter=filt, terms=True, optimize=False
            )
            _count_every_match(collector)
            try:
                s.search_with_collector(q, collector)
            except WhooshQueryError as err:  # e.g. a phrase in a field without positions
                raise QueryError(f"cannot search {query!r}: {err}") from None
            _check(stop)
            results = collector.results()
            if reorder:
                self._order["articles"].order_hits(results, wanted)
            # The stored word offsets (chars=True) locate matches without re-analysing the body.
            results.fragmenter = highlight.PinpointFragmenter(maxchars=160, surround=50, autotrim=True, charlimit=None)
            results.formatter = _SegmentFormatter()
            # An actor filter or actor:/speaker: words: snippets show where that actor is.
            about = self._targets(q, actor_id) if actor_id or _NAMES_ACTOR.search(query) else None
            about = about if about and (about[1] or about[2]) else None
            hits = []
            for n, r in enumerate(results[offset:] if offset else results):
                if n % 10 == 9:
                    _check(stop)
                rec = _record(r)
                body = blank_junk(rec["text"], [tuple(j) for j in rec["junk"]])
                snippet = self._actor_snippet(rec, body, about) if about else None
                if snippet is None:
                    marked = r.highlights("body", text=body, top=2) if query.strip() else ""
                    snippet = _segments(marked) if marked else [(lead(body), False)]
                hits.append(
                    Hit(
                        rec["id"],
                        r["label"],
                        rec["source"],
                        rec["date"],
                        rec["path"],
                        sorting.hit_score(r.score, sort),
                        snippet,
                    )
                )
            total = len(results)
            suggestion = self.suggest(query, stop) if total == 0 and query.strip() else None
            return SearchResult(query, total, hits, suggestion)

    def _article_facts(self) -> sorting.ArticleFacts:
        """Each article's date and source by document number, read once per opened index."""
        if self._facts is None:
            order = self._order["articles"].rank if self._order else None
            self._facts = sorting.ArticleFacts(self._searchers["articles"], order)
        return self._facts

    @_reads
    def facets(self, query: str, actor_id: str | None = None, sources: list[str] | None = None) -> Facets:
        """The sources of the articles the query finds (with their counts) and their dates'
        range: what the results can be narrowed to. QueryError when unparsable."""
        with self._lock:
            q = Every() if not query.strip() else self._parse(self._article_parser, query, ARTICLE_FIELDS, "articles")
            s = self._searchers["articles"]
            facts = self._article_facts()
            try:
                return sorting.facets_of(s, facts, q, actor_id, sources)
            except WhooshQueryError as err:
                raise QueryError(f"cannot search {query!r}: {err}") from None

    @_reads
    def known_source(self, source: str) -> bool:
        """Whether some article has this source (compared without case or punctuation)."""
        with self._lock:
            return self._article_facts().known(source)

    @_reads
    def timeline(self, actor_id: str) -> Timeline:
        """The actor's articles, mentions and quotes per month (per day when the corpus's dates
        span under two months), over the corpus's dated span; undated ones apart."""
        with self._lock:
            s = self._searchers
            return sorting.timeline_of(s["articles"], s["quotes"], self._article_facts(), actor_id)

    @_reads
    def suggest(self, query: str, stop: Callable[[], bool] = _never) -> str | None:
        """A close query the index would answer: corrected words, else a close actor name."""
        with self._lock:
            corrected = self._correct_words(query, stop)
            if corrected:
                return corrected
            m = re.match(r"^\s*(?:(\w+):)?\s*\"?([^\"]+?)\"?\s*$", query)
            if not (m and self._alias_choices):
                return None
            field, words = m.group(1), m.group(2)
            best = process.extractOne(
                words, list(self._alias_choices), scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=80
            )
            if not best or best[0].lower() == words.lower():
                return None
            name = f'"{best[0]}"' if field and " " in best[0] else best[0]
            return f"{field}:{name}" if field else name

    def _correct_words(self, query: str, stop: Callable[[], bool] = _never) -> str | None:
        """The query with each plain word the body lacks replaced by its closest whole word: the
        first CORRECT_WORDS such words, for at most CORRECT_SECONDS after the first."""
        s = self._searchers["articles"]
        stem = ARTICLES["body"].analyzer
        changed = False
        asked = 0
        deadline = None

        def fix(m: re.Match) -> str:
            nonlocal changed, asked, deadline
            word = m.group(0)
            if word in ("AND", "OR", "NOT") or not 3 <= len(word) <= LONGEST_WORD:
                return word
            terms = [t.text for t in stem(word.lower())]
            if not terms or any(s.doc_frequency("body", t) for t in terms):
                return word
            if asked >= CORRECT_WORDS or (deadline is not None and time.monotonic() > deadline):
                return word
            _check(stop)
            asked += 1
            found = s.suggest("body", word.lower(), limit=5, maxdist=2, prefix=1)
            # The first suggestion reads the index's words (once per Reader): the clock starts after.
            deadline = deadline or time.monotonic() + CORRECT_SECONDS
            if not found:
                return word
            changed = True
            # Whoosh orders candidates by frequency; the closest spelling is the better guess.
            return min(found, key=lambda w: Levenshtein.distance(word.lower(), w))

        # Plain words only: not field names, field values, wildcards or fuzzy terms.
        fixed = re.sub(r"(?<![\w:*~])[^\W\d_]+(?![\w:*~])", fix, query)
        return fixed if changed and fixed != query else None

    @_reads
    def titles(self) -> dict[str, str]:
        """Every article's id and title (for labelling quotes), read once per opened index."""
        with self._lock:
            if self._titles is None:
                s = self._searchers["articles"]
                self._titles = {f["id"]: f["label"] for f in s.reader().all_stored_fields()}
            return self._titles

    def actors(self, type: str | None = None, limit: int | None = None) -> list[Actor]:
        """Actors, most mentioned first."""
        found = [a for a in self._actors if type is None or a.type == type]
        return found[:limit] if limit else found

    def actor(self, actor_id: str) -> Actor | None:
        return self._actor_by_id.get(actor_id)

    @_reads
    def quotes(
        self,
        query: str | None = None,
        speaker: str | None = None,
        actor_id: str | None = None,
        article: str | None = None,
        limit: int | None = None,
        stop: Callable[[], bool] = _never,
        offset: int = 0,
    ) -> list[Quote]:
        """Quotes in article order, filtered by words/speaker (query), a speaker name or id, an article.
        Raises Stopped when stop() says a newer query came (asked between stages). `offset`
        skips the first ones (the explorer's next page)."""
        with self._lock:
            q, article_filter = self._quotes_query(query, speaker, actor_id, article, stop)
            # A full build writes quotes in article order, so document numbers are that order (an
            # index updated in place is ordered by its stored keys): only the records returned
            # are read.
            s = self._searchers["quotes"]
            out = []
            _check(stop)
            try:
                docnums = s.docs_for_query(q)
                docnums = self._order["quotes"].sort(docnums) if self._order else sorted(docnums)
            except WhooshQueryError as err:
                raise QueryError(f"cannot search {query!r}: {err}") from None
            _check(stop)
            skip = offset
            if article_filter is None:
                docnums, skip = docnums[offset:], 0
            for docnum in docnums:
                fields = s.stored_fields(docnum)
                if article_filter is not None and fields["article"] not in article_filter:
                    continue
                if skip:
                    skip -= 1
                    continue
                out.append(Quote(**_record(fields)))
                if limit and len(out) >= limit:
                    break
            return out

    @_reads
    def count_quotes(
        self,
        query: str | None = None,
        actor_id: str | None = None,
        stop: Callable[[], bool] = _never,
    ) -> int:
        """How many quotes `quotes(query, actor_id=...)` lists without a limit (the explorer's
        true total), without reading their records when the query names no article field."""
        with self._lock:
            q, article_filter = self._quotes_query(query, None, actor_id, None, stop)
            s = self._searchers["quotes"]
            try:
                docnums = s.docs_for_query(q)
                if article_filter is None:
                    return sum(1 for _ in docnums)
                return sum(1 for d in docnums if s.stored_fields(d)["article"] in article_filter)
            except WhooshQueryError as err:
                raise QueryError(f"cannot search {query!r}: {err}") from None

    @_reads
    def quotes_in_group(self, group: str) -> list[Quote]:
        """Every quote of a group (the same words in several articles), a term lookup."""
        with self._lock:
            s = self._searchers["quotes"]
            return [Quote(**_record(s.stored_fields(d))) for d in sorted(s.docs_for_query(Term("group", group)))]

    @_reads
    def carriers(self, quotes: list[Quote]) -> dict[str, int]:
        """How many articles carry each quote's words, by the quote's group: the articles with a
        quote of exactly the same words (normalised as groups.py does; the store indexes their
        digest), so a term lookup each, not a search. The comparison (compare.py) also finds
        the speaker's near-identical versions of the group."""
        from .entities.groups import norm_key

        with self._lock:
            s = self._searchers["quotes"]
            counts: dict[str, int] = {}
            for quote in quotes:
                if not quote.group or quote.group in counts:
                    continue
                docnums = list(s.docs_for_query(Term("norm", norm_key(quote.text))))
                if len(docnums) < 2:
                    counts[quote.group] = 1
                    continue
                counts[quote.group] = len({quote.article} | {s.stored_fields(d)["article"] for d in docnums})
            return counts

    def _quotes_query(
        self,
        query: str | None,
        speaker: str | None,
        actor_id: str | None,
        article: str | None,
        stop: Callable[[], bool],
    ) -> tuple[Query, set[str] | None]:
        """The quotes index's query for these filters, and the articles they are limited to
        (a query on fields only articles have), if any."""
        parts: list[Query] = []
        article_filter: set[str] | None = None
        if query and query.strip():
            used = {f.lower() for f in _FIELD_REF.findall(query)}
            if used & {"title", "body", "source", "date"}:
                # Fields only articles have: the quotes of the articles the query finds.
                article_filter = {h.id for h in self.search(query, limit=None, stop=stop).hits}
            else:
                parts.append(
                    Or([self._parse(qp, query, QUOTE_FIELDS + ("actor",), "quotes") for qp in self._quote_parsers])
                )
        if speaker and len(speaker) > MAX_QUERY:
            raise QueryError(f"the speaker's name is {len(speaker):,} characters long; at most {MAX_QUERY:,}")
        if speaker and speaker.strip():
            words = [w for w in re.findall(r"\w+", speaker.lower())]
            if words:
                parts.append(self._names_to_ids(And([Term("speaker", w) for w in words]), "quotes"))
        if actor_id:
            parts.append(Term("speaker_id", actor_id))
        if article:
            parts.append(Term("article", article))
        return (And(parts) if parts else Every()), article_filter

    @_reads
    def article(self, article_id: str) -> ArticleView | None:
        with self._lock:
            fields = self._searchers["articles"].document(id=article_id)
            if not fields:
                return None
            rec = _record(fields)
            mentions = [Mention(**m) for m in rec.pop("mentions", [])]
            rec["junk"] = [tuple(j) for j in rec["junk"]]
            return ArticleView(Article(**rec), mentions, self.quotes(article=article_id))

    @_reads
    def quote_candidates(self, words: list[str], limit: int, rarest: int = 6) -> list[Quote]:
        """The quotes that share the most telling of these words, best first: where a comparison
        looks for other versions of a statement without reading every quote.

        Only the `rarest` words are looked up, those in the fewest quotes but more than one (a
        word in one quote only is the statement's own); each quote holding some scores the sum
        of their inverse document frequencies, read straight from the postings. Whoosh's ranked
        search scored every matching quote in Python, 4,300 a comparison at 50,000 articles
        (CPU p95 211 ms); a common word ("government") ranks nothing and walks thousands."""
        words = [w for w in words if re.fullmatch(r"\w+", w)]
        if not words:
            return []
        with self._lock:
            q = self._quote_parsers[0].parse(" ".join(w.lower() for w in words))
            terms = {(f, w) for t in (q.children() if not q.is_leaf() else [q]) for f, w in t.iter_all_terms()}
            s = self._searchers["quotes"]
            reader = s.reader()
            df = {t: reader.doc_frequency(*t) for t in terms}
            total = max(reader.doc_count_all(), 1)
            shared = sorted((t for t in terms if df[t] > 1), key=lambda t: (df[t], t))[:rarest]
            # A word in more than one quote in COMMON_SHARE is no clue, unless all are such words.
            telling = [t for t in shared if df[t] <= max(COMMON_MIN, total * COMMON_SHARE)] or shared[:2]
            weight: dict[int, float] = {}
            for t in telling:
                idf = math.log(total / df[t])
                for docnum in reader.postings(*t).all_ids():
                    weight[docnum] = weight.get(docnum, 0.0) + idf
            ranked = heapq.nsmallest(limit + 50, weight, key=lambda d: (-weight[d], d))
            best = [d for d in ranked if not reader.is_deleted(d)][:limit]
            return [Quote(**_record(s.stored_fields(d))) for d in best]

    @_reads
    def article_ids(self) -> list[str]:
        with self._lock:
            return sorted(f["id"] for f in self._searchers["articles"].documents())

    @_reads
    def match_ranges(self, article_id: str, query: str, actor_id: str | None = None) -> list[Range]:
        """Where the query matches in the article's text (for highlighting and n/N): its words, the
        mentions of the actors its `actor:` words name, the quotes of its `speaker:` names; and
        with an actor filter (actor_id), that actor's mentions and quotes. In text order."""
        with self._lock:
            view = self.article(article_id)
            if view is None:
                return []
            q = self._parse(self._article_parser, query, ARTICLE_FIELDS, "articles") if query.strip() else None
            wanted, actors, speakers = self._targets(q, actor_id)
            found: set[Range] = set()
            if wanted:
                text = blank_junk(view.article.text, view.article.junk)
                found.update(matching_words(text, wanted, ARTICLES["body"].analyzer))
            found.update((m.start, m.end) for m in view.mentions if m.actor in actors)
            found.update((q.start, q.end) for q in view.quotes if q.speaker_id in speakers)
            return sorted(found)

    def _targets(self, q: Query | None, actor_id: str | None = None) -> tuple[set[str], set[str], set[str]]:
        """What a parsed query matches in an article: its words (indexed forms), the actors its
        `actor:` words name and those its `speaker:` words name; an actor filter adds its
        actor to both."""
        wanted: set[str] = set()
        actors: set[str] = {actor_id} if actor_id else set()
        speakers: set[str] = {actor_id} if actor_id else set()
        reader = self._searchers["articles"].reader()
        for leaf in q.leaves() if q is not None else []:
            for fieldname, text in leaf.expanded_terms(reader):
                word = text.decode("utf-8") if isinstance(text, bytes) else text
                if fieldname in ("body", "title"):
                    wanted.add(word)
                elif fieldname == "actor_id":
                    actors.add(word)
                elif fieldname == "speaker_id":
                    speakers.add(word)
        return wanted, actors, speakers

    def _actor_snippet(self, rec: dict, body: str, targets: tuple[set[str], set[str], set[str]]) -> list | None:
        """A hit's snippet around the mention or quote of the actor the search is about (an
        `actor:`/`speaker:` word, an actor filter), the query's words marked too; None when the
        article has no such place (e.g. `speaker:x OR word`)."""
        wanted, actors, speakers = targets
        places = [(m["start"], m["end"]) for m in rec.get("mentions", []) if m["actor"] in actors]
        if speakers:  # the article's few quotes (one term), not the speakers' many
            s = self._searchers["quotes"]
            for docnum in s.docs_for_query(Term("article", rec["id"])):
                quote = _record(s.stored_fields(docnum))
                if quote.get("speaker_id") in speakers:
                    places.append((quote["start"], quote["end"]))
        if not places:
            return None
        words = matching_words(body, wanted, ARTICLES["body"].analyzer) if wanted else []
        first = body.split("\n", 1)[0]
        after = len(first) if rec.get("title") and " ".join(first.split()) == rec["title"] else 0
        return snippets.around_actor(body, places, words, after)


def matching_words(text: str, wanted: set[str], analyzer: Any) -> list[Range]:
    """Where text has a word the analyzer turns into one of wanted (indexed forms: stems).

    Analysing a whole 20 MB article takes seconds (a Python step per word). A word's stem keeps
    the word's start (Porter's rules change only its last letters: stem[:-2] begins the word, held
    for every word of the BBC corpus), so only the words that begin like a wanted stem are
    analysed, each in the run of text between two spaces that holds it (a token never holds a
    space): the same tokens, at C speed for the rest of the text.
    """
    starts = sorted({w[: max(1, len(w) - 2)] for w in wanted if w}, key=len, reverse=True)
    if not starts:
        return []
    begins = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, starts)) + ")", re.IGNORECASE)
    found: list[Range] = []
    done = -1  # the end of the last run analysed
    for m in begins.finditer(text):
        if m.start() < done:
            continue
        a = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        b = len(text)
        for sep in (" ", "\n"):
            k = text.find(sep, m.end())
            if k != -1:
                b = min(b, k)
        found += [
            (t.startchar, t.endchar)
            for t in analyzer(text[a:b], chars=True, mode="query", start_char=a)
            if t.text in wanted
        ]
        done = b
    return found


def _check(stop: Callable[[], bool]) -> None:
    if stop():
        raise Stopped()


def _record(fields) -> dict:
    """A document's stored record (JSON); ValueError when damage made it something else."""
    raw = fields["record"]
    raw.encode("utf-8")  # a lone surrogate: damaged bytes that pickle decoded (surrogatepass)
    rec = json.loads(raw)
    if not isinstance(rec, dict):
        raise ValueError("a stored record is not a JSON object")
    return rec


def _bounded(q: Query, reader) -> None:
    """QueryError when a wildcard, prefix or fuzzy word of q stands for too many words."""
    try:
        check_expansion(q, reader)
    except TooBroad as err:
        raise QueryError(str(err)) from None


def _count_every_match(collector) -> None:
    """Make a top-N collector count every match, in its one pass.

    Whoosh's top-N collector periodically replaces the matcher with one that drops the parts
    that can no longer reach the top N ("election" at 10,000 articles: 287 counted of 1,042
    matches), so its total is wrong unless it re-runs the query. Without the replacement it
    counts every match, and walking every match is what counting costs anyway.
    """
    while hasattr(collector, "child"):  # the terms and filter collectors wrap it
        collector = collector.child
    collector.replace = 0


def check_query(query: str, fields: tuple[str, ...]) -> None:
    """Reject what Whoosh would silently misread (unbalanced marks, unknown fields) and what it
    would take seconds over (a query longer than MAX_QUERY)."""
    if len(query) > MAX_QUERY:
        raise QueryError(
            f"the query is {len(query):,} characters long; at most {MAX_QUERY:,} are searched: "
            "keep its rarest words, or a phrase of it in quotation marks"
        )
    if query.count('"') % 2:
        raise QueryError('unclosed quotation mark (")')
    depth = 0
    for ch in query:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            raise QueryError("')' without a matching '('")
    if depth:
        raise QueryError("'(' without a matching ')'")
    for name in _FIELD_REF.findall(query):
        if name.lower() not in fields:
            raise QueryError(f"unknown field '{name}:'; fields are " + ", ".join(f + ":" for f in fields))
