"""A league's division named by its number ("League One", "League Two", "Division Three") is a
competition, an event, as the gold types "Premiership" and "Primera Liga": "League" alone would
make it an organisation's name (names.has_org_word), which it is only with an organisation's
word after it ("a National Football League spokesman", evidence.py's cue)."""

from __future__ import annotations

from . import names as N
from ..lexicon import DIVISION_NUMBERS, DIVISION_WORDS


def numbered_division(name: str) -> bool:
    """Two words: a division's word, then a number ("League One", "Division 2")."""
    words = [N.bare(w) for w in name.split()]
    return len(words) == 2 and words[0] in DIVISION_WORDS and words[1] in DIVISION_NUMBERS
