"""Two people's surnames that NER glued into one name (issue 10, session 11, helper fresh8a):
"Royer and Elgindy used the FBI's crime-fighting tools", NER: one organisation "Royer and
Elgindy", after the article named "Jeffrey Royer" and "Anthony Elgindy". Left whole, the glued
mention holds both men, a wrongly merged pair; cut, each surname joins its man. A name the
article writes alone counts as a surname does ("But Petrov and Juninho combined brilliantly",
beside "Juninho" alone, a footballer known by one name).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from . import names as N
from ..records import Mention

_PAIR = re.compile(r"([A-Z][\w’'-]+) (?:and|&) ([A-Z][\w’'-]+)")


def split_paired_surnames(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions, each "X and Y" cut into X and Y when each is the last word of a person's
    full name the article gives ("Jeffrey Royer", "Anthony Elgindy") or a name it writes alone;
    not a firm named by two surnames the article gives no other way ("Brown and Williamson"),
    nor "X and X"."""
    surnames = _surnames_of_people(ms)
    alone = _written_alone(ms)
    out: list[Mention] = []
    for m in ms:
        hit = _PAIR.fullmatch(m.surface)
        words = [N.bare(hit.group(g)) for g in (1, 2)] if hit else []
        if (
            hit
            and text[m.start : m.end] == m.surface
            and words[0] != words[1]
            and all(w in surnames or w in alone for w in words)
        ):
            for g, w in zip((1, 2), words):
                a, b = hit.span(g)
                label = "PERSON" if w in surnames else alone[w]
                out.append(replace(m, start=m.start + a, end=m.start + b, surface=hit.group(g), label=label))
            continue
        out.append(m)
    return out


def _written_alone(ms: list[Mention]) -> dict[str, str]:
    """The one-word names the article gives as mentions of their own, each with the label NER
    gives it most often there."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for m in ms:
        if re.fullmatch(r"[A-Z][\w’'-]+", m.surface):
            labels[N.bare(m.surface)][m.label] += 1
    return {w: c.most_common(1)[0][0] for w, c in labels.items()}


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
