"""What a pass decides about nodes that others hold, as records its caller applies in one place.

The house rule: a pass returns what it decides rather than changing the records it was given, so
that what changes a node's votes or its actor reads in one line of the caller (nodes.Corpus.of,
actors.resolve_actors), and a pass can be read and tested on its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .nodes import Node, UnionFind


# The vote a name known as a place gives each of its mentions (lexicon.PLACE_NAMES in nodes.py, a
# gazetteer town read as a place in gazetteer_towns.py): enough to outweigh NER's person label.
KNOWN_PLACE_VOTE = 3


@dataclass(frozen=True)
class Votes:
    """Type votes a pass gives a node ("org": 2 for a list's odd member)."""

    node: Node
    votes: Counter


@dataclass(frozen=True)
class Join:
    """A node that leaves its cluster key for its article's own (the key's other articles keep
    theirs) and joins the group of another key ("Baikal" of "Baikal Finance Group")."""

    node: Node
    cluster: str


@dataclass(frozen=True)
class Move:
    """A node that leaves its actor for the one of another cluster key ("O:cardiff@club")."""

    node: Node
    cluster: str


def add_votes(decided: Iterable[Votes]) -> None:
    """Add each decision's votes to its node, in the order decided."""
    for d in decided:
        d.node.votes.update(d.votes)


def move_nodes(moves: Iterable[Move], uf: UnionFind) -> None:
    """Put each node in the cluster its move names (a group of its own until joined)."""
    for mv in moves:
        mv.node.cluster = mv.cluster
        uf.find(mv.cluster)


def join_nodes(joins: Iterable[Join], uf: UnionFind) -> None:
    """Give each node its article's own key and join it to the group its join names."""
    for j in joins:
        j.node.cluster = f"{j.node.cluster}@{j.node.mention.article}"
        uf.union(j.node.cluster, j.cluster)
