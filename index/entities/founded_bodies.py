"""A name that is founded, formed, set up or established is an organisation's.

"Def Jam was founded in 1984 by Russell Simmons", "Air Deccan was set up last year and wants to
lure travellers", "Laura Ashley was founded by its late namesake", "Roxy Music were formed in
1971": the passive of a verb of founding (lexicon.FOUNDING_PARTICIPLES) has a body, a firm or a
band for its subject, never one person, however NER labels the name (a person: Def Jam, Air
Deccan, a firm named after its founder). The name must be right before the verb, the subject of
its clause, with no comma between (", were established" follows a list: "Britain, were ..."); not
"established as" ("X was established as the favourite": a standing, not a founding); not a
person's title before it, nor a country of the gazetteer ("Bangladesh was formed in 1971" stays a
place). An organisation's cue, as "oil firm Yukos" is (evidence.py): it outranks NER's labels
elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import FOUNDING_PARTICIPLES, alternation
from ..records import Mention

_FOUNDED_AFTER = re.compile(
    r"^\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:originally\s+|first\s+|only\s+)?"
    + alternation(FOUNDING_PARTICIPLES)
    + r"(?![\w-])(?!\s+as\b)"
)


def founded_votes(m: Mention, text: str, titled: bool) -> Counter:
    """An organisation's votes and cue for a name a verb of founding in the passive follows."""
    votes: Counter = Counter()
    if titled or not _FOUNDED_AFTER.match(text[m.end : m.end + 50]):
        return votes
    name = re.sub(r"(?i)^the\s+", "", m.surface.strip())
    if N.place_or_people(name, m.label):
        return votes
    votes["org"] += 3
    votes["org_cue"] = 1
    return votes
