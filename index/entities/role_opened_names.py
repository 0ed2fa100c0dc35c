"""A capitalised role word opening a sentence before a name NER missed: "Boss Henk Addink blames
the low growth rate in Europe" (business-183; issue 10, session 14, helper rec14d).

News opens sentences with a person's role and name ("Director Hugues Charbonnier says", "Singer
Sam Endicott said"). NER finds most such names, but an unusual one after a capitalised role word
("Boss Henk Addink", no entity at all) it misses: the role word at a sentence's start reads as
part of a name it does not know. A role word (lexicon.PERSON_ROLES, TITLE_WORDS; not an honorific,
which spans.py's own rule reads) at a sentence's start, then two capitalised words no mention
covers, then a lower-case word that is no role ("Former All Saints singer") and no function word:
the two words are a person's name.
"""

from __future__ import annotations

import re

from . import names as N
from ..lexicon import (
    EVENT_HEADS,
    HONORIFICS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PERSON_ROLES,
    PLACE_HEADS,
    PLACE_NAMES,
    TITLE_WORDS,
)
from ..records import Mention

_ROLE_OPENED = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”] )|(?<=\n))"
    r"(?P<role>[A-Z][a-z]+) (?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z][\w’'-]*) (?P<next>[a-z]+)\b"
)
# Words after a name that begin no clause of which the name is the subject ("Actor Tom Hanks and").
_NO_VERB = frozenset("of for and or in at on to the a an with from by as".split())


def _roles() -> frozenset[str]:
    """The role words that may open a sentence before a name: no honorific ("Mr" is the name's)."""
    return (PERSON_ROLES | TITLE_WORDS) - HONORIFICS


def role_opened_names(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """The person's names NER missed after a capitalised role word that opens a sentence."""
    roles = _roles()
    taken = [(m.start, m.end) for m in ms]
    found = []
    for hit in _ROLE_OPENED.finditer(text):
        s, e = hit.span("name")
        words = hit.group("name").split()
        nxt = hit.group("next")
        if (
            hit.group("role").lower() not in roles
            or nxt in _NO_VERB
            or nxt in roles
            or nxt in PEOPLE_NOUNS
            or N.bare(words[0]) in roles | HONORIFICS  # "Chief Supt Deats": a title's second word
            or any(a < e and s < b for a, b in taken)
            or any(N.bare(w) in ORG_WORDS | PLACE_HEADS | EVENT_HEADS for w in words)
            or any(N.plain(w) in PLACE_NAMES or N.looks_demonym(w) for w in words)
        ):
            continue
        found.append(Mention(aid, s, e, text[s:e], "PERSON"))
        taken.append((s, e))
    return found
