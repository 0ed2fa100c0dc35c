"""A role in apposition with no article: "Maeve Sherlock, chief executive of the Refugee Council,
said", "Tim Congdon, economist at Lombard Street Research", "Travis Kalanick, founder and chairman
of". The news drops the article before one person's post as often as it writes it (evidence.py
reads "X, a spokeswoman for" and "X, the chairman of"); NER often calls such a name nobody knows
an organisation. Only the posts of one person (lexicon APPOSITION_ROLES: not "leader" or "owner",
which a firm can be, "market leader", "owner of Sky"), right after the comma, at most two
lower-case words before them ("deputy chief economist at"), and "of", "for" or "at" after; not a
gazetteer's place ("Luxembourg, president of the EU" holds a presidency).
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import APPOSITION_ROLES, ARTICLES, PLACE_NAMES, alternation
from ..records import Mention

# no article among the words before the post: "X, the chairman of" is evidence.py's
_BARE_ROLE = re.compile(
    r"^[’']?,\s+(?:(?!"
    + alternation(ARTICLES)
    + r"\s)[a-z]+\s+){0,2}?"
    + alternation(APPOSITION_ROLES)
    + r"\s+(?:of|for|at)\b"
)


def bare_role_votes(m: Mention, text: str) -> Counter:
    """A person's votes for a name a one person's post follows in apposition with no article."""
    if not _BARE_ROLE.match(text[m.end : m.end + 60]) or N.plain(m.surface) in PLACE_NAMES:
        return Counter()
    return Counter({"person": 6, "person_cue": 1})
