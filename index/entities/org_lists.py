"""A name in a list whose other names are mostly organisations is an organisation too, when
nothing says a person: "Norwich, Blackburn, West Brom are away at West Ham, Cardiff and Preston
North End" (NER: "Preston North End" a person), "Yahoo, Microsoft, Google and Ask Jeeves". The
members of a list share their kind (as place_cues.list_votes does for places); a member with a
person's evidence (a title, a speech, a given name first: "U2, Green Day, Alicia Keys and Kanye
West") keeps it."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Votes
from .place_cues import name_lists
from .type_votes import argmax

if TYPE_CHECKING:
    from .nodes import Node


def org_list_votes(by_article: dict[str, list[Node]], texts: dict[str, str]) -> list[Votes]:
    """A vote of 2 for an organisation to each member of a list of three names or more that its
    own votes make a person's with no person's evidence, when most of the other members are
    organisations by their own votes and one of them at least by more than NER's label."""
    out: list[Votes] = []
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        for run in name_lists(sorted(ns, key=lambda n: n.mention.start), text):
            orgs = [n for n in run if argmax(n.votes) == "org"]
            known = [n for n in orgs if n.votes["org"] - (n.mention.label == "ORG") >= 2 or n.org_cue or n.club_cue]
            for n in run:
                others = len(run) - 1
                if n in orgs or argmax(n.votes) != "person" or a_person_in_a_list(n):
                    continue
                if len(orgs) >= 2 and 2 * len(orgs) > others and known:
                    out.append(Votes(n, Counter({"org": 2})))
    return out


def a_person_in_a_list(n: Node) -> bool:
    """A person's evidence, or an initial before a surname ("R Kelly" in a list of bands)."""
    initialled = len(n.tokens) == 2 and len(n.tokens[0].rstrip(".")) == 1 and n.tokens[0][:1].isupper()
    return (
        initialled
        or n.personal
        or n.spoke
        or n.person_cue
        or N.starts_with_given_name(n.name)
        or N.bare(n.name) in N.GIVEN_NAMES
    )
