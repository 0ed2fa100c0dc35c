"""Names the recogniser missed that an age in apposition shows to be a person's (issue 10, session
17, helper spk17): "Arsenal's Brazilian midfielder Edu has hit out at the club ... . And Edu, 26,
added: “My brother is due to come to London on Thursday.”" With no entity for "Edu" anywhere, no
actor can take his words. News gives a person's age right after the name, between commas ("Burger,
21, was", "Mr Ebbers, 63, has", "Charlene Ellis, 18, and"); a capitalised name written so that no
entity covers is a person's, for attribution (as attribution_who_names does for ", who").
"""

from __future__ import annotations

import re

from ..entities.names import looks_demonym, looks_plural_demonym
from ..lexicon import stop_words
from .attribution_context import Entity

# "Edu, 26,", "Hazel Gilbert, 23,": one or two capitalised words, then an age between commas
_NAME_AGE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*[a-z][\w’'-]*)?),\s+[1-9]\d,\s")


def aged_people(text: str, ents: list[Entity]) -> list[Entity]:
    """The entities, with a PERSON entity added for each name written right before an age between
    commas that no entity covers (not a common word, not a nationality: "Yesterday, 25, ...",
    "Americans, 40, ..."), and wherever else the article writes that name and no entity covers it."""
    added = []
    for m in _NAME_AGE.finditer(text):
        a, b = m.start(1), m.end(1)
        words = m.group(1).split()
        if len(words) == 2 and words[0].lower() in stop_words():
            a, words = b - len(words[1]), words[1:]  # "And Edu, 26, added": Edu
        if any(e.start < b and a < e.end for e in ents):
            continue
        if any(w.lower() in stop_words() or looks_demonym(w) or looks_plural_demonym(w) for w in words):
            continue
        added.append(Entity(a, b, text[a:b], "PERSON"))
    for name in {e.text for e in added}:  # "Edu's deal expires ... . He told": the same name elsewhere
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text):
            a, b = m.start(), m.end()
            if not any(e.start < b and a < e.end for e in ents + added):
                added.append(Entity(a, b, name, "PERSON"))
    if not added:
        return ents
    return sorted(ents + added, key=lambda e: (e.start, e.end))
