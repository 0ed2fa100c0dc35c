"""Titles of works: a film, a book or an album named like an actor is no actor.

"the film The Aviator", "abortion drama Vera Drake", "Quirky comedy Sideways": NER labels such
titles as organisations, places or people, and they filled the top of the BBC corpus's actor lists.
The gold's conventions (bench/gold/README.md) make titles of works no mentions. A name that a
work's noun (lexicon.WORK_NOUNS) comes right before in a sixth of its mentions or more, that
never has a person's title or speaks and is no place of the gazetteer ("the film Chicago") or
event ("the best film Oscar"), is taken for a title everywhere in the corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import names as N
from ..lexicon import EVENT_ALONE, PLACE_NAMES, WORK_NOUNS

if TYPE_CHECKING:
    from .nodes import Node

# Not after "best": "the best film Oscar", "best drama Golden Globe" are an award's category.
_WORK_BEFORE = re.compile(r"(?<!\bbest )\b(?:" + "|".join(sorted(WORK_NOUNS)) + r")\s+(?:[Tt]he\s+)?$", re.I)


def without_titles_of_works(nodes: list[Node], texts: dict[str, str]) -> list[Node]:
    """The nodes that are not titles of works. A name listed beside a title ("Sideways and
    Million Dollar Baby", "The Aviator, Ray") is cued as if a work's noun came before it: the
    titles found first make the others."""
    total: Counter = Counter()
    people = set()
    cued: Counter = Counter()
    for n in nodes:
        k = _title_key(n)
        total[k] += 1
        if n.personal or n.spoke:
            people.add(k)
        text = texts.get(n.mention.article)
        if text and _WORK_BEFORE.search(text[max(0, n.mention.start - 30) : n.mention.start]):
            cued[k] += 1

    def titles_of(cues: Counter) -> set[str]:
        return {k for k, c in cues.items() if k not in people and not _named_otherwise(k) and 6 * c >= total[k]}

    titles = titles_of(cued)
    if not titles:
        return nodes
    for _ in range(3):  # a title found by its neighbours makes its own neighbours titles
        more = titles_of(cued + _listed_beside(nodes, texts, titles))
        if more == titles:
            break
        titles = more
    return [n for n in nodes if _title_key(n) not in titles]


def _listed_beside(nodes: list[Node], texts: dict[str, str], titles: set[str]) -> Counter:
    """How often each name is listed right beside a title (", ", " and ", " or " between)."""
    beside: Counter = Counter()
    by_article: dict[str, list[Node]] = {}
    for n in nodes:
        by_article.setdefault(n.mention.article, []).append(n)
    for aid, ns in by_article.items():
        text = texts.get(aid, "")
        ns = sorted(ns, key=lambda n: n.mention.start)
        for a, b in zip(ns, ns[1:]):
            if not _LIST_GAP.fullmatch(text[a.mention.end : b.mention.start]):
                continue
            ka, kb = _title_key(a), _title_key(b)
            if ka in titles and kb not in titles and _may_be_a_title(b):
                beside[kb] += 1
            elif kb in titles and ka not in titles and _may_be_a_title(a):
                beside[ka] += 1
    return beside


def _may_be_a_title(n: Node) -> bool:
    """Not a person's name ("The Aviator, Michel Gondry and ..."): a list of films holds their
    directors too, and only a work's own noun makes a name like a person's a title."""
    return n.mention.label != "PERSON" and not N.starts_with_given_name(n.name)


_LIST_GAP = re.compile(r"[’']?s?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[Tt]he\s+)?")


def _named_otherwise(key: str) -> bool:
    """A place of the gazetteer ("the film Chicago") or an event by its words ("Oscar")."""
    return key in PLACE_NAMES or key in EVENT_ALONE or N.kind_of_name(key) == "event"


def _title_key(n: Node) -> str:
    """ "The Aviator" in a sentence and "Aviator" (NER without "The") are one title."""
    return n.key.removeprefix("the ")
