"""Saints' names: "St James' Park", "St Helens", "St Fintian's", "Saint Kitts" name places, schools,
churches, clubs and firms, no living person; NER often calls them people for the given name after
"St" ("St James"). The news names a saint himself seldom (none in the BBC corpus), so a name
whose first word is "St" or "Saint" and whose votes say a person is the next type its votes say,
an organisation where it has an organisation's votes, else a place.

A saint's name in the possessive before a place's head word ("St Helen's Road", "St Mary's
Hall") names that street or building, which NER often cuts at the possessive: the mention is
widened over the head word (`with_place_head`), so that it is a place of its own and no mention of
the town or the club of the saint's name ("St Helens").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon import PLACE_HEADS
from ..records import Mention

if TYPE_CHECKING:
    from .nodes import Node

_SAINT = re.compile(r"(?:St\.?|Saint)\s+[A-Z]")
# After a saint's name: its possessive's ending (in the mention or after it) and a capitalised word.
_POSSESSIVE_THEN_WORD = re.compile(r"(?P<mark>['’]s?)? (?P<word>[A-Z][a-z]+)\b")


def saint_named(ns: list[Node]) -> bool:
    """Every node's name opens with "St" or "Saint" and a capitalised word, none with a title."""
    return bool(ns) and all(_SAINT.match(n.name) and not n.personal for n in ns)


def saint_type(votes: Counter) -> str:
    """The type of a saint's name no person has: an organisation's where its votes say one (a
    school, a club, a firm), else a place."""
    return "org" if votes.get("org", 0) > votes.get("place", 0) else "place"


def with_place_head(m: Mention, text: str | None) -> Mention:
    """The mention of a saint's name in the possessive widened over the place's head word after it
    ("St Helen's" + "Road"), labelled a place; else the mention as it is."""
    if text is None or text[m.start : m.end] != m.surface or not _SAINT.match(m.surface):
        return m
    after = _POSSESSIVE_THEN_WORD.match(text, m.end)
    possessive = m.surface.endswith(("'s", "’s", "'", "’")) or (after is not None and after.group("mark"))
    if after is None or not possessive or after.group("word").lower() not in PLACE_HEADS:
        return m
    return replace(m, end=after.end(), surface=text[m.start : after.end()], label="LOC")
