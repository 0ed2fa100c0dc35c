"""A town's name that its own words make the town, mention by mention, out of a club's actor.

"Birmingham", "Liverpool", "Middlesbrough" are one key across the corpus (grouping.py), and the
sport articles, naming the clubs far more often, make that key's actor a club. place_cues.towns_apart
gives the town back its actor only in an article whose every mention of the name reads as a place,
so one "the Birmingham athlete" (the "the") or one bare "Bournemouth hosted the event" kept a
whole article's town in the club. Here each mention is read on its own words:

- a preposition of place right before it ("in Birmingham last week", "In Rochdale, the"), not a
  possessive after it ("in Liverpool's squad");
- a home in apposition ("Roy Tansley, from Derby");
- a noun after it that a town's name qualifies and a club's does not: "the Birmingham athlete",
  "the Bristol band", "a Leeds firm" (lexicon PLACE_AFTER, TOWN_QUALIFIED);
- the place votes of the words around it (evidence.py: "places such as Liverpool", "-born").

Only the name of a club (a match's words or a player's role with its mentions: "beat
Middlesbrough", "Liverpool boss"; see _a_club) or of a town elsewhere (towns_apart's) is read so: not
"interested in Yugansk", "in Windows programs". A mention so read moves to the town's actor (the key place_cues.towns_apart gives). Where nothing
in the article says a club, a firm or a person of the name (no "Birmingham boss", "beat
Birmingham", "Birmingham manager", no "Birmingham City"), its other mentions go with it ("The
following year Bournemouth hosted the event"); where something does, only the read ones move. A
name the article names a club by ("Newcastle United") or no mention anywhere labels or votes a
place is left alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Move, Votes
from .type_votes import actor_type
from ..lexicon import BAND_WORDS, CLUB_HEADS, CLUB_ROLES_AFTER, PLACE_AFTER, TOWN_QUALIFIED, alternation

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind

_PLACE_LABELS = ("GPE", "LOC", "FAC")
# "in Birmingham", "In Rochdale,": the preposition right before the name (no "the": "in the Mail").
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|near|outside|inside|throughout)\s+$")
# "Roy Tansley, from Derby": a person's home, in apposition.
_HOME_BEFORE = re.compile(r"\w,\s+from\s+$")
_POSSESSIVE_AFTER = re.compile(r"^[’']")
# "the Birmingham athlete", "the Bristol band", "a Leeds firm": a noun the town's name qualifies.
_CLUB_ROLE_AFTER = re.compile(r"^\s+" + alternation(CLUB_ROLES_AFTER) + r"\b")
_QUALIFIED_AFTER = re.compile(r"^\s+" + alternation(PLACE_AFTER | BAND_WORDS | TOWN_QUALIFIED) + r"\b")


def town_mentions(corpus: Corpus, uf: UnionFind) -> tuple[list[Votes], list[Move]]:
    """The place votes of the mentions whose own words read a town, and the moves of the town's
    mentions out of a club's or a firm's actor (see the module's doc)."""
    votes: list[Votes] = []
    moves: list[Move] = []
    by_key: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes:
        if node.cluster.startswith("O:") and _town_shaped(node):
            by_key[node.key].append(node)
    members: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes:
        if node.cluster:
            members[uf.find(node.cluster)].append(node)
    kinds = {root: actor_type(ns) for root, ns in members.items()}
    clubs = {root for root, ns in members.items() if _a_club(ns, corpus.texts)}
    for key, ns in by_key.items():
        if not any(n.mention.label in _PLACE_LABELS or n.votes.get("place", 0) >= 2 for n in ns):
            continue  # never read as a place anywhere: no town ("the Keane band")
        town = any(n.cluster.endswith("@town") for n in ns)
        held: dict[str, list[Node]] = defaultdict(list)
        for n in ns:
            root = uf.find(n.cluster)
            if not n.cluster.endswith("@town") and kinds.get(root) in ("org", "person") and (town or root in clubs):
                held[n.mention.article].append(n)
        for aid, here in held.items():
            text = corpus.texts.get(aid, "")
            read = [n for n in here if town_cue(n, text)]
            if not read:
                continue
            against = any(_not_a_town(n) for n in here) or _club_named_in_full(here, corpus.by_article.get(aid, []))
            votes.extend(Votes(n, Counter({"place": 2})) for n in read)
            moves.extend(Move(n, f"O:{n.key}@town") for n in (read if against else here))
    return votes, moves


def town_cue(n: Node, text: str) -> bool:
    """The mention's own words read the town: a preposition of place before it, a home in
    apposition, a noun it qualifies, or place votes of the words around it beyond NER's label
    that outweigh the rest; nothing of a club, a firm or a person on it."""
    if _not_a_town(n):
        return False
    before = text[max(0, n.mention.start - 30) : n.mention.start]
    after = text[n.mention.end : n.mention.end + 30]
    if _PREPOSITION_BEFORE.search(before) and not _POSSESSIVE_AFTER.match(after):
        return True
    if _HOME_BEFORE.search(before) or _QUALIFIED_AFTER.match(after):
        return True
    beyond = n.votes.get("place", 0) - (n.mention.label in _PLACE_LABELS)
    return beyond >= 2 and n.votes.get("place", 0) > max(n.votes.get("org", 0), n.votes.get("person", 0))


def _town_shaped(n: Node) -> bool:
    """A one-word name of letters, no acronym, no organisation's word, no nationality."""
    return (
        len(n.tokens) == 1
        and n.name.isalpha()
        and not N.is_acronym(n.name)
        and not N.has_org_word(n.name)
        and not N.looks_demonym(n.name)
    )


def _a_club(ns: list[Node], texts: dict[str, str]) -> bool:
    """An actor read as a club twice, or once where NER labels most of its mentions places
    ("Charlton v Rochdale" beside "in Rochdale"; not one "win over Windows PC customers")."""
    reads = sum(_club_read(n, texts) for n in ns)
    placed = sum(n.mention.label in _PLACE_LABELS for n in ns)
    return reads >= 2 or (reads == 1 and 2 * placed > len(ns))


def _club_read(n: Node, texts: dict[str, str]) -> bool:
    """A mention that makes its actor a club: a match's words before it ("beat Newcastle",
    "Charlton v Rochdale"), a player's or a manager's role after it ("Liverpool boss")."""
    after = texts.get(n.mention.article, "")[n.mention.end : n.mention.end + 30]
    return n.club_cue or bool(_CLUB_ROLE_AFTER.match(after))


def _not_a_town(n: Node) -> bool:
    """What only a club, a firm or a person has ("Birmingham boss", "beat Birmingham", "X said")."""
    return n.org_cue or n.club_cue or n.personal or n.spoke or n.person_cue


def _club_named_in_full(here: list[Node], article: list[Node]) -> bool:
    """The article names a club by the town's name and a club's word ("Newcastle United",
    "Birmingham City"; not "Birmingham City Council"): its bare name there is that club."""
    word = N.fold(here[0].tokens[0])
    return any(
        len(o.tokens) >= 2 and N.fold(o.tokens[0]) == word and N.bare(o.tokens[-1]) in CLUB_HEADS
        for o in article
        if o not in here
    )
