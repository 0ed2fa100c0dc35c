"""What the noun or verb a name is the object of makes of it (evidence.words_around reads it).

"competes in the Isle of Man TT", "take part in the Great Ireland Run": what one competes,
races or runs in is an event, whatever NER's place label says. "Arsenal's £100m deal with
Emirates", "a tie-up with Air New Zealand": a deal, a contract, a merger is made with a firm, a
club or a body; not with a person's name ("a partnership with Brad Gilbert") nor with a country
("a deal with Iran": the gazetteer's, which stays a place). Shares, a stake, a holding are held
"in" a firm or a club ("shares in GW Pharma", "its stake in Fuso"), not in a person; "shares in
London" is a market's city, the gazetteer's. "The Home International series", "the
Test series", "the IRB World Sevens series": a series named by a name is a run of matches or
meetings, an event (or a work's, "the Star Trek series", which is no actor); not a channel's
("the BBC series": an acronym), a country's ("the US series") nor a person's ("the Harry Potter
series"). The word lists are in lexicon.py.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import DEAL_NOUNS, HOLDING_NOUNS, PLACE_NAMES, ROLE_OBJECT_END_WORDS, TAKE_PART_VERBS, alternation
from ..records import Mention

# The object of a verb of taking part: "competes in the", "took part in the" ("the" is needed:
# "racing in Bahrain", "ran in London" are places).
_TAKE_PART_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(v.replace(" ", r"\s+") for v in TAKE_PART_VERBS)) + r")\s+in\s+the\s+$", re.I
)
# "a deal with", "Arsenal's £100m sponsorship deal with" (a mention's own "the" is in its surface).
_DEAL_WITH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(DEAL_NOUNS)) + r")\s+with\s+(?:the\s+)?$", re.I)
# "shares in GW Pharma", "its stake in Fuso", "stakes in Fairmont Hotels & Resorts".
_HOLDING_IN_BEFORE = re.compile(r"\b" + alternation(HOLDING_NOUNS) + r"\s+in\s+(?:the\s+)?$", re.I)
# "the Home International series": the head noun a name qualifies.
_SERIES_AFTER = re.compile(r"^\s+series\b")
# The name is the whole object: punctuation, a preposition, a clause's word or another name after
# it; not "take part in the G7 meeting", "a deal with the US deficit", "a deal with Israeli networks".
_OBJECT_ENDS = re.compile(
    r"^(?:[’']?s?\s*[,.;:!?)\"”(]|\s*$|\s+" + alternation(ROLE_OBJECT_END_WORDS) + r"(?![\w-])|\s+[A-Z0-9])"
)


def role_votes(m: Mention, text: str) -> Counter:
    """The type votes of the verb or noun the mention is the object of."""
    before = text[max(0, m.start - 40) : m.start]
    surface = re.sub(r"(?i)^the\s+", "", m.surface.strip())
    votes: Counter = Counter()
    if (
        _SERIES_AFTER.match(text[m.end : m.end + 10])
        and m.label not in ("NORP", "PERSON")
        and not N.is_acronym(surface)
        and not _a_country(surface)
        and not N.starts_with_given_name(surface)
    ):
        votes["event"] += 3
    if not _OBJECT_ENDS.match(text[m.end : m.end + 30]) or m.label == "NORP" or _a_country(surface):
        return votes  # a country's name stays a place; a nationality's word is no object's name
    if _TAKE_PART_BEFORE.search(before) or (
        re.match(r"(?i)the\s", m.surface) and _TAKE_PART_BEFORE.search(before + "the ")
    ):
        votes["event"] += 3
    if _DEAL_WITH_BEFORE.search(before) and m.label != "PERSON" and not N.starts_with_given_name(surface):
        votes["org"] += 2
    if _HOLDING_IN_BEFORE.search(before) and not N.starts_with_given_name(surface):
        votes["org"] += 2  # "shares in GW Pharma": no person's, and a country's returned above
    return votes


def _a_country(name: str) -> bool:
    """A place of the gazetteer or a country's abbreviation ("US", "UAE")."""
    return N.plain(name) in PLACE_NAMES or bool(N.abbreviation_key(name))
