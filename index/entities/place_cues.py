"""Places: a town's name is a place in the articles whose own words say so, whatever its club
does elsewhere.

A name like "Newcastle", "Derby" or "Valencia" is one key across the corpus (grouping.py), and
one key gets one type: where sport articles name the club far more often ("Newcastle boss X",
"beat Middlesbrough"), "an information manager from Newcastle" or "two years ago in Valencia"
in another article became the club too. `towns_apart` gives the town back its own actor in each
article where the name's own evidence says a place (a preposition of place, "the X athlete", "the
town of X") and nothing there says a club or a person; the town is one actor across those
articles. The gazetteer's names (lexicon.PLACE_NAMES) are left to the votes: they are places
whatever the words around them say (nodes.is_country).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import names as N
from .nodes import Corpus, Node, UnionFind
from .type_votes import actor_type, argmax

_LABELLED_PLACE = ("GPE", "LOC", "FAC")
_NOT_A_TOWN_BEFORE = re.compile(r"\b(?:the|into)\s+$")


def towns_apart(corpus: Corpus, uf: UnionFind) -> None:
    """Move the nodes of a town's name out of an organisation's or a person's actor, in each
    article whose words make them a place (see the module's doc). Only the keyed groups of
    grouping.py ("O:"); people's groups are people.py's."""
    groups: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes:
        if node.cluster.startswith("O:"):
            groups[uf.find(node.cluster)].append(node)
    for ns in groups.values():
        if len({n.mention.article for n in ns}) < 2 or actor_type(ns) == "place":
            continue
        by_article: dict[str, list[Node]] = defaultdict(list)
        for n in ns:
            by_article[n.mention.article].append(n)
        for aid, here in by_article.items():
            if _a_town_here(here, corpus.by_article.get(aid, []), corpus.texts.get(aid, "")):
                for n in here:
                    n.cluster = f"O:{n.key}@town"
                    uf.find(n.cluster)


def _a_town_here(here: list[Node], article: list[Node], text: str) -> bool:
    """The name's nodes of one article say a place: one-word names of no organisation's shape,
    no short form's, never after "the" ("in the Guardian", "in the League") or "into" ("into
    Google"),
    nothing said of them that only a club, a firm or a person has, and place votes beyond NER's
    own label that outrank every other type ("in Valencia", "The Middlesbrough athlete"); and the
    article does not name the club in full ("Newcastle United")."""
    if any(
        len(n.tokens) != 1
        or N.is_acronym(n.name)
        or N.has_org_word(n.name)
        or not n.name.isalpha()  # "ITV1"
        or N.abbreviation_key(n.name)  # "the Commons": the House's
        or _NOT_A_TOWN_BEFORE.search(text[max(0, n.mention.start - 6) : n.mention.start])
        for n in here
    ):
        return False
    if any(n.org_cue or n.club_cue or n.personal or n.spoke or n.person_cue for n in here):
        return False
    votes: Counter = Counter()
    for n in here:
        votes.update(n.votes)
    labelled = sum(1 for n in here if n.mention.label in _LABELLED_PLACE)
    if argmax(votes) != "place" or votes["place"] <= labelled:
        return False
    word = N.fold(here[0].tokens[0])
    return not any(len(o.tokens) >= 2 and N.fold(o.tokens[0]) == word for o in article if o not in here)
