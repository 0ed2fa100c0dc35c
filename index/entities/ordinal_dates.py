"""A time an ordinal number counts is no name, capitalised or not: "the 18th Century painting"
(NER: an organisation "Century"), which alone joined the one name of the corpus it opens
("Billboard's Century Award", an event). A span of that one word (lexicon.ORDINAL_TIMES) right
after an ordinal goes; "20th Century Fox", a longer name, keeps its words.
"""

from __future__ import annotations

import re

from . import names as N
from ..lexicon import ORDINAL_TIMES
from ..records import Mention

# "18th ", "21st ", "2nd ", "3rd " right before the span.
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])\d+(?:st|nd|rd|th)\s$")


def after_an_ordinal(m: Mention, text: str | None) -> bool:
    """The mention is a time's one word ("Century") and an ordinal number stands right before it."""
    if not text or N.bare(m.surface.strip()) not in ORDINAL_TIMES:
        return False
    return bool(_ORDINAL_BEFORE.search(text[max(0, m.start - 8) : m.start]))
