"""The odd members of a list of organisations are organisations too: "the six factories were Leisure
Garments, Modern Garments, Precious Six Garments, TW Garments, Lesotho Hats and Vogue Landmark"
(NER: Lesotho Hats a person, Vogue Landmark a place). A list joins names of one kind; when three of
its members or more, and most of them, are organisations by their own votes, and each of the rest
is a person or a place by NER's label alone (no title, no speech, no given name, no gazetteer place,
no place's words around it), the rest are organisations. org_lists.py asks for a member known by
more than its label and turns people only; a list of organisations with no strong member of
another kind is evidence enough, and a place's label is as weak as a person's. A surname alone (a
team sheet's "Bozzi, Coutts, Anglesea, Lund", "Lords Bingham, Steyn, Hope and Carswell", which NER
also calls organisations) turns only beside two firms known by more than NER's label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import names as N
from .org_lists import a_person_in_a_list
from .place_cues import name_lists
from .type_votes import argmax
from ..lexicon import PLACE_NAMES

if TYPE_CHECKING:
    from .nodes import Node

MIN_ORGS = 3  # "Nokia, Philips and Alcatel" at least: two can be a coincidence
WEAK = 2  # at most this much evidence for the member's own type: a label, not a cue


def odd_list_members(by_article: dict[str, list[Node]], texts: dict[str, str]) -> list[Node]:
    """The members of lists of organisations that their own weak votes make a person or a place
    (every other member an organisation or as weak, three organisations at least and more of them
    than of the weak): the caller gives each an organisation's vote."""
    out: list[Node] = []
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        for run in name_lists(sorted(ns, key=lambda n: n.mention.start), text):
            orgs = [n for n in run if argmax(n.votes) == "org"]
            odd = [n for n in run if _odd(n)]
            if len(orgs) < MIN_ORGS or len(orgs) <= len(odd) or len(orgs) + len(odd) != len(run):
                continue
            known = sum(1 for n in orgs if n.votes["org"] - (n.mention.label == "ORG") >= 2 or n.org_cue)
            # A surname alone is a team sheet's or a bench's ("Bozzi, Coutts, Anglesea, Lund",
            # "Lords Bingham, Steyn, Hope and Carswell") unless two members are firms for sure
            # ("Hyundai, Toyota, Suzuki and Ford").
            out.extend(n for n in odd if _full_name(n) or known >= 2)
    return out


def _odd(n: Node) -> bool:
    typ = argmax(n.votes)
    if typ not in ("person", "place") or n.votes[typ] > WEAK:
        return False
    if n.club_cue or a_person_in_a_list(n):  # a title, a speech, a given name, "R Kelly"
        return False
    return N.plain(n.name) not in PLACE_NAMES and N.bare(n.name) not in N.GIVEN_NAMES


def _full_name(n: Node) -> bool:
    """Two words or more, none an initial ("G Britz" is a team sheet's player)."""
    return len(n.tokens) >= 2 and all(len(t.rstrip(".")) > 1 for t in n.tokens)
