"""A performer's or a writer's word right before a name: in the singular the name is a person's,
in the plural a band's.

"the ex-Smiths star Morrissey", "Barcelona star Ronaldinho", "rapper Kano", "playwright Alan
Bennett": the word (lexicon.PERFORMER_WORDS_BEFORE; "co-star", "singer-songwriter" by their last
part) says what the name is, where NER calls a one-word stage name or surname an organisation or
a place. A type vote only, not a title: it is no evidence that a bare name is the person another
article names in full ("dancer Bez" of the Happy Mondays is not Ulrich Bez of Aston Martin,
"rapper Twista" not Oliver Twist), as a title ("Mr Bez") is (people.py).

English agrees the noun in apposition with the name in number: "US rappers Beastie Boys", "early
1970s rockers Free", "1980s pioneers Run DMC", "Scots favourites Travis", "rock veterans New
Order" (lexicon.BAND_NOUNS_BEFORE) name several people by one name, a band (an organisation, by
bench/gold's convention), whose one-word name NER calls a person as readily as a singer's. As
"rock band Keane" (evidence.py, lexicon.BAND_WORDS) it is an organisation's cue. Not before names
joined by "and", "&", "or", "as well as" or a comma ("actors Samuel L Jackson and Ben Stiller",
"Brit Award winners Keane and The Streets": each name one of them), nor a person's full name ("also
stars Paul Giamatti"), nor a country ("pre-race favourites USA": a national side is its country).
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..lexicon import BAND_NOUNS_BEFORE, PERFORMER_WORDS_BEFORE
from ..records import Mention

# The word right before the name, lower case, with a compound's parts ("co-star", "ex-Smiths").
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)*)\s+$")
# A plural noun right before the name, capitalised when it opens the sentence ("Newcomers Keane"),
# with "the" between ("indie darlings the Libertines").
_PLURAL_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]*(?:-[a-z]+)*)\s+(?:the\s+)?$")
# Another name joined to this one: the noun is theirs, several people's.
_JOINED_AFTER = re.compile(r"^[’']?s?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|&|or|as\s+well\s+as)\s+)(?:[Tt]he\s+)?[A-Z]")


def performer_votes(m: Mention, text: str) -> Counter:
    """The type votes of the word right before a name: a performer's in the singular (a person),
    in the plural before this name alone (a band: an organisation's cue, read by make_node)."""
    before = text[max(0, m.start - 40) : m.start]
    votes: Counter = Counter()
    m1 = _WORD_BEFORE.search(before)
    if m1 and m1.group(1).rpartition("-")[2] in PERFORMER_WORDS_BEFORE:
        votes["person"] += 2
    plural = _PLURAL_BEFORE.search(before)
    if plural and plural.group(1).lower() in BAND_NOUNS_BEFORE and _one_band(m, text):
        votes["org"] += 4
        votes["org_cue"] = 1
    return votes


def _one_band(m: Mention, text: str) -> bool:
    """The name stands alone after the plural noun, and is neither a person's full name nor a
    country's."""
    name = re.sub(r"(?i)^the\s+", "", N.strip_possessive(m.surface.strip()))
    return not (
        _JOINED_AFTER.match(text[m.end : m.end + 40])
        or N.starts_with_given_name(name)
        or N.place_or_people(name, m.label)
    )
