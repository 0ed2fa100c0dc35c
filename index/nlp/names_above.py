"""The proper names that are a subject or an object nearest above a word in the parse: whom a
pronoun ("Federer admitted he was", attribution_pronouns) or a possessive ("Zvonareva has lost
both her games", attribution_mislabelled_subjects) may stand for. Where a subject and an object
are named there, either may be the pronoun's: the callers take the name only when it is the
one named there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import SUBJECT_OR_OBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token


def names_above(h: Token, word: Token, steps: int = 8) -> list[Token]:
    """The proper nouns that are subjects or objects of `h` or of the nearest head above it that
    has any (at most `steps` words read, up to the root), `word` itself apart; [] where none has."""
    for _ in range(steps):
        names = [c for c in h.children if c.i != word.i and c.dep_ in SUBJECT_OR_OBJECT_DEPS and c.pos_ == "PROPN"]
        if names or h.head.i == h.i:
            return names
        h = h.head
    return []
