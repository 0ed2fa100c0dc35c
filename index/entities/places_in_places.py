"""A place NER missed beside a place it found, joined by "in": "Cottenham in Cambridgeshire",
"Minety in Wiltshire" (helper fresh8b, issue 10).

"X in Y" with one of them a place NER found and the other a single capitalised word no mention
covers is a town in its county or region: the other is a place too. Only a lone capitalised word
(not the end or start of a longer run, which may be another kind of name), not at a sentence's
start, and no month, day, holiday, event word, title or lead word ("in June", "in Premiership").
"""

from __future__ import annotations

import re

from . import names as N
from ..lexicon import EVENT_ALONE, LEAD_WORDS, MONTHS_AND_DAYS, NOT_NAMES, PLACE_LABELS, TITLE_WORDS
from ..records import Mention

_WORD = r"[A-Z][a-z][\w’'-]*"
# "Cottenham in " right before a place: the word, with no capitalised word before it
_BEFORE = re.compile(r"(?<![\w’'-])(" + _WORD + r") in $")
# a capitalised word right before: the word ends a longer name ("John Smith in London")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'-]*\s$")
# " in Wiltshire" right after a place, with no capitalised word after it
_AFTER = re.compile(r" in (" + _WORD + r")(?![\w’'-])(?! [A-Z])")


def places_in_places(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """The lone capitalised words joined by "in" to a place mention, as new place mentions."""
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in ms]
    for m in ms:
        if m.label not in PLACE_LABELS:
            continue
        spans = []
        b = _BEFORE.search(text[max(0, m.start - 40) : m.start])
        if b:
            spans.append((m.start - len(b.group(0)), m.start - len(b.group(0)) + len(b.group(1))))
        a = _AFTER.match(text, m.end)
        if a:
            spans.append((a.start(1), a.end(1)))
        for s, e in spans:
            word = text[s:e]
            if any(x < e and s < y for x, y in taken) or N.starts_sentence(text, s) or not _a_place_word(word):
                continue
            if _CAPITAL_BEFORE.search(text[max(0, s - 30) : s]):
                continue
            found.append(Mention(aid, s, e, word, "GPE"))
            taken.append((s, e))
    return found


def _a_place_word(word: str) -> bool:
    """No month, day, holiday, event word, title or lead word ("in June", "in Premiership")."""
    low = word.lower()
    return (
        not re.search(r"['’]s?$", word)
        and low not in MONTHS_AND_DAYS | NOT_NAMES | EVENT_ALONE | TITLE_WORDS | LEAD_WORDS
    )
