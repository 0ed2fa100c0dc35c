"""A name in a list whose other names are all people by their own words is a person too, when its
own votes are only NER's label: "Previous winners have included JK Rowling, Jacqueline Wilson and
Dick King-Smith" (NER: JK Rowling an organisation). A list joins names of one kind (as
org_lists.py has it for organisations and place_cues.list_votes for places).

Who counts as a person here is what a list member's own name or words say (a_person_in_a_list:
a given name first, a title, a speech, an initial before a surname), never NER's label alone; two
such people at least, and no other member but the one asked about: a list of nominees that mixes
singers and bands ("Joss Stone, Keane and Jamie Cullum") has one odd member, so the odd member
must also look like a person's name of two words or more, none a plural ("Scissor Sisters") nor an
organisation's word, no digit ("U2"), no "the" before it ("the Streets"). A one-word stage name
("Usher") stays where it is: nothing in a list tells it from a band.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Votes
from .org_lists import a_person_in_a_list
from .place_cues import article_lists
from .type_votes import argmax
from ..lexicon import PLACE_NAMES

if TYPE_CHECKING:
    from .nodes import Node

LISTED = 3  # the person's votes the odd member gets: more than NER's label and a name's shape
MIN_PEOPLE = 2  # "JK Rowling, Jacqueline Wilson and Dick King-Smith": two people beside it
WEAK = 1  # at most this much for the member's own type: NER's label, nothing else
# "Rowling", "King-Smith", "O'Neill", "JK"; no possessive inside a name ("Schindler's List", a film)
_WORD = re.compile(r"(?![\w'’-]*['’]s$)[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*|[A-Z]{1,2}")


def people_list_votes(by_article: dict[str, list[Node]], texts: dict[str, str]) -> list[Votes]:
    """A person's votes for the one member of each list of three names or more that only NER's
    label makes something else, when every other member is a person by its own name."""
    out: list[Votes] = []
    for text, run in article_lists(by_article, texts):
        odd = [n for n in run if not _a_listed_person(n)]
        if len(odd) == 1 and len(run) - 1 >= MIN_PEOPLE and _named_like_a_person(odd[0], text):
            out.append(Votes(odd[0], Counter({"person": LISTED})))
    return out


def _a_listed_person(n: Node) -> bool:
    """A member its own name or words make a person, and its votes do not gainsay."""
    return a_person_in_a_list(n) and argmax(n.votes) == "person"


def _named_like_a_person(n: Node, text: str) -> bool:
    """Two or three capitalised words, none with a possessive's "'s" ("Schindler's List"), no
    plural last word, no organisation's word, no digit, no gazetteer place, nothing but NER's label
    for its type, no "the" before it."""
    words = n.name.split()
    typ = argmax(n.votes)
    return (
        2 <= len(words) <= 3
        and all(_WORD.fullmatch(w) for w in words)
        and not words[-1].endswith("s")
        and typ in ("org", "place")
        and n.votes[typ] <= WEAK
        and not (n.org_cue or n.club_cue)
        and not N.has_org_word(n.name)
        and N.plain(n.name) not in PLACE_NAMES
        and not text[max(0, n.mention.start - 4) : n.mention.start].lower().endswith("the ")
    )
