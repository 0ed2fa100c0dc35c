"""Actors: the people, organisations and places of the corpus, with name variants merged.

Input is every article's mentions and attributed quotes; output is a `Resolution`: the actor
table, and new records of the mentions (each with its `actor`) and of the quotes (each with its
`speaker`/`speaker_id` set to the canonical actor). The records given are not changed.

How names become actors:
0. Each mention is made to hold one name (spans.py): glued lists and words cut off, an honorific
   before it joined to it; names NER missed that an honorific, a title ("the Queen"), a list of
   people or the gazetteer of places makes certain are added; "US Congress" is US and Congress.
1. Each mention's words are normalised (`names.clean_name`): titles, honorifics, a leading
   "the" and possessives go. A personal title ("Mr", "Kremlin spokesman") is evidence of a person;
   a rank title with one name ("Prince Charles", "Lord Browne") stays: a person's name of its own.
   With the article texts (optional `texts`), the words around a mention add evidence: a title
   before it, a speech verb after it, "X administration" (an organisation, not the person X), an
   organisation's noun before it ("oil firm Yukos"), what "X's ..." has ("X's murder").
2. Each name's type is voted over the whole corpus: spaCy's labels, the evidence above, the
   name's own words (its head word: "Davis Cup" an event, "Carnegie Hall" a place, "Manchester
   United" an organisation; a party's forms), the gazetteer (lexicon.PLACE_NAMES), and a bare word
   that is the surname of a person named in full in the same article. An organisation's noun
   before a name that no title ever precedes outranks NER's person label.
3. People (people.py): full names (two words or more) are grouped when their surnames and first
   names fold to the same transliteration key or are close (rapidfuzz), so "Volodymyr Zelensky"
   and "Volodymyr Zelenskiy" meet but "Boris Johnson" and "Dustin Johnson" do not; a full name
   whose surname others share too meets itself across articles only where they share another
   name (the banker Tim Howard is not the goalkeeper). A bare surname
   joins the full name of the same article, of the sex its honorific says ("Mrs Howard" is not
   Michael Howard); failing that, the one person of the corpus with that surname whom two articles
   name in full; failing that, the other bare uses of it.
4. Everything else is grouped by a key: abbreviations and their expansions (US / U.S. / United
   States), a party's forms (Tory / Tories / Conservatives), plural group words with their singular
   (Ukrainians / Ukrainian), a company with or without "Group", names that differ only by spaces,
   an acronym with the multi-word name of the same article whose initials it is, an organisation's
   short form with its full name in the same article ("United", "Telegraph"), transliteration
   folding.
5. The canonical name is the most frequent complete form (a full name for a person, the
   expansion for an abbreviation, the singular for a group); ties go to the form that is longer
   and then to the first in alphabetical order, so it is deterministic.
6. With the texts, an actor's names are also found where NER missed them (missed.py).
7. Each quote's speaker becomes the actor it names (speakers.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from . import evidence as E
from . import names as N
from .people import group_people
from .missed import missed_mentions
from .spans import split_country_prefix, tidy_mentions
from .speakers import resolve_quotes
from ..lexicon import (
    CORPORATE_WORDS,
    DEPARTMENT_WORDS,
    EVENT_HEADS,
    ORG_WORDS,
    CLUB_HEADS,
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    PLACE_HEADS,
    PLACE_NAMES,
    RANK_TITLES,
)
from ..records import LABEL_TYPES, Actor, Mention, Quote

TYPES = LABEL_TYPES
# When votes tie, the earlier type wins.
_TYPE_ORDER = ["group", "place", "org", "person", "event", "other"]


@dataclass
class Node:
    """One mention, normalised: a working record of resolve_actors (people.py groups them too),
    whose `cluster` the grouping steps write."""

    mention: Mention
    name: str
    key: str  # fold of the name (type votes and person grouping)
    tokens: list[str]  # the name's words without suffixes (Jr, III)
    votes: Counter = field(default_factory=Counter)
    personal: bool = False  # a personal title or a speech verb seen with it
    sex: str = ""  # "m" or "f" when an honorific before the name says so ("Mr", "Mrs")
    org_cue: bool = False  # an organisation's noun before it ("oil firm Yukos", "band Keane")
    club_cue: bool = False  # a match's words before a town's name ("beat Newcastle"): its club
    spoke: bool = False  # a speech verb after it, or a quote's speaker: what a person does
    cluster: str = ""  # id of the group it ends in (internal)


class UnionFind:
    """Groups of cluster keys (the smaller key is a group's root, so the grouping is deterministic)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic: the smaller key becomes the root.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class Resolution:
    """What resolve_actors decides: the actors, and new records of every article's mentions
    (each with its actor; with the texts, the mentions NER missed are added, in offset order) and
    quotes (each with its canonical speaker and speaker_id). The records given are not changed."""

    actors: list[Actor]
    mentions: dict[str, list[Mention]]
    quotes: dict[str, list[Quote]]


def resolve_actors(
    mentions: dict[str, list[Mention]],
    quotes: dict[str, list[Quote]],
    texts: dict[str, str] | None = None,
    prior: dict[str, tuple[str, int]] | None = None,
) -> Resolution:
    """Group the mentions into actors; the quotes' speakers become the actors they name.

    `texts` (optional) maps article ids to the analysed text (junk blanked): with it, the
    words around mentions are used as evidence and missed mentions of known actors are found.
    `prior` maps folded names to a type and a number of votes from articles not given here (an
    incremental build's indexed actors).
    """
    texts = texts or {}
    mentions = split_country_prefix({aid: tidy_mentions(aid, ms, texts.get(aid)) for aid, ms in mentions.items()})
    corpus = Corpus.of(mentions, quotes, texts, prior or {})
    uf = UnionFind()
    group_people(corpus, uf)
    _group_others(corpus, uf)

    clusters: dict[str, list[Node]] = defaultdict(list)
    for node in corpus.nodes:
        clusters[uf.find(node.cluster)].append(node)
    actor_of_cluster = _make_actors(clusters)
    table = {a.id: a for a in actor_of_cluster.values()}
    resolved = {
        aid: [replace(n.mention, actor=actor_of_cluster[uf.find(n.cluster)].id) for n in corpus.by_article.get(aid, ())]
        for aid in mentions
    }

    if texts:
        added: dict[str, list[Mention]] = defaultdict(list)
        for m, alias in missed_mentions(resolved, texts, corpus.by_article, table):
            actor = table[m.actor]
            actor.mentions += 1
            if alias not in actor.aliases:
                actor.aliases.append(alias)
            added[m.article].append(m)
        for aid, ms in added.items():
            resolved[aid] = sorted(resolved[aid] + ms, key=lambda x: (x.start, x.end))

    spoken = resolve_quotes(quotes, resolved, table)
    for a in table.values():
        a.articles = sorted(set(a.articles))
    return Resolution(sorted(table.values(), key=lambda a: (-a.mentions, a.name, a.id)), resolved, spoken)


@dataclass
class Corpus:
    """The mentions normalised (`nodes`, also by article) and the type of each name key, voted
    over the whole corpus: what the grouping steps read."""

    nodes: list[Node]
    by_article: dict[str, list[Node]]
    key_type: dict[str, str]
    texts: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        mentions: dict[str, list[Mention]],
        quotes: dict[str, list[Quote]],
        texts: dict[str, str],
        prior: dict[str, tuple[str, int]],
    ) -> "Corpus":
        nodes: list[Node] = []
        by_article: dict[str, list[Node]] = defaultdict(list)
        for aid in sorted(mentions):
            for m in mentions[aid]:
                node = _make_node(m, texts.get(aid))
                if node.key in prior:
                    typ, votes = prior[node.key]
                    node.votes[typ] += votes
                nodes.append(node)
                by_article[aid].append(node)
        _speaker_votes(quotes, by_article)
        return cls(nodes, by_article, _vote_types(nodes, by_article), texts)


def _speaker_votes(quotes, by_article) -> None:
    """Speakers named by a mention are evidence of a person (weak: organisations speak too)."""
    for aid, qs in quotes.items():
        for q in qs:
            if q.speaker_start is None:
                continue
            for node in by_article.get(aid, ()):
                if node.mention.start < (q.speaker_end or 0) and q.speaker_start < node.mention.end:
                    node.votes["person"] += 1
                    node.spoke = True


def _vote_types(nodes, by_article) -> dict[str, str]:
    """The type of each name key, voted over the corpus; then the surnames of full names in the
    same article vote for a person."""
    key_votes: dict[str, Counter] = defaultdict(Counter)
    for node in nodes:
        key_votes[node.key].update(node.votes)
    key_type = {k: _argmax(v) for k, v in key_votes.items()}
    for _aid, ns in by_article.items():
        surnames = {N.fold(n.tokens[-1]) for n in ns if len(n.tokens) >= 2 and key_type[n.key] == "person"}
        for n in ns:
            # A place's label yields only where the word is no place of the gazetteer: "Jill Shannon
            # ... Shannon helped", not "George Washington ... in Washington".
            placed = n.mention.label in ("GPE", "LOC", "FAC") and N.plain(n.name) in PLACE_NAMES
            if len(n.tokens) == 1 and n.key in surnames and not placed:
                key_votes[n.key]["person"] += 2
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
            and (n.personal or n.spoke or n.mention.label == "PERSON")
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
    key_type = {k: _argmax(v) for k, v in key_votes.items()}
    # What the words around a name say outranks NER's labels: a name an organisation's noun
    # introduces ("oil firm Yukos") and no title ever does is an organisation.
    cued = {n.key for n in nodes if n.org_cue}
    titled = {n.key for n in nodes if n.personal}
    for k in cued - titled:
        key_type[k] = "org"
    by_key: dict[str, list[Node]] = defaultdict(list)
    for n in nodes:
        by_key[n.key].append(n)
    for k, ns in by_key.items():
        if key_type[k] in ("org", "place") and _read_as_group(ns):
            key_type[k] = "group"
    return key_type


# -- normalising mentions ------------------------------------------------------------------


def _make_node(m: Mention, text: str | None) -> Node:
    """One mention normalised, with its type votes: its label, its name's words and, with the
    text, the words around it. "the Trump administration" is one organisation: the node then
    holds a widened copy of the mention."""
    cn = N.clean_name(m.surface, m.label)
    name = cn.name or m.surface.strip()
    if E.named_with_the(m, text, name):
        name = "The " + name  # "in The Hague", "by The Who": "The" is part of the name
    votes: Counter = Counter()
    votes[TYPES.get(m.label, "other")] += 1
    personal = cn.personal
    if text is not None:
        widened = E.with_organisation_word(m, text, name)
        if widened is not None:
            m = widened
            name = N.clean_name(m.surface, "ORG").name or m.surface
            votes = Counter({"org": 3})
            cn = N.CleanName(name, None, False)
        else:
            titled, around = E.words_around(m, text)
            personal = personal or titled
            votes.update(around)
    if cn.personal or personal:
        votes["person"] += 2
    kind = N.kind_of_name(name)
    if N.plain(name) in PLACE_NAMES:
        votes["place"] += 3  # a gazetteer's cue: "Kyiv", "Glasgow" (NER says person)
    if N.party_key(name):
        votes["org"] += 5
    elif kind:
        votes[kind] += 6
    elif N.has_org_word(name):
        votes["org"] += 5
    elif N.regional_arm(name):
        votes["org"] += 2  # "Nintendo Europe", "Athletics Ireland" (NER: a person, a place)
    elif N.club_or_city(name):
        votes["org"] += 2  # "Exeter City": a club more often than a city in the news
    elif m.label == "PERSON" and (N.has_connector(name) or re.match(r"(?i)the\s", m.surface.strip())):
        votes["org"] += 2
    elif N.starts_with_given_name(name):
        votes["person"] += 2  # "Adrian Dunbar", "Mike Leigh's" (NER says org, place)
    if m.label == "PERSON" and N.is_acronym(name) and len(name.replace(".", "")) >= 3:
        votes["org"] += 2  # "ODPM", "BAT": people are not named by their initials in the news
    if len(name) > 1 and N.looks_plural_demonym(name) and m.label == "NORP":
        votes["group"] += 1
    # A country stays a place whatever the words around it: "England coach X" (its national
    # side is the country), "the giant US budget deficit".
    country = N.plain(name) in PLACE_NAMES or bool(N.abbreviation_key(name))
    org_cue = bool(votes.pop("org_cue", 0)) and not country
    if votes.pop("member_cue", 0) and not country and not cn.personal:
        org_cue = True  # "Charlton defender X", "Franz Ferdinand frontman X": a club, a band
    spoke = bool(votes.pop("spoke", 0))
    club_cue = bool(votes.pop("club_cue", 0)) and not country
    honorific = N.bare(cn.title.split()[-1]) if cn.title else ""
    sex = "m" if honorific in MALE_HONORIFICS else "f" if honorific in FEMALE_HONORIFICS else ""
    if honorific in RANK_TITLES and len(name.split()) == 1:
        # "Prince Charles", "Lord Browne", "Baroness Scotland": a name of its own, a person's.
        name = f"{honorific.capitalize()} {name}"
        votes["person"] += 5
    return Node(
        m,
        name,
        N.fold(name) or name.lower(),
        N.name_tokens(name),
        votes,
        personal=cn.personal or personal,
        sex=sex,
        org_cue=org_cue,
        club_cue=club_cue,
        spoke=spoke,
    )


def _read_as_group(ns: list[Node]) -> bool:
    """A nationality's word ("British", "Chinese") that NER reads as a group most of the time,
    and no party's form, is a group whatever noun follows it: "British firm", "the French
    government" are a firm and a government, not an organisation called British. (NER's group
    label alone is not enough: it gives it to Euronext and Symantec too.)"""
    if not all(N.looks_demonym(n.name) for n in ns) or any(N.party_key(n.name) for n in ns):
        return False
    return 2 * sum(n.mention.label == "NORP" for n in ns) > len(ns)


def _argmax(votes: Counter) -> str:
    if not votes:
        return "other"
    best = max(votes.values())
    for t in _TYPE_ORDER:
        if votes.get(t) == best:
            return t
    return "other"


# -- everything else ------------------------------------------------------------------------


def _other_key(name: str, singulars: set[str], written: set[str] = frozenset()) -> str:
    name = _without_department(name, written)
    ab = N.abbreviation_key(name)
    if ab:
        return ab
    party = N.party_key(name)
    if party:
        return "party:" + party
    p = N.plain(name)
    if p.startswith("the "):
        p = p[4:]
    if N.is_acronym(name) and name.capitalize() not in written:
        return "=" + p  # acronyms are spelt, not transliterated: EEF is not EFF
    p = N.plain(N.without_corporate_words(p))
    if N.kind_of_name(name) == "event":  # "Grammy Awards", "Grammys", "Grammy": one event
        p = re.sub(r"\s+awards?$", "", p) or p
    for sing in N.singulars_of(p):
        if sing in singulars or (" " not in p and sing == p[:-1] and N.looks_plural_demonym(name)):
            p = sing
            break
    # Names that differ only by their spaces are one ("TimeWarner", "Time Warner").
    return (N.fold(p) or p).replace(" ", "")


def _without_department(name: str, written: set[str]) -> str:
    """The organisation a department's name names ("BBC Sport", "BBC News Online" -> "BBC"), when
    the corpus writes the organisation alone; else the name."""
    words = name.split()
    k = len(words)
    while k > 1 and N.bare(words[k - 1]) in DEPARTMENT_WORDS:
        k -= 1
    return " ".join(words[:k]) if k < len(words) and " ".join(words[:k]) in written else name


def _group_others(corpus: Corpus, uf: UnionFind) -> None:
    """Everything else, by a key (`_other_key`); an acronym joins the multi-word name of the
    same article whose initials it is, when that is the only one of the corpus."""
    nodes, by_article = corpus.nodes, corpus.by_article
    singulars = {N.plain(n.name) for n in nodes}
    written = {n.name for n in nodes}
    for node in nodes:
        if not node.cluster:
            node.cluster = "O:" + _other_key(node.name, singulars, written)
            uf.find(node.cluster)
    # An acronym joins the multi-word name of the same article whose initials it is.
    # (Of the acronym's own type: "HP" is Hewlett Packard though the corpus names Hyde Park.)
    longs_by_initials: dict[tuple[str, str], set[str]] = defaultdict(set)
    for node in nodes:
        if node.cluster.startswith("O:") and len(node.tokens) >= 2:
            ini = N.initials(node.name)
            if ini:
                longs_by_initials[ini, corpus.key_type[node.key]].add(uf.find(node.cluster))
    for _aid, ns in sorted(by_article.items()):
        for node in ns:
            if not node.cluster.startswith("O:") or not N.is_acronym(node.name):
                continue
            acr = node.name.replace(".", "")
            here = {
                uf.find(n.cluster)
                for n in ns
                if n.cluster.startswith("O:") and len(n.tokens) >= 2 and N.initials(n.name) == acr
            }
            if len(here) == 1 and len(longs_by_initials[acr, corpus.key_type[node.key]]) == 1:
                uf.union(node.cluster, next(iter(here)))
    # "Man City" beside "Manchester City": a name whose first word is cut short, same article.
    for _aid, ns in sorted(by_article.items()):
        pairs = [n for n in ns if n.cluster.startswith("O:") and len(n.tokens) == 2]
        for short in pairs:
            for full in pairs:
                a, b = short.name.split(), full.name.split()
                if a[1] == b[1] and len(a[0]) >= 3 and len(b[0]) > len(a[0]) and b[0].startswith(a[0]):
                    uf.union(short.cluster, full.cluster)
    _join_short_forms(corpus, uf)


# Words after which a name's last word is not its short form: "England" of "Bank of England",
# "London" of "Transport for London", "Arsenal" of a list "Everton and Arsenal".
_NOT_SHORT_AFTER = frozenset({"of", "for", "and", "&", "de", "in", "at", "on"})


def _join_short_forms(corpus: Corpus, uf: UnionFind) -> None:
    """An organisation's short form alone is the organisation the article names in full: its last
    word ("United", "Telegraph" of "Daily Telegraph"), unless that is a generic word ("Bank"), a
    place ("Ireland" of "Athletics Ireland", "China" of "Air China") or the object of a
    preposition ("England" of "Bank of England"); or a club's first word ("Exeter" of "Exeter
    City"). A short form that stands for one organisation in every article that names one in full
    is that organisation everywhere; one that stands for several ("United" for Manchester United
    here, Dundee United there) joins each article's own, and its bare uses elsewhere stay apart,
    so that it never merges two organisations."""
    decided: list[tuple[Node, str, str]] = []  # (short form, article, the full name's cluster)
    for aid, ns in sorted(corpus.by_article.items()):
        by_last: dict[str, set[str]] = defaultdict(set)
        by_first: dict[str, set[str]] = defaultdict(set)  # of clubs only
        for n in ns:
            words = n.name.split()
            if n.cluster.startswith("O:") and len(words) >= 2 and corpus.key_type[n.key] == "org":
                if words[-2].lower() not in _NOT_SHORT_AFTER:
                    by_last[words[-1]].add(uf.find(n.cluster))
                if N.bare(words[-1]) in CLUB_HEADS:
                    by_first[words[0]].add(uf.find(n.cluster))
        if not by_last and not by_first:
            continue
        for node in ns:
            if not node.cluster.startswith(("O:", "S:")) or len(node.tokens) != 1 or node.personal:
                continue
            if N.party_key(node.name):  # "Democrat" is not short for "Liberal Democrat"
                continue
            word = N.bare(node.name)
            if N.plain(node.name) in PLACE_NAMES:  # "Ireland" is not short for "Athletics Ireland"
                continue
            generic = word in ORG_WORDS or word in CORPORATE_WORDS or word in PLACE_HEADS or word in EVENT_HEADS
            here = set(by_first.get(node.name, ()))
            # A place is not short for the organisation named after it ("China" of "Air China");
            # a club's head word is, whatever the corpus's other Cities ("City" of "Manchester City").
            place = corpus.key_type[node.key] == "place" and word not in CLUB_HEADS
            if (not generic or word in CLUB_HEADS) and not place:
                here |= by_last.get(node.name, set())
            if len(here) == 1:
                decided.append((node, aid, next(iter(here))))
    targets: dict[str, set[str]] = defaultdict(set)
    for node, _aid, full in decided:
        targets[node.cluster].add(uf.find(full))
    for node, aid, full in decided:
        if len(targets[node.cluster]) > 1:
            node.cluster = f"{node.cluster}@{aid}"
            uf.find(node.cluster)
        uf.union(node.cluster, full)


# -- actors ---------------------------------------------------------------------------------


def _canonical(ns: list[Node], typ: str) -> str:
    forms = Counter(n.name for n in ns)
    cands = list(forms)
    if typ == "person":
        multi = [f for f in cands if len(N.name_tokens(f)) >= 2]
        if multi:
            cands = multi
    else:
        plain_forms = {N.plain(f) for f in cands}
        expansions = [f for f in cands if N.plain(f) == N.abbreviation_key(f)]
        if expansions:
            cands = expansions
        # "BBC" of "BBC Sport" and "BBC News": the organisation, not one of its departments.
        bases = [f for f in cands if any(g != f and _without_department(g, {f}) == f for g in cands)]
        if bases:
            cands = bases
        good = [
            f
            for f in cands
            if not N.is_acronym(f)
            and not (f.isupper() and len(f) > 6)
            and not (f.endswith("s") and N.plain(f)[:-1] in plain_forms)
        ]
        if good:
            cands = good
        # "United" of "Manchester United": the short form is not the name.
        longer = [f for f in cands if N.bare(f) not in CLUB_HEADS or not any(g.endswith(" " + f) for g in cands)]
        cands = longer or cands
    # Surname spelling most used in the group (full and bare), for ties between spellings.
    last_counts = Counter(n.tokens[-1] for n in ns if n.tokens)

    def score(f: str):
        toks = N.name_tokens(f)
        return (-forms[f], -(last_counts[toks[-1]] if toks else 0), -len(f), f)

    return min(cands, key=score)


def _club_cued(ns: list[Node]) -> bool:
    """A town's name that a match's words come before ("beat Newcastle") at least as often as a
    place's words ("in Israel", "the town of X") do: its club. A country's never is (_make_node)."""
    clubbed = sum(1 for n in ns if n.club_cue)
    placed = sum(1 for n in ns if n.votes.get("place", 0) >= 2)
    return clubbed > 0 and clubbed >= placed


def _make_actors(clusters: dict[str, list[Node]]) -> dict[str, Actor]:
    made: list[tuple[str, Actor]] = []
    for cid, ns in clusters.items():
        if cid.startswith(("P:", "S:")):
            typ = "person"
        else:
            votes: Counter = Counter()
            for n in ns:
                votes.update(n.votes)
            typ = _argmax(votes)
            if typ == "person" and not any(n.personal for n in ns) and len(ns) > 0:
                # Named like nobody's full name and never titled: keep the person label only
                # when spaCy says so more than anything else.
                labels = Counter(TYPES.get(n.mention.label, "other") for n in ns)
                typ = _argmax(labels)
            if any(n.org_cue for n in ns) and not any(n.personal for n in ns):
                typ = "org"  # as _vote_types: the words around the name outrank NER's labels
            if typ == "place" and _club_cued(ns):
                typ = "org"  # a town a side beat or drew with: its club ("beat Newcastle")
            if typ in ("org", "place") and _read_as_group(ns):
                typ = "group"
        name = _canonical(ns, typ)
        aliases = Counter()
        for n in ns:
            aliases[n.name] += 1
            aliases[n.mention.surface.strip()] += 1
        actor = Actor(
            id="",
            name=name,
            type=typ,
            aliases=[a for a, _ in sorted(aliases.items(), key=lambda kv: (-kv[1], kv[0]))],
            mentions=len(ns),
            articles=sorted({n.mention.article for n in ns}),
        )
        made.append((cid, actor))
    made.sort(key=lambda ca: (-ca[1].mentions, ca[1].name, ca[0]))
    used: set[str] = set()
    out: dict[str, Actor] = {}
    for cid, actor in made:
        base = f"{actor.type}:{N.slug(actor.name)}"
        aid, k = base, 2
        while aid in used:
            aid, k = f"{base}-{k}", k + 1
        used.add(aid)
        actor.id = aid
        out[cid] = actor
    return out
