"""Names written as an initial and a surname in a list of people are people, however many.

A team sheet writes its players "R de Marigny; Mirco Bergamasco, C Stoica, A Masi, L Nitoglia",
and NER labels several of them organisations or places ("C Stoica", "S Parisse", "L Orquera").
people_lists.py gives a person's votes to one odd member of a list whose other members are all
people; a team sheet has several, each written as an initial and a surname, which is how lists of
people are written and no organisation's or place's name is ("G Easterby, D Humphreys"). Here
each such member of a list of three names or more (a team sheet's semicolons join it too) gets a person's votes when at least two other
members are people by their votes or written with an initial too ("C Stoica, A Masi, L Nitoglia",
all labelled something else), and its own votes are only NER's label.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .decisions import Votes
from .initials import initialled_paragraph
from .place_cues import name_lists
from .type_votes import argmax
from ..lexicon import PLACE_NAMES

if TYPE_CHECKING:
    from .nodes import Node

LISTED = 3  # more than NER's label and a name's shape
MIN_PEOPLE = 2
WEAK = 1  # NER's label, nothing else
# What joins the names of a team sheet: commas, semicolons, "and", a captain's mark ("M Bortolami
# (capt); A Persico").
_SHEET_JOIN = re.compile(r"\s*(?:\((?:capt|captain)\)\s*)?(?:[,;]\s*(?:and\s+)?|\s+and\s+)")
# "C Stoica", "D Dal Maso", "S Parisse": one capital, then one or two capitalised words.
_INITIALLED = re.compile(r"[A-Z]\.?(?:\s+[A-Z][a-z][\w'’-]*){1,2}")


def initialled_list_votes(by_article: dict[str, list[Node]], texts: dict[str, str]) -> list[Votes]:
    """A person's votes for each member of a list written as an initial and a surname that only
    NER's label makes something else, beside two people at least (see the module's doc)."""
    out: list[Votes] = []
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        voted: set[int] = set()
        for run in name_lists(sorted(ns, key=lambda n: n.mention.start), text, join=_SHEET_JOIN):
            people = [n for n in run if argmax(n.votes) == "person" or _initialled(n)]
            for n in run:
                if len(people) - (n in people) >= MIN_PEOPLE and _an_initialled_odd_name(n):
                    out.append(Votes(n, Counter({"person": LISTED})))
                    voted.add(id(n))
        # Names with their clubs in brackets make no run ("A Baddeley (Harrow AC), M Farah (Windsor,
        # Slough, Eton and Hounslow AC)"): a paragraph of initialled names lists people all the same.
        for n in ns:
            if (
                id(n) not in voted
                and _an_initialled_odd_name(n)
                and initialled_paragraph(n.mention.start, n.mention.end, text)
            ):
                out.append(Votes(n, Counter({"person": LISTED})))
    return out


def _initialled(n: Node) -> bool:
    """Written as an initial and a surname ("C Stoica"): how a team sheet writes its people, so the
    sheet's other such names count as its people whatever NER labels them ("Mirco Bergamasco,
    C Stoica, A Masi, L Nitoglia; L Orquera, A Troncon": one full name, five initialled ones)."""
    return bool(_INITIALLED.fullmatch(n.mention.surface.strip()))


def _an_initialled_odd_name(n: Node) -> bool:
    """An initial and a surname that NER alone makes an organisation or a place, no gazetteer
    place, no cue of a club or a firm."""
    typ = argmax(n.votes)
    return (
        _initialled(n)
        and typ in ("org", "place")
        and n.votes[typ] <= WEAK
        and not (n.org_cue or n.club_cue)
        and n.name not in PLACE_NAMES
    )
