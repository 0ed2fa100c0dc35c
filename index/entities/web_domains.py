"""A website named by its address in prose: "his napster.no site", "the napster.com site in the
USA", "blinkx.tv was launched".

NER leaves a lower-case web address unlabelled, yet the news names websites by their addresses as
it names firms, and the gold's conventions type websites as organisations ("Suprnova.org"). A word
of letters, digits or hyphens, a dot and a common top-level domain, written alone (no "www.", no
path, no e-mail's "@", not a piece of a longer address) that no mention covers is an
organisation's mention. Not "dot.com" (the word for an internet firm).
"""

from __future__ import annotations

import re

from ..lexicon import WEB_DOMAIN_ENDINGS, alternation
from ..records import Mention

_ADDRESS = re.compile(
    r"(?<![\w@/.-])([a-z0-9][a-z0-9-]*\." + alternation(WEB_DOMAIN_ENDINGS, r"\.") + r")(?![\w@/-]|\.\w)"
)


def web_address_mentions(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """The organisations' mentions of the lower-case web addresses no mention covers."""
    found = []
    for hit in _ADDRESS.finditer(text):
        s, e = hit.span(1)
        if hit.group(1).startswith("dot.") or any(m.start < e and s < m.end for m in ms):
            continue
        found.append(Mention(aid, s, e, hit.group(1), "ORG"))
    return found
