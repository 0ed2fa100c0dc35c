"""Attribution's reading of honorifics: "Mr Katwala", "Ms Cooper" name a person, whatever label
the recogniser gave the name (helper fresh8b, issue 10).

The recogniser often labels a rare surname a place or a building ("Mr Katwala" GPE, "Sundar
Katwala" FAC). Then the rules that look for the person in focus ("The political reform group's
general secretary told ...": the person the sentence before names) find no person, and the quote
keeps a description for speaker. An honorific before a name is the language's own word that it is
a person's, so the name after one is relabelled a person, and so is every other name of the
article that ends with the same surname ("Sundar Katwala").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..entities.names import fold_case
from ..lexicon import HONORIFICS, TITLE_WORDS
from .attribution_context import NAME_LABELS, PERSON_NAME_LABELS, Entity

# "Mr Katwala", "Ms Yvette Cooper": the honorific (group 1 where it starts) and the name after it
_HONORIFIC_NAME = re.compile(
    r"\b((?:" + "|".join(sorted((w.capitalize() for w in HONORIFICS), key=len, reverse=True)) + r")\.?\s+)"
    r"((?:[A-Z][\w’'-]*[a-z][\w’'-]*\s)?[A-Z][\w’'-]*[a-z][\w’'-]*)"
)

# a possessive or a quote mark inside the entity: "Dubs' Succession" is a bill, not the peer
_INNER_POSSESSIVE = re.compile(r"[’'](?:s)?\s")


def honorific_people(text: str, ents: list[Entity]) -> list[Entity]:
    """The entities, with a name written after an honorific ("Mr Katwala") and any other name
    ending in the same surname relabelled PERSON, when the recogniser labelled them a place, a
    building, an organisation or a nationality."""
    surnames = set()
    for m in _HONORIFIC_NAME.finditer(text):
        a, b = m.start(2), m.end(2)
        for e in ents:
            if (
                e.start in (m.start(1), a)
                and e.end <= b
                and e.label in NAME_LABELS
                and not _INNER_POSSESSIVE.search(e.text)
            ):
                surnames.add(fold_case(e.text.split()[-1]))
    surnames -= TITLE_WORDS  # "Lord Chancellor", "Lord Mayor": a title, no surname
    if not surnames:
        return ents
    out = []
    for e in ents:
        words = e.text.split()
        if (
            e.label in NAME_LABELS - PERSON_NAME_LABELS
            and words
            and len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and not _INNER_POSSESSIVE.search(e.text)
            and fold_case(words[-1]) in surnames
        ):
            e = replace(e, label="PERSON")
        out.append(e)
    return out
