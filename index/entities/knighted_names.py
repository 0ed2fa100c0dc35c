"""A knight's or a dame's honorific before a given name is a person's title, whatever spaCy's
label (issue 10, session 14, helper rec14d).

"It was the first time Dame Julie, who shot to fame ..." (entertainment-295): NER labels "Dame
Julie" a place or a building, names.clean_name keeps the honorific for such labels ("Prince Edward
Theatre", "Lady Chapel" are no people), and "Dame Julie" becomes a full name whose surname is
"Julie": an actor of its own beside Dame Julie Andrews. "Sir" and "Dame" (lexicon.KNIGHTHOODS)
before a given name, with no place's or organisation's word after, are a person's title.
"""

from __future__ import annotations

from ..lexicon import (
    FEMALE_GIVEN_NAMES,
    KNIGHTHOODS,
    MALE_GIVEN_NAMES,
    ORG_WORDS,
    OTHER_GIVEN_NAMES,
    PLACE_HEADS,
)

_GIVEN = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES | OTHER_GIVEN_NAMES


def knighted_given_name(lowers: list[str], i: int) -> bool:
    """The i-th of a name's lower-cased bare words is "sir" or "dame" before a given name, and no
    word after is a place's or an organisation's head ("Sir Matt Busby Way" is a street)."""
    rest = lowers[i + 1 :]
    return (
        lowers[i] in KNIGHTHOODS
        and bool(rest)
        and rest[0] in _GIVEN
        and not any(w in PLACE_HEADS or w in ORG_WORDS for w in rest)
    )
