"""Attribution: the words a noun of saying reports are those of the name it gives "by" or "from"
("shrugged off claims from Conservative leader Michael Howard that he led a “grubby
government”", "a claim by Peter Hain that the Tory leader is acting like an “...”"), as they are
the possessor's in "Trump's claim that ..." (attribution_rules.possessive_speech_noun; issue 10,
session 12, bbc-politics-102).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# the prepositions that bring in the maker of a claim or a remark
_AGENT_PREPOSITIONS = frozenset({"by", "from"})


def agent_of_speech_noun(noun: Token) -> Token | None:
    """The proper noun after "by" or "from" hung on the noun of saying, the head of a name
    ("claims from ... Michael Howard": Howard); None for a common noun ("claims from critics")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AGENT_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                return obj
    return None
