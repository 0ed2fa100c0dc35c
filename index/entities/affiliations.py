"""A name in a person's "of" apposition: the person's employer or home, never the speaker.

"WLGA finance spokesman Bob Wellington, of Torfaen, said", "David Page, of Investec Securities,
said", "Brad Adams, from Human Rights Watch, said": a person's name, a comma, "of", "from" or
"at" and a name closed by a comma or a full stop. Not "with" ("Blair, with Brown, said" is two
people). The verb after the apposition is the person's: the name inside it is where the
person comes from or whom they work for, an organisation or a place, never a person (NER calls
"Torfaen" and "Human Rights Watch" persons, and the speech verb after them voted one). Its
votes: the speech verb's cue is not its own (evidence._speech_and_place_votes), and one vote
each for an organisation and a place, which NER's label or the gazetteer then tell apart.
"""

from __future__ import annotations

import re
from collections import Counter

from ..records import Mention

# a capitalised word (the person's surname or a title's last word), a comma, "of", maybe "the"
_OF_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w'’.-]*,\s+(?:of|from|at)\s+(?:the\s+)?$")
_CLOSED_AFTER = re.compile(r"^\s*[,.;]")


def in_an_of_apposition(m: Mention, text: str) -> bool:
    """Whether the mention is the name of a person's ", of X," apposition."""
    return bool(
        _OF_BEFORE.search(text[max(0, m.start - 40) : m.start]) and _CLOSED_AFTER.match(text[m.end : m.end + 3])
    )


def affiliation_votes(m: Mention, text: str) -> Counter:
    """An organisation's and a place's vote for the name of a person's ", of X," apposition."""
    return Counter({"org": 1, "place": 1}) if in_an_of_apposition(m, text) else Counter()
