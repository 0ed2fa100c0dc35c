"""A plural noun of sides or firms right before one name: the name is a collective's, no one person.

"11 points behind leaders Chelsea", "title rivals Arsenal", "car maker rivals Ford", "holders
Manchester United", "Newcomers Keane came in third place": English puts a plural description
before a name only when the name stands for many, a club, a firm or a band
(lexicon.COLLECTIVE_BEFORE), where NER often calls a one-word club or band a person or a place.
Not before a list ("champions Mike and Bob Bryan", "rivals Arsenal and Manchester United": the
noun describes the people or the names together), so only when no "and", "or" or a comma and
another name follow ("leaders Chelsea, who" is one). A type vote only: a country's name stays a place by its gazetteer's votes
("former champions Zambia": its national side is the country).
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import COLLECTIVE_BEFORE, alternation
from ..records import Mention

# The plural noun right before the name, lower case, or capitalised as a sentence's first word
# ("Newcomers Keane"); "the" may stand between ("rivals the Saints").
_BEFORE = re.compile(
    r"(?:(?<![\w-])"
    + alternation(COLLECTIVE_BEFORE)
    + r"|(?:^|[.!?]\s+)(?i:"
    + alternation(COLLECTIVE_BEFORE)
    + r"))\s+(?:the\s+)?$"
)
# Another name after it: a list the noun describes together.
_LIST_AFTER = re.compile(r"^[’']?s?(?:\s*,\s*(?:and\s+|or\s+)?[A-Z]|\s+(?:and|or|&)\s)")

VOTES = 2


def collective_votes(m: Mention, text: str) -> Counter:
    """The organisation's votes of a plural noun of sides or firms right before the mention."""
    votes: Counter = Counter()
    if _BEFORE.search(text[max(0, m.start - 40) : m.start]) and not _LIST_AFTER.match(text[m.end : m.end + 10]):
        votes["org"] += VOTES
    return votes
