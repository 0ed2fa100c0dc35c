"""A name that, after "the", qualifies a head noun through one or two lower-case words names what
the head names: a firm ("Fiat is to integrate the Maserati car company", "Euronext, which owns the
Liffe derivatives exchange", "the Odeon cinema chain", "the White Rose resistance group") or a
gathering ("won top prize at the Sundance film festival", "speaking at the Soccerex football
business forum", "a press conference at the 3GSM trade show").

The words between the name and the noun ("car", "derivatives", "film") say what the firm does or
what the gathering is about, and the name says which: "the Maserati car company" is Maserati. NER
calls such names places (FAC, GPE, LOC), people or, for gatherings, organisations. A place can
stand there too, as where the firm or the gathering is ("the Milan stock exchange", "the UK food
group", "the Geneva motor show", "the Berlin film festival"), so the gazetteer's towns and
countries are left alone, as are names that open with a given name, nationalities' words ("the
Swiss drugs company") and parties ("the Labour spring conference": the party holds it; no
conference or meeting is a gathering's head here, as bodies hold them, "the USATF annual
meeting"). The nouns are lexicon.FIRM_HEADS_AFTER_MODIFIER and GATHERING_HEADS_AFTER_MODIFIER.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import (
    ARTICLES,
    FIRM_HEADS_AFTER_MODIFIER,
    GATHERING_HEADS_AFTER_MODIFIER,
    MODIFIER_STOP_WORDS,
    PLACE_NAMES,
    alternation,
)
from ..records import Mention

MODIFIER_VOTES = 3  # more than NER's label and a place's head word
# "the", then the name (its own "the" is in the surface when NER kept it)
_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he\s+$")
# one or two lower-case words (not "stock": a city's exchange; not a word of grammar or speech:
# "the Thames near the festival", "the Ritz and the group"), then the head noun, ending there
_FUNCTION_WORDS = alternation(ARTICLES + MODIFIER_STOP_WORDS)
_WORDS = r"^\s+(?!stock\b)(?:(?!" + _FUNCTION_WORDS + r"\b)[a-z]+(?:-[a-z]+)?\s+){1,2}"
_FIRM_AFTER = re.compile(_WORDS + alternation(FIRM_HEADS_AFTER_MODIFIER) + r"(?![\w-])")
_GATHERING_AFTER = re.compile(_WORDS + alternation(GATHERING_HEADS_AFTER_MODIFIER) + r"(?![\w-])")


def modified_head_votes(m: Mention, text: str) -> Counter:
    """An organisation's or an event's votes for a name between "the", a few lower-case words and
    a firm's or a gathering's noun."""
    surface = m.surface.strip()
    opened = re.match(r"(?i)the\s", surface) or _THE_BEFORE.search(text[max(0, m.start - 5) : m.start])
    after = text[m.end : m.end + 50]
    typ = "org" if _FIRM_AFTER.match(after) else "event" if _GATHERING_AFTER.match(after) else None
    if not opened or typ is None:
        return Counter()
    bare = re.sub(r"(?i)^the\s+", "", N.clean_name(surface, m.label).name or surface)
    if N.plain(bare) in PLACE_NAMES or N.abbreviation_key(bare) or N.starts_with_given_name(bare):
        return Counter()
    if N.looks_demonym(bare) or N.looks_demonym(bare.split()[-1]) or N.party_key(bare):
        return Counter()  # "the Swiss drugs company", "the Labour spring conference"
    return Counter({typ: MODIFIER_VOTES})
