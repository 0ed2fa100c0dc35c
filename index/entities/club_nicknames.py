"""A nickname several clubs share ("the Blues", "Rovers", "the Saints") is the one of those clubs
its article names.

lexicon.CLUB_NICKNAMES gives the nicknames of one club each ("Boro", "the Addicks"). Many are
shared: Birmingham, Chelsea, Everton and Cardiff are all "the Blues", Blackburn, Bristol Rovers,
Tranmere and Doncaster all "Rovers". A match report or a transfer story names the club, then calls
it by its nickname ("good displays ... have impressed Blues fans"); NER gives the nickname alone a
group's or a person's label, and it became an actor of its own, or another club's. Where exactly
one of the clubs a nickname may stand for is named in the article, by a name typed as an
organisation or a town's name its article cues as the club ("Birmingham City", "beat
Birmingham"), the nickname is that club; with none
or several, it is left as it is. The nicknames are lexicon.SHARED_CLUB_NICKNAMES.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from . import names as N
from ..lexicon import SHARED_CLUB_NICKNAMES

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind


def nickname_joins(corpus: Corpus, uf: UnionFind) -> list[tuple[Node, str]]:
    """(the nickname's node, the club's cluster) for each nickname of several clubs whose article
    names exactly one of them. The node alone moves, not its key's group: "Blues" and the band
    Blue share a key (a plural and its singular), and the band is no club."""
    joins: list[tuple[Node, str]] = []
    for _aid, ns in sorted(corpus.by_article.items()):
        for node in ns:
            clubs = SHARED_CLUB_NICKNAMES.get(N.plain(node.name).removeprefix("the "))
            if clubs is None or node.cluster.startswith("P:"):
                continue
            here = clubs_named(corpus, uf, ns, node, clubs, _the_club)
            if len(here) == 1:
                joins.append((node, here.pop()))
    return joins


def clubs_named(
    corpus: Corpus,
    uf: UnionFind,
    ns: list[Node],
    nickname: Node,
    clubs: Iterable[str],
    a_club: Callable[[Node, str], bool],
) -> set[str]:
    """The clusters of the article's names (ns, the nickname's aside) that start with one of the
    clubs' words ("Middlesbrough", "Charlton Athletic") and that `a_club` (the node, its type)
    takes for the club; read by both nickname rules (grouping.join_nicknames too)."""
    return {
        uf.find(n.cluster)
        for n in ns
        if n is not nickname
        and any((N.plain(n.name) + " ").startswith(club + " ") for club in clubs)
        and a_club(n, corpus.key_type[n.key])
    }


def _the_club(n: Node, typ: str) -> bool:
    """A name that stands for the club here: one typed as an organisation, or a town's name the
    words around make its club ("beat Birmingham"); not the city of "the Cardiff Blues" or of
    "moved to Southampton", where the nickname would join the town."""
    return typ == "org" or (typ == "place" and (n.club_cue or n.org_cue))
