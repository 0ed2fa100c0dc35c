"""Names of a legislature's committees written in lower case, as the BBC writes them ("the Commons
science and technology committee", "the Commons' home affairs select committee"): the name of one
body, which speaks ("..., the Commons science and technology committee added"), though the
recogniser sees at most "Commons" in it.

A span is the legislature's capitalised word, one to five lower-case words of a subject (no
function words: "the Lords said the committee" is no name) and "committee", after "the" (a name;
"a Commons committee" is any), unless the article names it in capitals too. The mentions gain it
as a mention (and attribution_lower_case_bodies the attribution context as an entity), in place of
the names inside or over it (issue 10, session 13, bbc-politics-016).
"""

from __future__ import annotations

import re

from ..lexicon import LEGISLATURE_WORDS, stop_words
from ..records import Mention

_BODY = re.compile(
    r"\b[Tt]he\s+((?:"
    + "|".join(sorted(LEGISLATURE_WORDS))
    + r")(?:['’]s?)?\s+((?:[a-z][\w-]*,?\s+){1,5}?)committee)\b"
)


def lower_case_bodies(text: str) -> list[tuple[int, int]]:
    """The spans of the committees' names written in lower case (without "the")."""
    stops = stop_words() - {"and"}
    out = []
    for m in _BODY.finditer(text):
        words = re.findall(r"[a-z][\w-]*", m.group(2))
        if any(w in stops for w in words) or not set(words) - {"select", "and"}:
            continue  # "the Commons select committee": no subject, any committee
        if _named_in_capitals(text, words):
            continue  # "The Standards and Privileges Committee" further on: that name is the body's
        out.append((m.start(1), m.end(1)))
    return out


def lower_case_body_mentions(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """An article's mentions with each such committee a mention of an organisation, in place of
    the names inside it."""
    spans = lower_case_bodies(text)
    if not spans:
        return ms
    kept = [m for m in ms if not any(m.start < t and s < m.end for s, t in spans)]
    return kept + [Mention(aid, s, t, text[s:t], "ORG") for s, t in spans]


def _named_in_capitals(text: str, words: list[str]) -> bool:
    """The article names the committee in capitals too ("The Standards and Privileges Committee
    inquiry"): the recogniser's name of it, which the other rules resolve, is the one to keep."""
    subject = [w for w in words if w != "select"]
    caps = r"\s+".join(w if w == "and" else w.capitalize() for w in subject)
    return re.search(r"\b" + caps + r"(?:\s+Select)?\s+Committee\b", text) is not None
