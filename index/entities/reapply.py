"""Corrections appended since the last build, applied to the records that build indexed.

A correction made from the command line or the explorer's palette is appended to the file. Every
earlier correction is already in the index, so only the new ones need applying, and only to the
records they change: this pass takes the indexed records (PreviousIndex.whole), applies the new
corrections to them (apply_corrections, the same code a full build runs), groups the quotes again
(a merged or split speaker can join or part near-equal quotes), and says what must be rewritten.
On the BBC corpus that is a few seconds, where resolving and writing everything again took
half a minute, and the result is the full build's (tests/test_corrections_fast.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..records import Actor, Article, Mention, Problem, Quote
from ..store.previous import Whole
from .corrections import Correction, Corrections, apply_corrections
from .groups import group_quotes


@dataclass
class Rewrite:
    """What the index must change: the articles whose mentions or quotes' speakers changed (with
    all their quotes), the quotes of other articles that changed (a speaker's name, a group), the
    actors that changed or appeared, and the ids of those that went."""

    articles: list[Article] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)
    requoted: list[tuple[Quote, bytes]] = field(default_factory=list)  # (quote, its corpus key)
    actors: list[Actor] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)


def reapply(whole: Whole, corrections: Corrections, new: tuple[Correction, ...]) -> Rewrite:
    """The rewrite that applying `new` (the corrections appended to `corrections`' file) makes."""
    corrected = apply_corrections(replace(corrections, items=new), whole.actors, whole.mentions, whole.quotes)
    ordered = [replace(q) for a in whole.articles for q in corrected.quotes.get(a.id, [])]
    group_quotes(ordered)  # on copies: the records of `corrected` stay as they were given
    regrouped: dict[str, list[Quote]] = {}
    for q in ordered:
        regrouped.setdefault(q.article, []).append(q)

    out = Rewrite(problems=corrected.problems)
    for art in whole.articles:
        old_ms, new_ms = whole.mentions.get(art.id, []), corrected.mentions.get(art.id, [])
        old_qs, new_qs = whole.quotes.get(art.id, []), regrouped.get(art.id, [])
        if _mentions_key(old_ms) != _mentions_key(new_ms) or _speakers(old_qs) != _speakers(new_qs):
            out.articles.append(art)
            out.mentions[art.id] = new_ms
            out.quotes[art.id] = new_qs
            continue
        for old_q, new_q in zip(old_qs, new_qs, strict=True):
            if old_q != new_q:
                out.requoted.append((new_q, whole.quote_keys[new_q.id]))

    before = {a.id: a for a in whole.actors}
    out.actors = [a for a in corrected.actors if before.get(a.id) != a]
    out.dropped = set(before) - {a.id for a in corrected.actors}
    return out


def _mentions_key(ms: list[Mention]) -> list[tuple]:
    return [(m.start, m.end, m.actor) for m in ms]


def _speakers(qs: list[Quote]) -> list[tuple]:
    """What an article's document holds of its quotes: who speaks (its speaker_id field)."""
    return sorted({q.speaker_id for q in qs if q.speaker_id})
