"""Two people's surnames that NER glued into one name (issue 10, session 11, helper fresh8a):
"Royer and Elgindy used the FBI's crime-fighting tools", NER: one organisation "Royer and
Elgindy", after the article named "Jeffrey Royer" and "Anthony Elgindy". Left whole, the glued
mention holds both men, a wrongly merged pair; cut, each surname joins its man.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import names as N
from ..records import Mention

_PAIR = re.compile(r"([A-Z][\w’'-]+) (?:and|&) ([A-Z][\w’'-]+)")


def split_paired_surnames(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions, each "X and Y" cut into X and Y, two people, when X and Y are the last words
    of two people's full names the article gives ("Jeffrey Royer", "Anthony Elgindy"); not a firm
    named by two surnames that are no one's here ("Brown and Williamson"), nor "X and X"."""
    surnames = _surnames_of_people(ms)
    out: list[Mention] = []
    for m in ms:
        hit = _PAIR.fullmatch(m.surface)
        if (
            hit
            and text[m.start : m.end] == m.surface
            and N.bare(hit.group(1)) != N.bare(hit.group(2))
            and N.bare(hit.group(1)) in surnames
            and N.bare(hit.group(2)) in surnames
        ):
            for g in (1, 2):
                a, b = hit.span(g)
                out.append(replace(m, start=m.start + a, end=m.start + b, surface=hit.group(g), label="PERSON"))
            continue
        out.append(m)
    return out


def _surnames_of_people(ms: list[Mention]) -> set[str]:
    """The last words of the people's full names among the mentions: two or three capitalised
    words, the first a given name or the whole labelled a person ("Jeffrey Royer")."""
    out = set()
    for m in ms:
        words = m.surface.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or " and " in m.surface:
            continue
        if m.label == "PERSON" or N.bare(words[0]) in N.GIVEN_NAMES:
            out.add(N.bare(re.sub(r"['’]s?$", "", words[-1])))
    return out
