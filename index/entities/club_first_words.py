"""A continental club called by the first word of its name alone ("Real want a quick deal",
"under contract to Real") is the club its article named in full (issue 10, session 13, helper
fresh13c).

Spanish, Portuguese, Italian and German clubs are written "Real Madrid", "Atletico Madrid",
"Inter Milan", "Bayern Munich", then, in the same article, by the first word alone. NER seldom
labels that word ("Real" is also an English adjective), so its mentions were missed. The first
words that name clubs so are lexicon.CLUB_FIRST; missed.py looks for the word in the articles
that name such a club in full, and only where the word names one of the article's actors.
"""

from __future__ import annotations

from . import names as N
from ..lexicon import CLUB_FIRST


def club_first_word(tokens: list[str]) -> str | None:
    """The first word of an organisation's name of two words or more that stands alone for the club
    ("Real" of "Real Madrid", "Bayern" of "Bayern Munich"), or None."""
    if len(tokens) >= 2 and N.bare(tokens[0]) in CLUB_FIRST:
        return tokens[0]
    return None
