"""A town's name that its own words make the town, mention by mention, out of a club's actor.

"Birmingham", "Liverpool", "Middlesbrough" are one key across the corpus (grouping.py), and the
sport articles, naming the clubs far more often, make that key's actor a club. place_cues.towns_apart
gives the town back its actor only in an article whose every mention of the name reads as a place,
so one "the Birmingham athlete" (the "the") or one mention NER labels an organisation ("Liverpool
band The Coral") kept a whole article's town in the club. Here each mention is read on its own words:

- a preposition of place right before it ("in Birmingham last week", "In Rochdale, the"), not a
  possessive after it ("in Liverpool's squad") nor a stake or faith before it ("a stake in
  Sunderland": lexicon IN_OBJECTS);
- a home in apposition or after a person's age ("Roy Tansley, from Derby", "Hazel Gilbert, 23, an
  information manager from Newcastle", "a 25-year-old doctor from Bolton");
- a noun after it that a town's name qualifies and a club's does not: "the Birmingham athlete",
  "the Bristol band", "a Manchester start-up" (lexicon PLACE_AFTER, TOWN_QUALIFIED), not a
  club's "side"; where the noun is the name's only reading and its other mentions in the article
  stay a club's, no reading at all ("the edge of the Chelsea area" is the club's penalty area);
- a list with a name the article reads so ("between Blackpool, Bournemouth and Brighton" beside
  "to gather in Blackpool");
- the place votes of the words around it, three at least (evidence.py: "places such as
  Liverpool", "Birmingham-born"); not "a trip to Newcastle", which a club makes too.

Only the name of a club (a fixture, a match's words or a player's role with its mentions: "Derby
v Wigan", "beat Middlesbrough", "Liverpool boss"; see _a_club), of a town elsewhere
(towns_apart's) or of a town of the gazetteer (gazetteer.py: "succeed in Norwich", "in Llanelli",
which a preposition of place before it reads even where NER calls it a person or an organisation)
is read so: not "interested in Yugansk", "in Windows programs". A mention so read
moves to the town's actor (the key towns_apart gives). Where nothing in the article says a club, a
firm or a person of the name (no "Birmingham boss", "beat Birmingham", "Liverpool chief
executive", no "Birmingham City"), its other mentions go with it ("at the Birmingham meeting"
beside "in Birmingham last week"), when one read is more than a noun after the name; where
something does, only the read ones move.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Move, Votes
from .gazetteer import in_gazetteer
from .place_cues import beyond_label, name_lists, not_a_town
from .type_votes import actor_type
from ..lexicon import (
    CLUB_HEADS,
    CLUB_ROLES_AFTER,
    IN_OBJECTS,
    PLACE_AFTER,
    PLACE_OR_FACILITY_LABELS,
    TOWN_QUALIFIED,
    alternation,
)

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind
    from ..records import Mention

PLACED, QUALIFIED = "placed", "qualified"  # how a mention's own words read the town (town_cue)
# "in Birmingham", "In Rochdale,": the preposition right before the name (no "the": "in the Mail").
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|near|outside|inside|throughout)\s+$")
# "Roy Tansley, from Derby", "Hazel Gilbert, 23, an information manager from Newcastle", "a
# 25-year-old doctor from Bolton": a person's home, in apposition or after the person's age.
_HOME_BEFORE = re.compile(r"(?:\w,|\d,\s+an?\s+[a-z][a-z -]{0,30}?|\d-year-old(?:\s+[a-z]+){0,2})\s+from\s+$")
_POSSESSIVE_AFTER = re.compile(r"^[’']")
# "Derby v Wigan": a fixture's side, and "Derby boss", "Bath prop": a club's role after the name.
_FIXTURE_AFTER = re.compile(r"^\s+v\s")
_FIXTURE_BEFORE = re.compile(r"\sv\s+$")
_CLUB_ROLE_AFTER = re.compile(r"^\s+" + alternation(CLUB_ROLES_AFTER) + r"\b")
# "the Birmingham athlete", "the Bristol band", "a Leeds firm": a noun the town's name qualifies.
_QUALIFIED_AFTER = re.compile(r"^\s+" + alternation(PLACE_AFTER | TOWN_QUALIFIED) + r"(?![\w-])")
# "a stake in Sunderland", "faith in Labour": what one has a stake or faith in, no place.
_IN_OBJECT_BEFORE = re.compile(r"\b" + alternation(IN_OBJECTS) + r"\s+in\s+$", re.IGNORECASE)


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
    groups: list[list[Node]] = []  # the held mentions of one name in one article
    for ns in by_key.values():
        if not any(_placed(n, corpus.texts.get(n.mention.article, "")) for n in ns):
            continue  # never read as a place anywhere: no town ("the Keane band")
        town = any(n.cluster.endswith("@town") for n in ns)
        known = any(in_gazetteer(n.name) for n in ns)  # "in Llanelli" in a firm's actor: the gazetteer's town
        held: dict[str, list[Node]] = defaultdict(list)
        for n in ns:
            root = uf.find(n.cluster)
            if (
                not n.cluster.endswith("@town")
                and kinds.get(root) in ("org", "person")
                and (town or known or root in clubs)
            ):
                held[n.mention.article].append(n)
        groups.extend(held.values())
    cues = {id(n): town_cue(n, corpus.texts.get(n.mention.article, "")) for g in groups for n in g}
    for n in _list_mates(groups, cues, corpus):
        cues[id(n)] = PLACED  # "rotated between Blackpool, Bournemouth and Brighton"
    for here in groups:
        read = [n for n in here if cues[id(n)]]
        if not read:
            continue
        article = corpus.by_article.get(here[0].mention.article, [])
        against = any(not_a_town(n) or _club_read(n, corpus.texts) or n.votes.get("org", 0) >= 2 for n in here)
        against = against or _club_named_in_full(here, article)
        qualified_only = all(cues[id(n)] == QUALIFIED for n in read)
        if qualified_only and len(read) < len(here) and any(uf.find(n.cluster) in clubs for n in here):
            continue  # the club's other mentions around "the edge of the Chelsea area": a penalty area
        against = against or qualified_only  # "the Birmingham area" beside "Birmingham Symphony Hall"
        votes.extend(Votes(n, Counter({"place": 2})) for n in read)
        moves.extend(Move(n, f"O:{n.key}@town") for n in (read if against else here))
    return votes, moves


def _list_mates(groups: list[list[Node]], cues: dict[int, str], corpus: Corpus) -> list[Node]:
    """The held mentions listed with a town the article reads by a place's words ("rotated
    between Blackpool, Bournemouth and Brighton" beside "to gather in Blackpool"): towns too,
    when nothing on them says a club, a firm or a person."""
    placed_names = {(g[0].mention.article, g[0].key) for g in groups if any(cues[id(n)] == PLACED for n in g)}
    held = {id(n): n for g in groups for n in g}
    mates: list[Node] = []
    for aid in {g[0].mention.article for g in groups}:
        text = corpus.texts.get(aid, "")
        for run in name_lists(sorted(corpus.by_article.get(aid, []), key=lambda n: n.mention.start), text):
            if not any((aid, n.key) in placed_names and id(n) in held for n in run):
                continue
            mates.extend(n for n in run if id(n) in held and not cues[id(n)] and not not_a_town(n))
    return mates


def town_cue(n: Node, text: str) -> str:
    """How the mention's own words read the town: PLACED by a preposition of place before it, a
    home in apposition or place votes of the words around it beyond NER's label that outweigh
    the rest; QUALIFIED by a noun it qualifies (a weaker reading: "the Chelsea area" is a
    penalty area); "" when they do not, or when something of a club, a firm or a person is on it."""
    if not_a_town(n):
        return ""
    after = text[n.mention.end : n.mention.end + 30]
    if placed_by_preposition(n.mention, text) or home_before(n.mention, text):
        return PLACED
    if beyond_label(n) >= 3 and n.votes.get("place", 0) > max(n.votes.get("org", 0), n.votes.get("person", 0)):
        return PLACED
    return QUALIFIED if _QUALIFIED_AFTER.match(after) else ""


def _placed(n: Node, text: str) -> bool:
    """A mention that reads a place by more than a noun after it: NER's label, place votes, a
    home in apposition ("Roy Tansley, from Derby")."""
    return (
        n.mention.label in PLACE_OR_FACILITY_LABELS
        or n.votes.get("place", 0) >= 2
        or home_before(n.mention, text)
        or (in_gazetteer(n.name) and placed_by_preposition(n.mention, text))  # "succeed in Norwich" (NER: a person)
    )


def placed_by_preposition(m: Mention, text: str) -> bool:
    """A preposition of place right before the mention ("in Birmingham last week", "In Rochdale,
    the"), not a possessive after it ("in Liverpool's squad") nor a stake or faith before it ("a
    stake in Sunderland")."""
    before = text[max(0, m.start - 30) : m.start]
    return bool(
        _PREPOSITION_BEFORE.search(before)
        and not _POSSESSIVE_AFTER.match(text[m.end : m.end + 2])
        and not _IN_OBJECT_BEFORE.search(before)
    )


def home_before(m: Mention, text: str) -> bool:
    """A person's home in apposition before the name ("Roy Tansley, from Derby", "Hazel Gilbert,
    23, an information manager from Newcastle"); not a possessive after it ("Toshihiko Horiuchi,
    from Hitachi's research laboratory": the firm's)."""
    return bool(
        _HOME_BEFORE.search(text[max(0, m.start - 60) : m.start])
        and not _POSSESSIVE_AFTER.match(text[m.end : m.end + 2])
    )


def _town_shaped(n: Node) -> bool:
    """A one-word name of letters, no acronym, no organisation's word, no nationality, no party
    ("faith in Labour"), no club's word alone ("a stake in United")."""
    return (
        len(n.tokens) == 1
        and not n.cluster.startswith("O:party:")
        and N.bare(n.name) not in CLUB_HEADS
        and n.name.isalpha()
        and not N.is_acronym(n.name)
        and not N.has_org_word(n.name)
        and not N.looks_demonym(n.name)
    )


def _a_club(ns: list[Node], texts: dict[str, str]) -> bool:
    """An actor a fixture names ("Derby v Wigan"), or read as a club twice, or once where NER
    labels most of its mentions places (not one "win over Windows PC customers")."""
    if any(_in_a_fixture(n, texts.get(n.mention.article, "")) for n in ns):
        return True
    reads = sum(_club_read(n, texts) for n in ns)
    placed = sum(n.mention.label in PLACE_OR_FACILITY_LABELS for n in ns)
    return reads >= 2 or (reads == 1 and 2 * placed > len(ns))


def _in_a_fixture(n: Node, text: str) -> bool:
    """ "Derby v Wigan", "Charlton v Rochdale": a side of a fixture."""
    return bool(
        _FIXTURE_AFTER.match(text[n.mention.end : n.mention.end + 4])
        or _FIXTURE_BEFORE.search(text[max(0, n.mention.start - 4) : n.mention.start])
    )


def _club_read(n: Node, texts: dict[str, str]) -> bool:
    """A mention that makes its actor a club: a match's words before it ("beat Newcastle",
    "Charlton v Rochdale"), a player's or a manager's role after it ("Liverpool boss")."""
    after = texts.get(n.mention.article, "")[n.mention.end : n.mention.end + 30]
    return n.club_cue or bool(_CLUB_ROLE_AFTER.match(after))


def _club_named_in_full(here: list[Node], article: list[Node]) -> bool:
    """The article names a club by the town's name and a club's word ("Newcastle United",
    "Birmingham City"; not "Birmingham City Council"): its bare name there is that club."""
    word = N.fold(here[0].tokens[0])
    return any(
        len(o.tokens) >= 2 and N.fold(o.tokens[0]) == word and N.bare(o.tokens[-1]) in CLUB_HEADS
        for o in article
        if o not in here
    )
