"""What a name does after ", which": a firm's or a body's deed makes it an organisation.

"Fred Hasson, head of Tiga, which represents independent developers", "the European Roma Rights
Centre, which said the measures unfairly penalised Roma people", "SSL, which makes the famous
Durex brand": "which" is a thing's relative pronoun, and saying, representing, making, owning,
employing or selling is what a firm or a body does, never a place or an event (a city "hosts", an
event "runs"). NER calls such names places ("Tiga") as often as organisations, and a place's head
word ("Centre") votes a place too: this cue outweighs both. subjects.py reads "which" after a
sentence's first name that NER calls a person, whatever verb follows; this one reads the verb,
wherever the name stands. A work or a product that "sold 10 million copies" is no body, nor is a
name NER calls one. A country or a gazetteer's town keeps its type: "the Police Federation
of England and Wales, which represents" is the federation's, a name NER cut short. The verbs are
lexicon.BODY_VERBS_AFTER_WHICH.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import BODY_VERBS_AFTER_WHICH, PLACE_NAMES, alternation
from ..records import Mention

BODY_VOTES = 3  # more than a weak place head's ("Centre") and NER's label together
_WHICH_DOES = re.compile(
    r"^[’']?,\s+which\s+(?:(?:has|had|also)\s+){0,2}"
    + alternation(BODY_VERBS_AFTER_WHICH)
    + r"\b(?!\s+[\w\s,.]{0,25}\b(?:copies|units)\b)"
)
# A work or a product sells too ("The Da Vinci Code, which has sold", "the Nintendo DS, which sold")
_THINGS = ("PRODUCT", "WORK_OF_ART")


def body_verb_votes(m: Mention, text: str) -> Counter:
    """An organisation's votes for a name that ", which" and a body's verb follow."""
    if m.label in _THINGS or not _WHICH_DOES.match(text[m.end : m.end + 80]):
        return Counter()
    bare = N.clean_name(m.surface, m.label).name or m.surface.strip()
    bare = re.sub(r"(?i)^the\s+", "", bare)
    if N.plain(bare) in PLACE_NAMES or N.abbreviation_key(bare):
        return Counter()
    return Counter({"org": BODY_VOTES})
