"""A name of one word written twice is no person's: "Duran Duran", "Bafana Bafana".

A band, a team's nickname or a show ("Duran Duran are currently promoting", "Bafana Bafana were
humbled") doubles a word; a person's name does not (a hyphen's "Boutros Boutros-Ghali" is no
doubled word). NER labels such names people all the same, and "Chart stars Duran Duran" adds a
list's vote for one. The vote is an organisation's, strong enough to outrank those.
"""

from __future__ import annotations

from collections import Counter

from ..records import Mention


def repeated_word_votes(m: Mention) -> Counter:
    """The type votes of a mention whose name is one capitalised word twice."""
    words = m.surface.strip().removesuffix("'s").removesuffix("’s").split()
    votes: Counter = Counter()
    if len(words) == 2 and words[0] == words[1] and words[0][:1].isupper() and words[0].isalpha():
        votes["org"] += 4
    return votes
