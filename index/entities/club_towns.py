"""A town's name alone is the club its article names with a club's word before the town: "AC
Milan" then "Milan coach Carlo Ancelotti", "Milan beat Juventus"; "Real Madrid" then "Madrid
midfielder Guti", "I have told Madrid that I want it to happen".

British sports writing names a continental club in full once ("AC Milan", "Real Madrid", "Bayer
Leverkusen", "Borussia Dortmund") and then by its town alone. NER labels the town a place, and the
gazetteer agrees, so the club's mentions became the city. Where the article names exactly one club
so for the town, the town's other mentions are that club's, unless a place's words come before
them ("he was in Milan talking to Adriano"). Two clubs of one town ("Real Madrid" and "Atletico
Madrid") leave the town alone; so does "Inter Milan", whose short form is "Inter", not "Milan".
"""

from __future__ import annotations

import re

from . import names as N
from ..lexicon import CLUB_FIRST, CLUB_INITIALS, PLACE_NAMES, PLACE_OF_NOUNS, PLACE_PREPOSITIONS
from ..records import Mention

# the club's word written before a town ("AC Milan", "Real Madrid"), with the town's capitalised word(s)
_CLUB_WORD = r"\b(?:" + "|".join(sorted(CLUB_INITIALS) + sorted(w.capitalize() for w in CLUB_FIRST)) + r")"
# a place's words right before the town, the lexicon's: it is the town there ("in Milan", "the city of Madrid")
_PLACE_BEFORE = re.compile(
    r"\b(?:" + "|".join(PLACE_PREPOSITIONS) + r"|(?:" + "|".join(sorted(PLACE_OF_NOUNS)) + r")\s+of)\s+$", re.I
)


def club_of_town(m: Mention, text: str) -> bool:
    """The mention is a town's name that its article writes, elsewhere, after a club's word, for
    one club only, and no place's words come before it here."""
    name = N.strip_possessive(m.surface.strip())
    if not name[:1].isupper() or N.plain(name) not in PLACE_NAMES:
        return False
    clubs = {c.group(1) for c in re.finditer(r"(" + _CLUB_WORD + r")\s+" + re.escape(name) + r"\b", text)}
    if len(clubs) != 1 or "Inter" in clubs:  # "Inter Milan" is "Inter" alone
        return False
    # not the town of the club's own name ("AC Milan" NER cut in two)
    if re.search(_CLUB_WORD + r"\s+$", text[max(0, m.start - 20) : m.start]):
        return False
    return not _PLACE_BEFORE.search(text[max(0, m.start - 30) : m.start])
