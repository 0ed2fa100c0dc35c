"""A name in a list whose other names are mostly organisations is an organisation too, when
nothing says a person. A list joins names of one kind (as place_cues.list_votes has it for places);
one reader of the lists (place_cues.name_lists), one test of a person's evidence
(`a_person_in_a_list`), and two steps over each list, the second reading the first's votes:

- people turned: a member that its own votes make a person's, with no person's evidence, when most
  of the other members are organisations by their own votes and one of them at least by more than
  NER's label: "Norwich, Blackburn, West Brom are away at West Ham, Cardiff and Preston North End"
  (NER: "Preston North End" a person), "Yahoo, Microsoft, Google and Ask Jeeves". A member with a
  person's evidence (a title, a speech, a given name first: "U2, Green Day, Alicia Keys and Kanye
  West") keeps it.
- odd members: when three members or more, and most of them, are organisations by their own votes,
  and each of the rest is a person or a place by NER's label alone (no title, no speech, no given
  name, no gazetteer place, no place's words around it), the rest are organisations: "the six
  factories were Leisure Garments, Modern Garments, Precious Six Garments, TW Garments, Lesotho
  Hats and Vogue Landmark" (NER: Lesotho Hats a person, Vogue Landmark a place). No member known by
  more than its label is asked for here: a list of organisations with no strong member of another
  kind is evidence enough, and a place's label is as weak as a person's. A surname alone (a team
  sheet's "Bozzi, Coutts, Anglesea, Lund", "Lords Bingham, Steyn, Hope and Carswell", which NER
  also calls organisations) turns only beside two firms known by more than NER's label.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Votes
from .place_cues import article_lists
from .type_votes import argmax
from ..lexicon import PLACE_NAMES

if TYPE_CHECKING:
    from .nodes import Node

TURNED = 2  # the votes a person turned gets
ODD = 3  # the votes an odd member gets
MIN_ORGS = 3  # "Nokia, Philips and Alcatel" at least: two can be a coincidence
WEAK = 2  # at most this much evidence for the member's own type: a label, not a cue


def org_list_votes(by_article: dict[str, list[Node]], texts: dict[str, str]) -> list[Votes]:
    """The organisation's votes of the members of each list of three names or more (see the
    module's doc): the people turned, then the odd members by the votes the first step leaves."""
    out: list[Votes] = []
    for _, run in article_lists(by_article, texts):
        turned = _people_turned(run)
        votes = {id(n): n.votes for n in run}
        for n in turned:
            votes[id(n)] = Counter(n.votes)
            votes[id(n)]["org"] += TURNED
        out.extend(Votes(n, Counter({"org": TURNED})) for n in turned)
        out.extend(Votes(n, Counter({"org": ODD})) for n in _odd_members(run, votes))
    return out


def _people_turned(run: list[Node]) -> list[Node]:
    """The members that their own votes make people, with no person's evidence, when most of the
    others are organisations and one of them at least by more than NER's label."""
    orgs = [n for n in run if argmax(n.votes) == "org"]
    known = [n for n in orgs if n.votes["org"] - (n.mention.label == "ORG") >= 2 or n.org_cue or n.club_cue]
    if len(orgs) < 2 or 2 * len(orgs) <= len(run) - 1 or not known:
        return []
    return [n for n in run if n not in orgs and argmax(n.votes) == "person" and not a_person_in_a_list(n)]


def _odd_members(run: list[Node], votes: dict[int, Counter]) -> list[Node]:
    """The members that their own weak votes make a person or a place, in a list of organisations
    (every other member an organisation or as weak, three organisations at least and more of them
    than of the weak); `votes` are the members' votes after the people turned."""
    orgs = [n for n in run if argmax(votes[id(n)]) == "org"]
    odd = [n for n in run if _odd(n, votes[id(n)])]
    if len(orgs) < MIN_ORGS or len(orgs) <= len(odd) or len(orgs) + len(odd) != len(run):
        return []
    known = sum(1 for n in orgs if votes[id(n)]["org"] - (n.mention.label == "ORG") >= 2 or n.org_cue)
    # A surname alone is a team sheet's or a bench's ("Bozzi, Coutts, Anglesea, Lund",
    # "Lords Bingham, Steyn, Hope and Carswell") unless two members are firms for sure
    # ("Hyundai, Toyota, Suzuki and Ford").
    return [n for n in odd if _full_name(n) or known >= 2]


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


def _odd(n: Node, votes: Counter) -> bool:
    typ = argmax(votes)
    if typ not in ("person", "place") or votes[typ] > WEAK:
        return False
    if n.club_cue or a_person_in_a_list(n):  # a title, a speech, a given name, "R Kelly"
        return False
    return N.plain(n.name) not in PLACE_NAMES and N.bare(n.name) not in N.GIVEN_NAMES


def _full_name(n: Node) -> bool:
    """Two words or more, none an initial ("G Britz" is a team sheet's player)."""
    return len(n.tokens) >= 2 and all(len(t.rstrip(".")) > 1 for t in n.tokens)
