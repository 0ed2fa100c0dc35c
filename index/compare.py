"""Comparing a statement across outlets: the same words elsewhere, and what nearly says the same.

`same` are the quotes of the statement's group (the build's groups.py joins the same words
reported by several articles). `similar` are other quotes of the same speaker, or unattributed
ones, whose words are close: translations and paraphrases ("Until now no one has seriously
talked about this idea" / "At present, no one has seriously discussed this initiative").
`same` is a term lookup of the group; the candidates for `similar` come from the postings of the
quote's rarest words (Reader.quote_candidates), never from comparing all pairs, so a comparison
at 50,000 articles costs about what it costs at 2,000 (bench/compare_bench.py).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

from .records import Quote

SIMILAR_MIN = 0.3  # below this share of words in common runs, two quotes are different statements
RUN_MIN = 2  # words in a row that count as common wording
SHARED_MIN = 3  # the longest common run at the least (all of a shorter quote's words)
CANDIDATES = 200  # quotes read from the ranked search of the statement's words
QUERY_WORDS = 6  # the statement's rarest words (in the fewest quotes) that make that search

_WORD = re.compile(r"\w+")


class QuoteSource(Protocol):
    """What a comparison needs of the read API (dossier.index.read.Reader has these)."""

    def quotes(
        self,
        query: str | None = None,
        speaker: str | None = None,
        actor_id: str | None = None,
        article: str | None = None,
        limit: int | None = None,
    ) -> list[Quote]: ...

    def quote_candidates(self, words: list[str], limit: int, rarest: int = 6) -> list[Quote]: ...

    def quotes_in_group(self, group: str) -> list[Quote]: ...

    def article(self, article_id: str) -> Any: ...

    def titles(self) -> dict[str, str]: ...


@dataclass
class Placed:
    """A quote with the article that carries it: what a comparison lists."""

    quote: Quote
    title: str | None = None
    source: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.quote.public(), "title": self.title, "source": self.source, "date": self.date}


@dataclass
class Comparison:
    quote: Placed
    same: list[Placed] = field(default_factory=list)
    similar: list[tuple[Placed, float]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `dossier compare` (DESIGN.md)."""
        return {
            "quote": self.quote.to_dict(),
            "same": [p.to_dict() for p in self.same],
            "similar": [{"quote": p.to_dict(), "score": round(score, 3)} for p, score in self.similar],
        }


def find_quote(reader: QuoteSource, quote_id: str) -> Quote | None:
    """The quote with this id (`ARTICLE#qN`), or None."""
    article = quote_id.rpartition("#")[0]
    if not article:
        return None
    return next((q for q in reader.quotes(article=article) if q.id == quote_id), None)


def similarity(a: str, b: str) -> float:
    """0..1: the share of two quotes' words that stand in runs of at least RUN_MIN words the
    two have in common, in order (Dice's coefficient over those words). Translations and
    paraphrases keep runs ("no one has seriously", "it is not") where their content words
    differ; quotes that merely share scattered function words ("we", "the", "it was") or one
    word ("significant risk" / "significant") have none. Character-level ratios called "hard
    right agenda" and "hard landing" alike, and scare quotes are the most common quotes. A score
    also needs one run of SHARED_MIN words (or all of a shorter quote's)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    common = sum((Counter(wa) & Counter(wb)).values())  # what runs can hold at most: a cheap bound
    if 2 * common / (len(wa) + len(wb)) < SIMILAR_MIN:
        return 0.0
    blocks = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_matching_blocks()
    runs = [block.size for block in blocks if block.size >= RUN_MIN]
    if not runs or max(runs) < min(SHARED_MIN, len(wa), len(wb)):
        return 0.0
    return 2 * sum(runs) / (len(wa) + len(wb))


def _words(text: str) -> list[str]:
    """The words of a quote, lower-cased, a plural's s dropped ("agendas" is "agenda")."""
    words = (w.lower() for w in _WORD.findall(text))
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def candidates_for(reader: QuoteSource, quote: Quote) -> list[Quote]:
    """The quotes that may be other versions of this one: a ranked search of its rarest words."""
    words = sorted({w for w in _WORD.findall(quote.text.lower()) if len(w) > 2})
    return reader.quote_candidates(words, CANDIDATES, rarest=QUERY_WORDS) if words else []


def compare(reader: QuoteSource, quote_id: str, limit: int = 20) -> Comparison | None:
    """The comparison of one quote; None when the id is unknown."""
    quote = find_quote(reader, quote_id)
    if quote is None:
        return None
    placed: dict[str, Placed] = {}

    def place(q: Quote) -> Placed:
        if q.article not in placed:
            view = reader.article(q.article)
            art = view.article if view is not None else None
            title = getattr(art, "title", None) or reader.titles().get(q.article)  # else its first words
            placed[q.article] = Placed(q, title, getattr(art, "source", None), getattr(art, "date", None))
        p = placed[q.article]
        return Placed(q, p.title, p.source, p.date)

    same = [q for q in reader.quotes_in_group(quote.group) if q.id != quote.id] if quote.group else []
    similar: list[tuple[Quote, float]] = []
    for other in candidates_for(reader, quote):
        if other.id == quote.id or (quote.group and other.group == quote.group):
            continue
        if other.speaker_id and quote.speaker_id and other.speaker_id != quote.speaker_id:
            continue  # another person's words: not this statement
        score = similarity(quote.text, other.text)
        if score >= SIMILAR_MIN:
            similar.append((other, score))
    same.sort(key=lambda q: (q.article, q.start))
    similar.sort(key=lambda pair: (-pair[1], pair[0].article, pair[0].start))
    return Comparison(
        place(quote),
        [place(q) for q in same],
        [(place(q), score) for q, score in similar[:limit]],
    )


def word_diff(a: str, b: str) -> list[tuple[str, bool]]:
    """b as (piece, differs) segments: the words of b that a does not have in that place are
    marked, so two versions of a statement can be read side by side."""
    a_words = _WORD.findall(a.lower())
    pieces = re.findall(r"\w+|\W+", b)
    b_words = [(i, p.lower()) for i, p in enumerate(pieces) if _WORD.fullmatch(p)]
    matcher = difflib.SequenceMatcher(a=a_words, b=[w for _, w in b_words], autojunk=False)
    differs = [True] * len(b_words)
    for block in matcher.get_matching_blocks():
        for k in range(block.b, block.b + block.size):
            differs[k] = False
    marked = {b_words[k][0] for k, d in enumerate(differs) if d}
    out: list[tuple[str, bool]] = []
    for i, piece in enumerate(pieces):
        flag = i in marked
        if out and out[-1][1] == flag:
            out[-1] = (out[-1][0] + piece, flag)
        else:
            out.append((piece, flag))
    return out
