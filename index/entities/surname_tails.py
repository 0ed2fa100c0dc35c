"""A surname of several words ("El Guerrouj", "van Nistelrooy", "Di Canio") used alone after the
person's full name ("Hicham El Guerrouj") is that person's (helper fresh8b, issue 10).

type_votes gives a person's vote to a one-word surname of a full name in the same article; a
surname that opens with a particle (lexicon NAME_PARTICLES) has two words or more, and NER often
labels it an organisation ("El Guerrouj achieved ..."), so it was typed org and kept apart from the
man. The particle is the language's mark: the words are a surname, not a firm's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import names as N
from ..lexicon import NAME_PARTICLES

if TYPE_CHECKING:
    from .nodes import Node


def particle_surname_keys(ns: list[Node], key_type: dict[str, str]) -> set[str]:
    """The keys of the article's names that open with a particle and are the last words of a
    longer name of the article typed person ("El Guerrouj" beside "Hicham El Guerrouj")."""
    tails: set[tuple[str, ...]] = set()
    for n in ns:
        if key_type.get(n.key) != "person" or len(n.tokens) < 3:
            continue
        folded = tuple(N.fold(t) for t in n.tokens)
        for i in range(1, len(folded) - 1):
            if folded[i] in NAME_PARTICLES:
                tails.add(folded[i:])
    return {
        n.key
        for n in ns
        if len(n.tokens) >= 2 and N.fold(n.tokens[0]) in NAME_PARTICLES and tuple(N.fold(t) for t in n.tokens) in tails
    }
