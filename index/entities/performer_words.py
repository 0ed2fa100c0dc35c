"""A performer's or a writer's word right before a name: the name is a person's.

"the ex-Smiths star Morrissey", "Barcelona star Ronaldinho", "rapper Kano", "playwright Alan
Bennett": the word (lexicon.PERFORMER_WORDS_BEFORE; "co-star", "singer-songwriter" by their last
part) says what the name is, where NER calls a one-word stage name or surname an organisation or
a place. A type vote only, not a title: it is no evidence that a bare name is the person another
article names in full ("dancer Bez" of the Happy Mondays is not Ulrich Bez of Aston Martin,
"rapper Twista" not Oliver Twist), as a title ("Mr Bez") is (people.py).
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import PERFORMER_WORDS_BEFORE

# The word right before the name, lower case, with a compound's parts ("co-star", "ex-Smiths").
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)*)\s+$")


def performer_votes(before: str) -> Counter:
    """The type votes of the word right before a name (`before`: the text up to the name)."""
    m = _WORD_BEFORE.search(before)
    votes: Counter = Counter()
    if m and m.group(1).rpartition("-")[2] in PERFORMER_WORDS_BEFORE:
        votes["person"] += 2
    return votes
