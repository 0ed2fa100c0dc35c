"""Team sheets: a paragraph that is nothing but players' names is a list of people.

Match previews and reports end with the sides: "Hanley; Mayor, Payne, Rhys Jones, Wigglesworth;
Hercus, Redpath (capt); ..." and "Replacements (from): Bozzi, Coutts, Anglesea, Lund, Martens,
Riley, Duffy, C Jones." NER calls many of those surnames organisations (Coutts, Riley, Duffy are
firms' or singers' names too) and nothing around a surname says otherwise. A paragraph of names
alone, joined by commas and semicolons, is a team sheet when semicolons divide it (a rugby side's
units), when a bench's heading opens it ("Replacements:", "Subs:"), or when it holds a whole side
(ten names or more); a paragraph of five clubs ("AC Milan, Bayer Leverkusen, Internazionale,
Juventus, Lyon") is none of these. The side's name before the colon ("Wales:") and a club in
brackets ("G Thomas (Toulouse)") are no players.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import names as N
from ..lexicon import PLACE_NAMES, TEAM_SHEET_HEADINGS
from ..records import Mention

# A player as a team sheet writes him: a surname, an initial and a surname, a surname of several
# words ("Van Niekerk", "MacLeod- Henderson"), perhaps the captain's mark.
_NAME = r"[A-Z][\w'’.\-]*(?:[ -]+[A-Z][\w'’.\-]*){0,2}(?:\s*\((?:capt|c|captain)\))?"
_SEP = r"\s*[,;]\s*(?:and\s+)?"
_SHEET = re.compile(r"(?P<head>[A-Z][\w ()'’]{0,30}:\s*)?(?P<body>" + _NAME + r"(?:" + _SEP + _NAME + r"){4,})\.?\s*")
_NAMES = re.compile(_NAME)
WHOLE_SIDE = 10  # a football eleven or a rugby fifteen in commas alone
MAX_PLACES = 1  # "Austria, Belgium, Cyprus, ...": a paragraph of countries is no side


def team_sheet_votes(m: Mention, text: str) -> Counter:
    """A person's votes for a name in a team sheet's paragraph (not its heading, not in brackets)."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    para = text[start : len(text) if end < 0 else end]
    body = _sheet_body(para)
    if body is None or m.start - start < body:
        return Counter()
    inside = para[body : m.start - start]
    if inside.count("(") > inside.count(")") or N.plain(m.surface) in PLACE_NAMES:
        return Counter()
    return Counter({"person": 3, "person_cue": 1})


@lru_cache(maxsize=4096)
def _sheet_body(para: str) -> int | None:
    """Where a team sheet's names begin in the paragraph, or None when it is no team sheet."""
    if para.count(",") + para.count(";") < 4:
        return None
    sheet = _SHEET.fullmatch(para.strip())
    if not sheet:
        return None
    body = sheet.group("body")
    head = (sheet.group("head") or "").split()
    names = _NAMES.findall(body)
    if sum(1 for n in names if N.plain(n) in PLACE_NAMES) > MAX_PLACES:
        return None
    if ";" in body or (head and head[0].lower().strip(":") in TEAM_SHEET_HEADINGS) or len(names) >= WHOLE_SIDE:
        return para.index(body)
    return None
