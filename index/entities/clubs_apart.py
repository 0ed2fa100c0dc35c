"""A town's name that an article's fixtures make a club leaves the town's actor.

"Cardiff v Blackburn", "Brighton v Tottenham" in an FA Cup draw are the clubs, while the other
articles' "in Cardiff", "Brighton" are the towns: one key, two actors. The reverse of
place_cues.towns_apart (a town's name out of a club's or a firm's actor).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .decisions import Move
from .fixtures import person_evidence
from .type_votes import actor_type, club_cued

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind


def clubs_apart(corpus: Corpus, uf: UnionFind) -> list[Move]:
    """The moves of the nodes of a town's name out of the town's actor in each article where fixtures or
    a match's words make them a club at least as often as a place's words make them the town,
    when the actor's nodes of the other articles make a place ("in Cardiff"): a club's actor
    of its own, shared by the articles that name that club so. One-word names only (a town's);
    not a club's actor ("Newcastle" of other articles, "Spurs" beside "Tottenham")."""
    moves: list[Move] = []
    groups: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes:
        if node.cluster.startswith("O:") and len(node.tokens) == 1:
            groups[uf.find(node.cluster)].append(node)
    for root, ns in groups.items():
        by_article: dict[str, list[Node]] = defaultdict(list)
        for n in ns:
            by_article[n.mention.article].append(n)
        if len(by_article) < 2:
            continue  # one article: type_votes.actor_type makes the whole actor the club
        clubs = [
            aid
            for aid, here in by_article.items()
            if _a_club_here(here) and not _named_in_full(corpus.by_article.get(aid, []), root, uf)
        ]
        rest = [n for n in ns if n.mention.article not in clubs]
        if not clubs or not rest or actor_type(rest) != "place" or not any(n.votes.get("place", 0) >= 2 for n in rest):
            continue  # the other articles say a place ("in Brighton"), not NER alone ("fight against Aids")
        moves.extend(Move(n, f"O:{n.key}@club") for aid in clubs for n in by_article[aid])
    return moves


def _a_club_here(here: list[Node]) -> bool:
    """One article's nodes of the name: club cues at least as many as place votes
    (type_votes.club_cued), nothing a person has."""
    return club_cued(here) and not person_evidence(here)


def _named_in_full(article: list[Node], root: str, uf: UnionFind) -> bool:
    """The article names the actor in more words ("Newcastle United" beside "Yeading v
    Newcastle"): its one-word name there is that club, already in its actor."""
    return any(len(n.tokens) >= 2 and n.cluster and uf.find(n.cluster) == root for n in article)
