"""A firm's two-word name NER cut in two, its second word taken for a person's: "Sony" (an
organisation) + "Ericsson" (a person) of "Sony Ericsson just released its Walkman branded mobile
phone". Two names never stand side by side with nothing but a space between them in prose; an
organisation's mention right before a one-word person's is one organisation's name, when the
person's word is no given name and the organisation's name is not a possessive ("Guy Roux's
French side"), nor a person's title after an organisation's name ("Capital Radio DJ Margherita
Taylor", "Secretary of State Condoleezza Rice": two words and more)."""

from __future__ import annotations

from dataclasses import replace

from . import names as N
from ..records import Mention


def joined_firm_names(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions, each organisation's mention with the one-word person's mention glued after
    it made one organisation's mention (see the module doc), in offset order."""
    ms = sorted(ms, key=lambda x: (x.start, x.end))
    out: list[Mention] = []
    skip = False
    for a, b in zip(ms, ms[1:] + [None]):
        if skip:
            skip = False
            continue
        if b is not None and _glued(a, b, text):
            out.append(replace(a, end=b.end, surface=text[a.start : b.end], label="ORG"))
            skip = True
            continue
        out.append(a)
    return out


def _glued(a: Mention, b: Mention, text: str) -> bool:
    word = b.surface.strip()
    return (
        a.label == "ORG"
        and b.label == "PERSON"
        and text[a.end : b.start] == " "
        and " " not in word
        and word[:1].isupper()
        and word.isalpha()
        and N.bare(word) not in N.GIVEN_NAMES
        and not a.surface.rstrip().endswith(("'s", "’s", "'", "’"))
    )
