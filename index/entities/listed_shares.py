"""A name whose shares trade is a firm's: "Pernod shares in Paris slipped 1.2%", "Krispy Kreme
shares hit", "Phytopharm shares jumped". NER calls many firms people ("Pernod", "Krispy Kreme"),
and a person's name before "shares" is the verb ("Blair shares his view"): so only "shares" (or
"share price", "shareholders") followed by what a market says of them, a price's verb, "up",
"down", "in" and a capitalised market ("in Paris"). Not a gazetteer's place or a nationality
("Tokyo shares", "UK shares", "Irish shares" are a market's), nor a name with a given name first.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import PLACE_NAMES, SHARE_MOVES
from ..records import Mention

_SHARES_AFTER = re.compile(
    r"^\s+(?:shares|share\s+price|shareholders)\s+(?:in\s+[A-Z]|(?:" + "|".join(sorted(SHARE_MOVES)) + r")\b)"
)


def listed_share_votes(m: Mention, text: str) -> Counter:
    """An organisation's votes and cue for a name its market's shares follow."""
    if not _SHARES_AFTER.match(text[m.end : m.end + 40]):
        return Counter()
    bare = N.clean_name(m.surface, m.label).name or m.surface.strip()
    if N.plain(bare) in PLACE_NAMES or N.looks_demonym(bare) or N.starts_with_given_name(bare):
        return Counter()
    return Counter({"org": 3, "org_cue": 1})
