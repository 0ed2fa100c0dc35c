"""A club's nickname ("Boro", "the Addicks", "the Blues", "Rovers", "the Saints") is the club its
article names.

lexicon.CLUB_NICKNAMES gives the nicknames of one club each ("Boro": Middlesbrough), and
lexicon.SHARED_CLUB_NICKNAMES those several clubs share: Birmingham, Chelsea, Everton and Cardiff
are all "the Blues", Blackburn, Bristol Rovers, Tranmere and Doncaster all "Rovers". A match report
or a transfer story names the club, then calls it by its nickname ("good displays ... have
impressed Blues fans"); NER gives the nickname alone a group's or a person's label, and it became
an actor of its own, or another club's. Where exactly one of the clubs a nickname may stand for is
named in the article, the nickname is that club; with none or several, it is left as it is.

One rule for both lexicons, which differ in what they may join and how far:
- a nickname of one club is that club wherever it is written, once an article ties it (all its
  nodes move, as its key's group did when it was joined); it joins the article's organisation or
  place of the club's name ("Middlesbrough");
- a shared nickname moves alone, in its article (the band Blue shares the key of "Blues"), and
  only to a name typed as an organisation or a town's name its article cues as the club ("beat
  Birmingham"), never the city of "the Cardiff Blues".
It runs once towns and clubs are apart (place_cues.towns_apart, clubs_apart, in actors.py): a
nickname joined before would lend its votes to the club's name, and "Southampton" with "Saints"
became the town (bbc-sport-232); and a name those passes moved to a town's actor is no club.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Move
from ..lexicon import CLUB_NICKNAMES, SHARED_CLUB_NICKNAMES

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind

# The cluster keys place_cues.towns_apart and clubs_apart give the nodes they move ("O:cardiff@town").
TOWN_MARK, CLUB_MARK = "@town", "@club"


def nickname_moves(corpus: Corpus, uf: UnionFind) -> list[Move]:
    """The moves of nicknames' nodes to the cluster of the one club their article names."""
    moves: list[Move] = []
    one_club: dict[str, list[tuple[Node, str]]] = defaultdict(list)  # a nickname's group -> decisions
    for _aid, ns in sorted(corpus.by_article.items()):
        for node in ns:
            nick = N.plain(node.name).removeprefix("the ")
            club = CLUB_NICKNAMES.get(nick)
            clubs = (club,) if club is not None else SHARED_CLUB_NICKNAMES.get(nick)
            if clubs is None or node.cluster.startswith("P:"):
                continue
            here = clubs_named(corpus, uf, ns, node, clubs, _named if club is not None else _the_club)
            if len(here) != 1:
                continue
            if club is not None:
                one_club[uf.find(node.cluster)].append((node, here.pop()))
            else:
                moves.append(Move(node, here.pop()))
    groups: dict[str, list[Node]] = defaultdict(list)
    for n in corpus.nodes:
        if n.cluster.startswith("O:"):
            groups[uf.find(n.cluster)].append(n)
    for root, decided in one_club.items():
        targets = {target for _node, target in decided}
        if len(targets) == 1:  # one club wherever an article ties it: the whole group
            moves.extend(Move(n, decided[0][1]) for n in groups.get(root, [node for node, _t in decided]))
        else:  # several: each article's own
            moves.extend(Move(node, target) for node, target in decided)
    return moves


def clubs_named(
    corpus: Corpus,
    uf: UnionFind,
    ns: list[Node],
    nickname: Node,
    clubs: Iterable[str],
    a_club: Callable[[Node, str], bool],
) -> set[str]:
    """The clusters of the article's names (ns, the nickname's aside) that start with one of the
    clubs' words ("Middlesbrough", "Charlton Athletic"), that no pass moved to a town's actor, and
    that `a_club` (the node, its type) takes for the club."""
    return {
        uf.find(n.cluster)
        for n in ns
        if n is not nickname
        and any((N.plain(n.name) + " ").startswith(club + " ") for club in clubs)
        and not uf.find(n.cluster).endswith(TOWN_MARK)
        and (uf.find(n.cluster).endswith(CLUB_MARK) or a_club(n, corpus.key_type[n.key]))
    }


def _named(_n: Node, typ: str) -> bool:
    """A name a nickname of one club may join: an organisation's or a place's (the club's name is
    its town's)."""
    return typ in ("org", "place")


def _the_club(n: Node, typ: str) -> bool:
    """A name that stands for the club here: one typed as an organisation, or a town's name the
    words around make its club ("beat Birmingham"); not the city of "the Cardiff Blues" or of
    "moved to Southampton", where the nickname would join the town."""
    return typ == "org" or (typ == "place" and (n.club_cue or n.org_cue))
