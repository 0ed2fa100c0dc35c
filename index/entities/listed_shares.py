"""A name whose shares trade is a firm's: "Pernod shares in Paris slipped 1.2%", "Krispy Kreme
shares hit", "Phytopharm shares jumped", "Baoshan stock climbed". NER calls many firms people
("Pernod", "Krispy Kreme"), and a person's name before "shares" is the verb ("Blair shares his
view"): so only "shares" (or "share price", "shareholders", "stock") followed by what a market says
of them, a price's verb, "up", "down", "in" and a capitalised market ("in Paris"); or a price's
move and a percentage right after the name ("Arcelor shed 2.1% to 17.58 euros", "Biogen Idec shed
43%", "JFE Holdings down 3.4%": the market report's shorthand for the firm's shares; helper
typ15b). Not a gazetteer's place or a nationality ("Tokyo shares", "UK shares", "Irish shares" are
a market's; "London fell by 1.6%" a region's prices), nor a name with a given name first.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import PLACE_NAMES, PRICE_MOVES, SHARE_MOVES, alternation
from ..records import Mention

_SHARES_AFTER = re.compile(
    r"^\s+(?:shares|share\s+price|shareholders|stock)\s+(?:in\s+[A-Z]|"
    + alternation(SHARE_MOVES)
    + r"\b)"
    + r"|^\s+"
    + alternation(PRICE_MOVES)
    + r"\s+(?:by\s+)?\d+(?:\.\d+)?(?:%|\s*per\s*cent)"
)


def listed_share_votes(m: Mention, text: str) -> Counter:
    """An organisation's votes and cue for a name its market's shares follow."""
    if not _SHARES_AFTER.match(text[m.end : m.end + 40]):
        return Counter()
    bare = N.clean_name(m.surface, m.label).name or m.surface.strip()
    # A nationality's word is NER's group or place ("Irish shares"); one NER calls a person or an
    # organisation is a firm's name shaped like one ("Baoshan stock climbed"; typ15b).
    demonym = N.looks_demonym(bare) and m.label not in ("PERSON", "ORG")
    if N.plain(bare) in PLACE_NAMES or demonym or N.starts_with_given_name(bare):
        return Counter()
    return Counter({"org": 3, "org_cue": 1})
