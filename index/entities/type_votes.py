"""Type votes: what type a name is, from all the evidence its nodes carry.

`vote_types` decides the type of each name key over the whole corpus (the grouping steps read
it); `actor_type` decides the type of an actor from all its nodes once they are grouped. Both
count the nodes' votes (nodes.py: NER's label, the name's words, the gazetteer, the words
around it), then let stronger evidence outrank them: an organisation's noun before a name
no title precedes, a match's words before a town's name, a nationality's word.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from . import names as N
from .fixtures import a_club_not_a_person
from .saint_names import saint_named, saint_type
from .surname_tails import particle_surname_keys
from .titled_surnames import titled_by_surname
from ..lexicon import IRREGULAR_DEMONYMS, PLACE_NAMES, PLACE_OR_FACILITY_LABELS
from ..records import LABEL_TYPES

if TYPE_CHECKING:
    from .nodes import Node

# When votes tie, the earlier type wins.
TYPE_ORDER = ["group", "place", "org", "person", "event", "other"]


def vote_types(nodes: list[Node], by_article: dict[str, list[Node]]) -> dict[str, str]:
    """The type of each name key, voted over the corpus; then the surnames of full names in the
    same article vote for a person."""
    key_votes: dict[str, Counter] = defaultdict(Counter)
    for node in nodes:
        key_votes[node.key].update(node.votes)
    key_type = {k: argmax(v) for k, v in key_votes.items()}
    for _aid, ns in by_article.items():
        surnames = {N.fold(n.tokens[-1]) for n in ns if len(n.tokens) >= 2 and key_type[n.key] == "person"}
        for n in ns:
            # A place's label yields only where the word is no place of the gazetteer: "Jill Shannon
            # ... Shannon helped", not "George Washington ... in Washington".
            placed = n.mention.label in PLACE_OR_FACILITY_LABELS and N.plain(n.name) in PLACE_NAMES
            if len(n.tokens) == 1 and n.key in surnames and not placed:
                key_votes[n.key]["person"] += 2
        for key in particle_surname_keys(ns, key_type):  # "El Guerrouj" after "Hicham El Guerrouj"
            key_votes[key]["person"] += 2
    # ... and a full name whose surname the article uses alone for a person (a titled one, a
    # speaker, a team sheet's) is a person's: "Kiki Musampa" beside "Musampa" in the team sheet;
    # not a name ever written after "the" ("the Daily Telegraph" beside a "Telegraph" NER took
    # for a person).
    with_the = {n.key for n in nodes if n.mention.surface.lower().startswith("the ")}
    for _aid, ns in by_article.items():
        alone = {
            N.fold(n.tokens[0])
            for n in ns
            if len(n.tokens) == 1
            and key_type[n.key] == "person"
            and (n.personal or n.spoke or n.person_cue or n.mention.label == "PERSON")
        }
        for n in ns:
            if (
                len(n.tokens) >= 2
                and N.fold(n.tokens[-1]) in alone
                and not N.kind_of_name(n.name)
                and not N.has_org_word(n.name)
                and not N.has_connector(n.name)
                and n.key not in with_the
            ):
                key_votes[n.key]["person"] += 2
    key_type = {k: argmax(v) for k, v in key_votes.items()}
    # What the words around a name say outranks NER's labels: a name an organisation's noun
    # introduces ("oil firm Yukos") and no title ever does is an organisation.
    cued = {n.key for n in nodes if n.org_cue}
    # ... unless a title names it, before it or before its surname ("games maker Peter Molyneux"
    # beside "Mr Molyneux": titled_surnames.py)
    titled = {n.key for n in nodes if n.personal} | titled_by_surname(by_article)
    for k in cued - titled:
        key_type[k] = "org"
    by_key: dict[str, list[Node]] = defaultdict(list)
    for n in nodes:
        by_key[n.key].append(n)
    for k, ns in by_key.items():
        if key_type[k] != "person" and a_person_by_cues(ns):
            key_type[k] = "person"
        if key_type[k] == "person" and saint_named(ns):
            key_type[k] = saint_type(key_votes[k])  # "St James' Park" (saint_names.py)
        if key_type[k] == "person" and a_club_not_a_person(ns, by_article):
            key_type[k] = "org"  # "Plymouth v Everton", "knocked out Doncaster": a club (fixtures.py)
        if key_type[k] in ("org", "place", "person") and not any(n.personal for n in ns) and read_as_group(ns):
            key_type[k] = "group"
    return key_type


def actor_type(ns: list[Node]) -> str:
    """The type of an actor that is no person's group (people.py): the votes of all its nodes,
    then what outranks them."""
    votes: Counter = Counter()
    for n in ns:
        votes.update(n.votes)
    typ = argmax(votes)
    if typ == "org" and votes["person"] == votes["org"] and any(n.personal for n in ns):
        typ = "person"  # a tie a title breaks: "England boss Sven-Goran Eriksson", NER's org elsewhere
    if typ == "person" and not any(n.personal or n.person_cue or N.diminutive_name(n.name) for n in ns) and ns:
        # Named like nobody's full name nor like a player ("Serginho"), never titled, nothing only
        # a person has ("X's murder"): keep the person label only when spaCy says so more than
        # anything else.
        labels = Counter(LABEL_TYPES.get(n.mention.label, "other") for n in ns)
        typ = argmax(labels)
    if any(n.org_cue for n in ns) and not any(n.personal for n in ns):
        typ = "org"  # as vote_types: the words around the name outrank NER's labels
    if typ != "person" and a_person_by_cues(ns):
        typ = "person"
    if typ == "person" and saint_named(ns):
        typ = saint_type(votes)  # "St James' Park", "St Fintian's" (saint_names.py)
    if typ == "place" and club_cued(ns):
        typ = "org"  # a town a side beat or drew with: its club ("beat Newcastle")
    if typ == "person" and club_cued(ns) and a_club_not_a_person(ns, {}):
        typ = "org"  # "Plymouth v Everton": a club NER took for a person (fixtures.py)
    if typ in ("org", "place", "person") and not any(n.personal for n in ns) and read_as_group(ns):
        typ = "group"
    return typ


def a_person_by_cues(ns: list[Node]) -> bool:
    """A name two of whose mentions or more have what only a person has ("Juninho's father",
    "Juninho's agent", "Juninho, who has just bought"), and none what only an organisation or a
    club has: a person's, however often NER labels it an organisation (12 of Juninho's 14)."""
    return (
        sum(1 for n in ns if n.person_cue) >= 2
        and not any(n.org_cue or n.club_cue for n in ns)
        and not read_as_group(ns)
    )


def club_cued(ns: list[Node]) -> bool:
    """A town's name that a match's words come before ("beat Newcastle", "Cardiff v Blackburn")
    at least as often as a place's words ("in Israel", "the town of X") make it a place
    elsewhere (a cued node's own gazetteer vote is not counted against it): its club. A
    country's never is (make_node)."""
    clubbed = sum(1 for n in ns if n.club_cue)
    placed = sum(1 for n in ns if n.votes.get("place", 0) >= 2 and not n.club_cue)
    return clubbed > 0 and clubbed >= placed


def read_as_group(ns: list[Node]) -> bool:
    """A nationality's word ("British", "Chinese") that NER reads as a group most of the time,
    and no party's form, is a group whatever noun follows it: "British firm", "the French
    government" are a firm and a government, not an organisation called British. (NER's group
    label alone is not enough: it gives it to Euronext and Symantec too.) The lexicon's own
    nationalities need no label ("Welsh": a person or an organisation to NER); a stray form
    ("Legendary Dutch") does not stop the rest."""
    if any(N.party_key(n.name) for n in ns):
        return False
    shaped = [n for n in ns if N.looks_demonym(n.name) or N.looks_demonym(n.name.split()[-1])]  # "South African"
    if 2 * len(shaped) <= len(ns):
        return False
    if all(n.name.lower() in IRREGULAR_DEMONYMS for n in shaped):
        return True
    return 2 * sum(n.mention.label == "NORP" for n in shaped) > len(shaped)


def argmax(votes: Counter) -> str:
    if not votes:
        return "other"
    best = max(votes.values())
    for t in TYPE_ORDER:
        if votes.get(t) == best:
            return t
    return "other"
