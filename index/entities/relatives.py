"""The relative pronoun after a name says whether it is a person: "Juninho, who has" is one
(evidence._WHO_AFTER), "Euronext, which combines", "Laura Ashley, which floated on the London
Stock Exchange", "Diageo, which is listed" are things: firms, clubs, works.

NER labels many firms and works as people ("Laura Ashley", "Virgin Blue", "Baikal"), and nothing
else in the article may say otherwise. A name NER calls a person that ", which" follows, with no
title and no given name first (those are people the relative clause skips: "posters featuring
Mr Howard, which", "a book by Robert Peston, which"), votes for an organisation, the thing the
news names most.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..records import Mention

# Not "which means", "which is why": a clause about the whole sentence, not the name.
_WHICH_AFTER = re.compile(r"^[’']?s?,\s+which\s+(?!means\b|meant\b|(?:is|was)\s+(?:why|what|how)\b)")


def relative_votes(m: Mention, text: str, titled: bool) -> Counter:
    """The type votes of the relative pronoun after the mention (`titled`: a person's title is
    before it)."""
    votes: Counter = Counter()
    name = N.clean_name(m.surface, m.label)
    if (
        m.label == "PERSON"
        and not titled
        and not name.personal
        and not N.starts_with_given_name(name.name or m.surface)
        and _WHICH_AFTER.match(text[m.end : m.end + 30])
    ):
        votes["org"] += 2
    return votes
