"""Wildcard, prefix and fuzzy words (`talk*`, `*tion`, `zelensk~`): bounded, and matched in one pass.

Such a word stands for every word of the index it matches. Whoosh ORs them into a binary tree of
matchers that it walks for each document, in Python: "st*" (337 words at 10,000 articles) took
6 s. Here each expanded word's postings are read once, their scores summed per document (the
same BM25 sum the OR gives), and the documents served from one list with the words each
matched (for highlighting). Past MAX_EXPANSION words the query is refused with the reason, as
Lucene refuses more than 1,024 clauses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from collections import defaultdict
from itertools import islice

from whoosh.matching import ListMatcher
from whoosh.query import Every, FuzzyTerm, MultiTerm, Prefix, Query, Term

MAX_EXPANSION = 1000
_GATHER_FROM = 4  # fewer words than this: Whoosh's own OR is as fast


class TooBroad(ValueError):
    """A word that stands for too many words; the message says which and why."""


def shown(leaf: Query) -> str:
    """A query word as the user typed it."""
    if isinstance(leaf, Prefix):
        return f"{leaf.text}*"
    if isinstance(leaf, FuzzyTerm):
        return f"{leaf.text}~" + (f"{leaf.maxdist:g}" if leaf.maxdist != 1 else "")
    return str(getattr(leaf, "text", leaf))


def check_expansion(q: Query, reader: Any) -> None:
    """TooBroad when a wildcard, prefix or fuzzy word of q matches more than MAX_EXPANSION words."""
    for leaf in q.leaves():
        if isinstance(leaf, MultiTerm):
            n = sum(1 for _ in islice(leaf.expanded_terms(reader), MAX_EXPANSION + 1))
            if n > MAX_EXPANSION:
                raise TooBroad(f"'{shown(leaf)}' matches more than {MAX_EXPANSION:,} different words: use more letters")


def gathered(q: Query) -> Query:
    """q with each wildcard, prefix and fuzzy word matched in one pass, and `*` as every document
    (Whoosh would OR every word of the field to find the documents that have one)."""
    if isinstance(q, MultiTerm) and not isinstance(q, Gathered):
        return Gathered(q)
    if isinstance(q, Every) and q.fieldname not in (None, "actor_id", "speaker_id"):
        return Every(boost=q.boost)
    return q.apply(gathered) if not q.is_leaf() else q


class Gathered(MultiTerm):
    """A MultiTerm query whose matcher reads each expanded word's postings once."""

    def __init__(self, inner: MultiTerm):
        self.inner = inner
        self.fieldname = inner.fieldname
        self.text = getattr(inner, "text", "")
        self.boost = inner.boost
        self.constantscore = False

    def __repr__(self) -> str:
        return f"Gathered({self.inner!r})"

    def __str__(self) -> str:
        return str(self.inner)

    def __eq__(self, other) -> bool:
        return isinstance(other, Gathered) and self.inner == other.inner

    def __hash__(self) -> int:
        return hash(("gathered", self.inner))

    def _btexts(self, ixreader):
        return self.inner._btexts(ixreader)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        field = searcher.schema[self.fieldname]
        # Some expansions (fuzzy words) come as text, the highlighter wants the index's bytes.
        words = [w if isinstance(w, bytes) else field.to_bytes(w) for w in self._btexts(searcher.reader()) if w]
        if len(words) < _GATHER_FROM:
            return self.inner.matcher(searcher, context)
        scores: dict[int, float] = defaultdict(float)
        terms: dict[int, list] = defaultdict(list)
        for word in words:
            m = Term(self.fieldname, word, boost=self.boost).matcher(searcher, context)
            while m.is_active():
                docnum = m.id()
                scores[docnum] += m.score()
                terms[docnum].append((self.fieldname, word))
                m.next()
        ids = sorted(scores)
        return _TermsListMatcher(ids, [scores[d] for d in ids], [terms[d] for d in ids])


class _TermsListMatcher(ListMatcher):
    """A list of documents with their scores and the words each matched."""

    def __init__(self, ids, weights, terms, position: int = 0):
        super().__init__(ids, weights=weights, position=position)
        self._terms = terms

    def copy(self):
        return _TermsListMatcher(self._ids, self._weights, self._terms, self._i)

    def score(self):
        return self._weights[self._i]

    def matching_terms(self, id: int | None = None) -> Iterator[tuple[str, bytes]]:
        if not self.is_active() or (id is not None and id != self.id()):
            return
        yield from self._terms[self._i]

    def term_matchers(self):
        # Whoosh records the words each hit matched (searching with terms=True, which the
        # highlighter uses) from the term matchers of the tree, one word each: stand-ins for
        # the first, second ... word of the current document.
        most = min(_MAX_WORDS_SHOWN, max((len(t) for t in self._terms), default=0))
        return [_NthWord(self, n) for n in range(most)]


_MAX_WORDS_SHOWN = 16  # words of one document recorded for its snippet


class _NthWord:
    """The n-th word the current document of a _TermsListMatcher matched, as a term matcher."""

    def __init__(self, parent: _TermsListMatcher, n: int):
        self.parent, self.n = parent, n

    def is_active(self) -> bool:
        p = self.parent
        return p.is_active() and len(p._terms[p._i]) > self.n

    def id(self) -> int:
        return self.parent.id()

    def term(self):
        p = self.parent
        return p._terms[p._i][self.n]
