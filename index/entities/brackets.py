"""A name in brackets right after a person's name is what the person plays or stands for: a club,
a team, a party. "Damien Traille (Biarritz), Jerome Thion (Biarritz)", "S Best (Ulster), S Byrne
(Leinster)", "Fabien Pelous (Stade Toulousain, capt)".

Team sheets write every player so, and NER labels the clubs in them people ("Biarritz",
"Ulster", "Stade Toulousain": 343 such brackets in the BBC corpus). The bracketed name votes for
an organisation, unless it is a place of the gazetteer ("Kenenisa Bekele (Ethiopia)": the country
stays a place, as a national side does), a person's name itself ("Hamlet (Kate Winslet)",
"Jennifer Aniston (Rachel)": a cast list) or an acronym that may be the short form of the words
before it. The name before must look like a person's: an initial and a surname ("S Best") or two
or three capitalised words with nothing of an organisation's, a place's or an event's; or, in a team sheet of surnames alone, a surname that
opens an item of the list ("Weston (Cardiff), Davies (Tottenham), Fletcher (West Ham)").
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import PLACE_LABELS, PLACE_NAMES, REGION_QUALIFIERS
from ..records import Mention

# "S Best (", "Fabien Pelous (", "B O'Driscoll, (": a person's name, then the opening bracket.
_PERSON_BEFORE = re.compile(r"(?:^|[\s,;:(])((?:[A-Z]\.?|[A-Z][\w’'-]+)(?: [A-Z][\w’'-]+){1,2}),? \($")
# The bracket closes on the name, or on a captain's mark: "(Stade Toulousain, capt)".
_CLOSES = re.compile(r"^(?:\)|,\s*capt\.?\))")
# A team sheet of surnames alone: "Weston (Cardiff), Davies (Tottenham), Fletcher (West Ham)": a
# surname that opens an item of a list, its bracket closed by the item's end.
_SURNAME_ITEM_BEFORE = re.compile(r"(?:^|[,;:]\s+|\n\s*)[A-Z][\w’'-]+ \($")
_ITEM_ENDS = re.compile(r"^(?:\)|,\s*capt\.?\))\s*(?:[,;.]|\n|$)")


def bracket_votes(m: Mention, text: str) -> Counter:
    """The type votes of a bracket around the mention right after a person's name."""
    votes: Counter = Counter()
    if not _CLOSES.match(text[m.end : m.end + 8]):
        return votes
    window = text[max(0, m.start - 60) : m.start]
    before = _PERSON_BEFORE.search(window)
    listed = _SURNAME_ITEM_BEFORE.search(window) and _ITEM_ENDS.match(text[m.end : m.end + 10])
    name = N.clean_name(m.surface, m.label).name or m.surface.strip()
    if (
        ((before and _person_shaped(before.group(1))) or listed)
        and m.label not in PLACE_LABELS  # "Howard Webb (South Yorkshire)": a referee's county
        and not N.is_acronym(name)
        and N.plain(name) not in PLACE_NAMES
        and not N.abbreviation_key(name)
        and N.bare(name.split()[0]) not in N.GIVEN_NAMES
    ):
        votes["org"] += 3
    return votes


def _person_shaped(words: str) -> bool:
    """An initial and a surname, or two or three capitalised words none of which makes the name an
    organisation's, a place's or an event's."""
    parts = words.split()
    if re.fullmatch(r"[A-Z]\.?", parts[0]):
        return True
    return (
        N.bare(parts[0]) not in REGION_QUALIFIERS
        and not N.has_org_word(words)
        and not N.kind_of_name(words)
        and N.plain(words) not in PLACE_NAMES
        and not any(N.is_acronym(p) for p in parts)
    )
