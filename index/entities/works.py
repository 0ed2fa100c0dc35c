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
    """The nodes that are not titles of works."""
    cued: Counter = Counter()
    total: Counter = Counter()
    people = set()
    for n in nodes:
        k = _title_key(n)
        total[k] += 1
        if n.personal or n.spoke:
            people.add(k)
        text = texts.get(n.mention.article)
        if text and _WORK_BEFORE.search(text[max(0, n.mention.start - 30) : n.mention.start]):
            cued[k] += 1
    titles = {k for k, c in cued.items() if k not in people and not _named_otherwise(k) and 6 * c >= total[k]}
    return [n for n in nodes if _title_key(n) not in titles] if titles else nodes


def _named_otherwise(key: str) -> bool:
    """A place of the gazetteer ("the film Chicago") or an event by its words ("Oscar")."""
    return key in PLACE_NAMES or key in EVENT_ALONE or N.kind_of_name(key) == "event"


def _title_key(n: Node) -> str:
    """ "The Aviator" in a sentence and "Aviator" (NER without "The") are one title."""
    return n.key.removeprefix("the ")
