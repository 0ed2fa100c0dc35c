"""Spelling variants of one organisation's or place's name that the news writes both ways.

"Office for National Statistics" / "Office of National Statistics", "Institute for Fiscal
Studies" / "Institute of Fiscal Studies", "Department for Constitutional Affairs" / "Department of
Constitutional Affairs": the preposition after a body's head word varies from one report to the
next (and the name does not mean another body). "Staples Centre" / "Staples Center", "World Trade
Centre" / "World Trade Center": British and American spellings of a word ending "-tre" / "-ter".
`variant_key` writes each such name one way, for the grouping key of names that are no person's
(grouping.other_key); a person's name is never keyed by it.
"""

from __future__ import annotations

import re

# "for" between two words of a name is its "of" ("office for national statistics").
_FOR_BETWEEN = re.compile(r"(?<=\w) for (?=\w)")
# A word's British "-tre" (centre, theatre, metre, litre): its American "-ter".
_TRE_END = re.compile(r"(?<=[a-z]t)re\b")


def variant_key(plain_name: str) -> str:
    """A plain (lower-case) name with its variable spellings written one way: "for" as "of"
    between two words, a final "-tre" as "-ter"."""
    return _TRE_END.sub("er", _FOR_BETWEEN.sub(" of ", plain_name))
