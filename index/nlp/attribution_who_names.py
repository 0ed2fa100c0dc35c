"""Names the recogniser missed that a relative "who" shows to be a person's (issue 10, session 12,
helper spk12c): "DiCaprio, who lost out on the best actor Bafta to Foxx, will face him again. /
“It's the first time ...,” he told reporters." With no entity there, "he" passes over the man the
sentence before is about and takes the last person named ("Foxx"): a wrong speaker. A capitalised
name right before ", who" that no entity covers is a person's, for attribution.
"""

from __future__ import annotations

import re

from ..entities.names import looks_demonym, looks_plural_demonym
from ..lexicon import stop_words
from .attribution_context import Entity

# "DiCaprio, who", "Sven-Goran Eriksson, who": one or two capitalised words, then ", who"
_NAME_WHO = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*[a-z][\w’'-]*)?),\s+who\b")


def who_people(text: str, ents: list[Entity]) -> list[Entity]:
    """The entities, with a PERSON entity added for each name written right before ", who" that no
    entity covers (not a common word, not a nationality: "Those, who", "Americans, who")."""
    added = []
    for m in _NAME_WHO.finditer(text):
        a, b = m.start(1), m.end(1)
        if any(e.start < b and a < e.end for e in ents):
            continue
        words = m.group(1).split()
        if any(w.lower() in stop_words() or looks_demonym(w) or looks_plural_demonym(w) for w in words):
            continue
        added.append(Entity(a, b, m.group(1), "PERSON"))
    if not added:
        return ents
    return sorted(ents + added, key=lambda e: (e.start, e.end))
