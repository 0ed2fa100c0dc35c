"""Places: what a place's name looks like, the words around it that make it one, and a town's
name that is a place in the articles whose own words say so, whatever its club does elsewhere.

- `place_name_votes`: the shape of a name makes it a place's, where NER gives a county or a
  constituency a person's or an organisation's label: a county's "-shire" ("Herefordshire",
  "Dumfriesshire"), a seat named by a town and a compass word ("Leicester South", "Dundee East";
  lexicon SEAT_COMPASS_WORDS).
- `place_context_votes`: a name after a town and a comma ("from Pease Pottage, West Sussex;", "at
  Hatfield, Hertfordshire.") is the town's county or region; the town before its county ("of
  Tuxford, Nottingham;") and a home ("her native Dartford") are places.
- `seat_of_government_votes`: "Downing Street", "the Kremlin" stand for the office in them, an
  organisation.
- `list_votes`: a name in a list of places is a place ("Dundee East and West, South West
  Edinburgh, Ochil, Stirling").
- `gazetteer_keys_apart`: a gazetteer's place is voted apart from another spelling of its key
  ("Milan", "Millan").
- `towns_apart`: a name like "Newcastle", "Derby" or "Valencia" is one key across the corpus
  (grouping.py), and one key gets one type: where sport articles name the club far more often
  ("Newcastle boss X", "beat Middlesbrough"), "two years ago in Valencia" in another article
  became the club too. The town gets back its own actor in each article where the name's own
  evidence says a place (a preposition of place, "the X athlete", "the town of X") and nothing
  there says a club or a person; the town is one actor across those articles. The gazetteer's
  names (lexicon.PLACE_NAMES) are left to the votes: they are places whatever the words around
  them say (nodes.is_country).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Move, Votes
from .type_votes import actor_type, argmax
from ..lexicon import (
    COMPASS_WORDS,
    MONTHS_AND_DAYS,
    NATIVE_OWNERS,
    PLACE_NAMES,
    PLACE_OR_FACILITY_LABELS,
    REGION_QUALIFIERS,
    SEAT_COMPASS_WORDS,
    SEATS_OF_GOVERNMENT,
    TOWN_PREPOSITIONS,
    alternation,
)
from ..records import Mention

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .nodes import Corpus, Node, UnionFind

_NOT_A_TOWN_BEFORE = re.compile(r"\b(?:the|into)\s+$")
# "from Pease Pottage, ", "at Hatfield, ", "Peter Monkhouse, 50, of Headingley, ": a town, a comma.
# Not an acronym ("handsets from NEC, Fujitsu and"), nor a month ("in January, NTT DoCoMo").
_TOWN_COMMA_BEFORE = re.compile(
    r"(?:\b" + alternation(TOWN_PREPOSITIONS) + r"|,\s+of)\s+([A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+)?),\s+$"
)
# ... and the name ends the phrase: "West Sussex;", "Hertfordshire.", "Leeds, who".
_PHRASE_ENDS_AFTER = re.compile(r"^(?:\s*[;,.)]|\s*$)")
# "her native Dartford", "their native Monterrey": a home town or country.
_NATIVE_BEFORE = re.compile(r"\b" + alternation(NATIVE_OWNERS) + r"\s+native\s+$")
# The town itself: "of Tuxford, Nottingham;" (a preposition before it, its county after it).
_TOWN_PREPOSITION_BEFORE = re.compile(r"(?:\b" + alternation(TOWN_PREPOSITIONS) + r"|,\s+of)\s+$")
_COUNTY_AFTER = re.compile(r"^,\s+((?:[A-Z][a-z][\w'’-]*\s+)?[A-Z][a-z][\w'’-]*)(?:\s*[;,.)]|\s*$)")


def place_name_votes(name: str) -> Counter:
    """The type votes of a name's own shape for a place (see the module's doc): a county's
    "-shire", a seat's compass word after a town's name. Weighted as the gazetteer's cue (a vote,
    not a verdict: "Yorkshire captain X" can still make a club)."""
    words = name.split()
    votes: Counter = Counter()
    if not words or any(N.is_acronym(w) for w in words) or N.has_org_word(name) or N.starts_with_given_name(name):
        return votes  # "Sarah Lancashire" is an actress
    last = N.bare(words[-1])
    if len(last) > 6 and last.endswith("shire") and words[-1][:1].isupper():
        votes["place"] += 3  # "Herefordshire", "Dumfriesshire"
    elif len(words) >= 2 and last in SEAT_COMPASS_WORDS and N.bare(words[0]) not in COMPASS_WORDS:
        if all(w[:1].isupper() for w in words):
            votes["place"] += 3  # "Leicester South", "Dundee East", "Manchester Central"
    return votes


def seat_of_government_votes(name: str) -> Counter:
    """A seat of government stands for the office in it ("Downing Street said", "the Kremlin"):
    an organisation, outvoting its head word's place ("Street": 6) and NER's label."""
    return Counter({"org": 8}) if N.plain(name) in SEATS_OF_GOVERNMENT else Counter()


def place_context_votes(m: Mention, text: str) -> Counter:
    """The type votes of the words around a mention for a place: after a town and a comma, at the
    end of the phrase ("from Pease Pottage, West Sussex;"), the town's county or region: one word,
    or a region's qualifier and a word (not "in London, David Blunkett said"); the town before
    it ("of Tuxford, Nottingham;"); a home ("her native Dartford")."""
    votes: Counter = Counter()
    words = m.surface.split()
    if len(words) > 2 or (len(words) == 2 and N.bare(words[0]) not in REGION_QUALIFIERS):
        return votes  # "West Sussex", not "scores from Pat Sanderson, Kai Horstman,"
    before = text[max(0, m.start - 60) : m.start]
    town = _TOWN_COMMA_BEFORE.search(before)
    if town and N.bare(town.group(1)) not in MONTHS_AND_DAYS and _PHRASE_ENDS_AFTER.match(text[m.end : m.end + 10]):
        votes["place"] += 2
    if _NATIVE_BEFORE.search(before):
        votes["place"] += 2  # "Set in her native Dartford" (NER: a person)
    county = _COUNTY_AFTER.match(text[m.end : m.end + 40])
    if (
        len(words) == 1
        and county
        and _TOWN_PREPOSITION_BEFORE.search(before)
        and (len(county.group(1).split()) == 1 or N.bare(county.group(1).split()[0]) in REGION_QUALIFIERS)
    ):
        votes["place"] += 2  # "of Tuxford, Nottingham;": the town
    return votes


# What joins the names of a list: "Aberdeen South, Dumfriesshire, Dundee East and West, Ochil".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def list_votes(by_article: dict[str, list[Node]], texts: dict[str, str]) -> list[Votes]:
    """A name in a list whose other names are mostly places, three at least, is a place too ("The
    marginals are Aberdeen South, Dumfriesshire, Dundee East and West, South West Edinburgh,
    Ochil": NER took Ochil for a person): a vote of 2 for each name of the list that its own votes
    do not make a place already; one of the others at least must be a place by more than NER's
    label (the gazetteer, its shape, the words around it). Not "away at West Ham, Cardiff and
    Preston North End" (two places), nor "retailers - including HMV, Monsoon, Jessops, Body Shop
    and Tesco" (NER's labels alone): clubs and firms named like places."""
    out: list[Votes] = []
    for _, run in article_lists(by_article, texts):
        placed = [n for n in run if argmax(n.votes) == "place"]
        known = [n for n in placed if beyond_label(n) >= 2]
        for n in run:
            others = len(run) - 1
            places = len(placed) - (n in placed)
            if n not in placed and places >= 3 and 2 * places > others and len(known) - (n in known) >= 1:
                out.append(Votes(n, Counter({"place": 2})))
    return out


def beyond_label(n: Node) -> int:
    """The place votes of a node beyond NER's own label: the gazetteer's, the name's shape's, the
    words around it."""
    return n.votes["place"] - (n.mention.label in PLACE_OR_FACILITY_LABELS)


def not_a_town(n: Node) -> bool:
    """What only a club, a firm or a person has ("Birmingham boss", "beat Birmingham", "X said")."""
    return n.org_cue or n.club_cue or n.personal or n.spoke or n.person_cue


def article_lists(by_article: dict[str, list[Node]], texts: dict[str, str]) -> Iterator[tuple[str, list[Node]]]:
    """Each article's lists of names (`name_lists`), with the article's text, for the passes that
    vote over lists (list_votes, org_lists, people_lists); an article without a text has none."""
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        for run in name_lists(sorted(ns, key=lambda n: n.mention.start), text):
            yield text, run


def name_lists(ns: list[Node], text: str, join: re.Pattern[str] = _LIST_JOIN) -> list[list[Node]]:
    """The runs of three or more names that only commas, "and" and "or" separate (or what `join`
    matches: a team sheet's semicolons, initialled_lists.py)."""
    runs: list[list[Node]] = []
    run: list[Node] = []
    for n in ns:
        if run and join.fullmatch(text[run[-1].mention.end : n.mention.start]):
            run.append(n)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [n]
    if len(run) >= 3:
        runs.append(run)
    return runs


def gazetteer_keys_apart(nodes: list[Node]) -> list[Node]:
    """The gazetteer's places that keep a key of their own where another spelling folds to the
    same key ("Milan" and the surname "Millan" both fold to "milan"): the key's type is voted over
    all its nodes, and eight "Millan" of one article made the city a person. The caller gives each
    the key `place_key` makes."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for n in nodes:
        spellings[n.key].add(N.plain(n.name))
    mixed = {k for k, names in spellings.items() if names & PLACE_NAMES and names - PLACE_NAMES}
    return [n for n in nodes if n.key in mixed and N.plain(n.name) in PLACE_NAMES]


def place_key(key: str) -> str:
    """The key of a gazetteer's place apart from another spelling's (gazetteer_keys_apart)."""
    return f"{key}~place"


def towns_apart(corpus: Corpus, uf: UnionFind) -> list[Move]:
    """The moves of the nodes of a town's name out of an organisation's or a person's actor, in each
    article whose words make them a place (see the module's doc). Only the keyed groups of
    grouping.py ("O:"); people's groups are people.py's; never a nationality's group."""
    moves: list[Move] = []
    groups: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes:
        if node.cluster.startswith("O:"):
            groups[uf.find(node.cluster)].append(node)
    for ns in groups.values():
        if len({n.mention.article for n in ns}) < 2 or actor_type(ns) in ("place", "group"):
            continue
        by_article: dict[str, list[Node]] = defaultdict(list)
        for n in ns:
            by_article[n.mention.article].append(n)
        for aid, here in by_article.items():
            if _a_town_here(here, corpus.by_article.get(aid, []), corpus.texts.get(aid, "")):
                moves.extend(Move(n, f"O:{n.key}@town") for n in here)
    return moves


def _a_town_here(here: list[Node], article: list[Node], text: str) -> bool:
    """The name's nodes of one article say a place: one-word names of no organisation's shape,
    no short form's, never after "the" ("in the Guardian", "in the League") or "into" ("into
    Google"),
    nothing said of them that only a club, a firm or a person has, and place votes beyond NER's
    own label that outrank every other type ("in Valencia", "The Middlesbrough athlete"), each
    node a place by NER's label or by words of its own; and the
    article does not name the club in full ("Newcastle United")."""
    if any(
        len(n.tokens) != 1
        or N.is_acronym(n.name)
        or N.has_org_word(n.name)
        or not n.name.isalpha()  # "ITV1"
        or N.abbreviation_key(n.name)  # "the Commons": the House's
        or _NOT_A_TOWN_BEFORE.search(text[max(0, n.mention.start - 6) : n.mention.start])
        or text[n.mention.end : n.mention.end + 1] == "-"  # "Indian-born", "Swiss-based"
        or N.looks_demonym(n.name)  # "British theatre": a nationality, no town
        for n in here
    ):
        return False
    if any(not_a_town(n) for n in here):
        return False
    if any(n.mention.label not in PLACE_OR_FACILITY_LABELS and beyond_label(n) < 1 for n in here):
        return False  # "to face Gloucester" (NER: a person; nothing of a place) beside "Gloucester centre"
    votes: Counter = Counter()
    for n in here:
        votes.update(n.votes)
    labelled = sum(1 for n in here if n.mention.label in PLACE_OR_FACILITY_LABELS)
    if argmax(votes) != "place" or votes["place"] <= labelled:
        return False
    word = N.fold(here[0].tokens[0])
    return not any(len(o.tokens) >= 2 and N.fold(o.tokens[0]) == word for o in article if o not in here)
