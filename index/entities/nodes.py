"""Nodes: each mention normalised into one name, with the evidence of its type.

A `Node` is the working record of the actor resolution (actors.py): its name's words
(`names.clean_name`), the key its name folds to, and the type votes of its NER label, of its
name's own words, of the gazetteer and of the words around it in the text (evidence.py), and
around the name's occurrences NER did not label (echoes.py). The `Corpus` holds every node, by
article, and the type of each key voted over the corpus (type_votes.py). `UnionFind` is the grouping the steps of people.py and grouping.py write.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from . import evidence as E
from . import names as N
from .decisions import KNOWN_PLACE_VOTE, Votes, add_votes
from .document_makers import document_maker
from .echoes import echo_votes
from .leagues import numbered_division
from .org_lists import org_list_votes
from .people_lists import people_list_votes
from .initialled_lists import initialled_list_votes
from .subject_pronouns import subject_pronoun_votes
from .products import without_products
from .place_cues import gazetteer_keys_apart, list_votes, place_key, place_name_votes, seat_of_government_votes
from .type_votes import vote_types
from .works import without_titles_of_works, written_titles
from ..lexicon import (
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    PLACE_LABELS,
    PLACE_NAMES,
    PLACE_OR_FACILITY_LABELS,
    RANK_TITLES,
    WEAK_PLACE_HEADS,
)
from ..records import LABEL_TYPES, Mention, Quote

TYPES = LABEL_TYPES


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
    person_cue: bool = False  # what only a person has or does ("Fortuyn's murder", "X, who has")
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
class Corpus:
    """The mentions normalised (`nodes`, also by article) and the type of each name key, voted
    over the whole corpus: what the grouping steps read."""

    nodes: list[Node]
    by_article: dict[str, list[Node]]
    key_type: dict[str, str]
    texts: dict[str, str] = field(default_factory=dict)
    # The mentions of works and products each article writes (no actors, dropped from `nodes`):
    # still the company a person's name keeps ("Spike Lee" in two articles that name "Jungle
    # Fever" is one director; people._names_of), and no place for a name NER missed ("Baghdad" of
    # "The Liberace of Baghdad"; missed.missed_mentions).
    things: dict[str, list[Node]] = field(default_factory=dict)

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
                node = make_node(m, texts.get(aid))
                if node.key in prior:
                    typ, votes = prior[node.key]
                    node.votes[typ] += votes
                nodes.append(node)
        kept = without_products(without_titles_of_works(nodes, texts), texts)
        things: dict[str, list[Node]] = defaultdict(list)
        if len(kept) < len(nodes):
            ids = {id(n) for n in kept}
            for n in nodes:
                if id(n) not in ids:
                    things[n.mention.article].append(n)
            kept = [n for n in kept if not _inside_titles(n, things, texts)]
        nodes = kept
        for n in gazetteer_keys_apart(nodes):  # "Milan" is not voted with the surname "Millan"
            n.key = place_key(n.key)
        for n in nodes:
            by_article[n.mention.article].append(n)
        add_votes(echo_votes(by_article, texts))
        add_votes(list_votes(by_article, texts))  # "Aberdeen South, Dumfriesshire, Dundee East and West, Ochil"
        # "West Ham, Cardiff and Preston North End", "TW Garments, Lesotho Hats and Vogue Landmark"
        add_votes(org_list_votes(by_article, texts))
        add_votes(people_list_votes(by_article, texts))  # "JK Rowling, Jacqueline Wilson and Dick King-Smith"
        add_votes(initialled_list_votes(by_article, texts))  # "Mirco Bergamasco, C Stoica, A Masi, L Nitoglia"
        add_votes(subject_pronoun_votes(by_article, texts))  # "Dibaba of Ethiopia will defend the title she won"
        spoken = speaker_votes(quotes, by_article)
        add_votes(spoken)
        for d in spoken:
            if d.spoke:
                d.node.spoke = True
        return cls(nodes, by_article, vote_types(nodes, by_article), texts, dict(things))


def _inside_titles(n: Node, things: dict[str, list[Node]], texts: dict[str, str]) -> bool:
    """A name inside a title the article writes again where NER saw only the name ("Baghdad" of
    "... and The Liberace of Baghdad were made for the BBC"): part of the title, no mention."""
    here = things.get(n.mention.article)
    if not here:
        return False
    spans = written_titles(texts.get(n.mention.article, ""), here)
    s, e = n.mention.start, n.mention.end
    return any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)


@dataclass(frozen=True)
class SpeakerVotes(Votes):
    """A quote's speaker's vote; `spoke`: the node is a speaker named as a person (Node.spoke)."""

    spoke: bool = False


def speaker_votes(quotes: dict[str, list[Quote]], by_article: dict[str, list[Node]]) -> list[SpeakerVotes]:
    """Speakers named by a mention are evidence of a person (weak: organisations speak too); a
    speaker the cue gives only as "it" or a firm's description ("the company said", "it added"),
    the mention being the firm attribution found for it, is evidence of an organisation. The
    votes, in the order decided, for the caller to apply (Corpus.of)."""
    from ..lexicon import FIRM_CUE_SPEECH_VERBS, FIRM_NOUNS, alternation

    firm_cue = re.compile(
        r"(?:^|\b"
        + alternation(FIRM_CUE_SPEECH_VERBS)
        + r"\s+)(?:it|the\s+(?:[\w'’-]+\s+){0,2}"
        + alternation(FIRM_NOUNS)
        + r")\b(?![\w'’-])",
        re.IGNORECASE,
    )
    decided: list[SpeakerVotes] = []
    for aid, qs in quotes.items():
        for q in qs:
            if q.speaker_start is None:
                continue
            for node in by_article.get(aid, ()):
                if node.mention.start < (q.speaker_end or 0) and q.speaker_start < node.mention.end:
                    cue = q.cue or ""
                    if firm_cue.search(cue) and node.mention.surface not in cue:
                        # "EMI said ... . “...,” the company added": EMI is a firm
                        decided.append(SpeakerVotes(node, Counter({"org": 1})))
                        continue
                    if document_maker(cue, node.mention.surface):
                        # "a survey published by PricewaterhouseCoopers said" (document_makers)
                        decided.append(SpeakerVotes(node, Counter({"org": 1})))
                        continue
                    decided.append(SpeakerVotes(node, Counter({"person": 1}), spoke=True))
    return decided


def _camel_case(name: str) -> bool:
    """A capital after a small letter inside a word, not a surname's prefix ("McDonald", "DiCaprio")."""
    return any(re.search(r"[a-z][A-Z]", w) and not _NAME_PREFIX.match(w) for w in name.split())


_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z]")


def _group_word(name: str) -> bool:
    """A word a group of people is named by: a nationality's, a religion's, a party's; or a name
    that ends in one ("South African", "Sri Lankan")."""
    last = name.split()[-1] if name.split() else name
    return any(N.looks_demonym(w) or N.looks_plural_demonym(w) for w in {name, last}) or bool(N.party_key(name))


def is_country(name: str) -> bool:
    """A gazetteer's place or a country's abbreviation ("US", "UAE"): a place whatever the words
    around it say."""
    return N.plain(name) in PLACE_NAMES or bool(N.abbreviation_key(name))


def make_node(m: Mention, text: str | None) -> Node:
    """One mention normalised, with its type votes: its label, its name's words and, with the
    text, the words around it. "the Trump administration" is one organisation: the node then
    holds a widened copy of the mention. The steps: read the mention and the words around it, the
    votes of the name's own words, the cues the words around it leave, a rank's title."""
    m, cn, name, votes, personal = _read_mention(m, text)
    if cn.personal or personal:
        votes["person"] += 2
    votes.update(_name_votes(m, name))
    votes, cues = _cues(votes, name, cn)
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
        org_cue=cues.org_cue,
        club_cue=cues.club_cue,
        spoke=cues.spoke,
        person_cue=cues.person_cue,
    )


def _read_mention(m: Mention, text: str | None) -> tuple[Mention, N.CleanName, str, Counter, bool]:
    """The mention (widened to an organisation's word after it: "the Trump administration"), its
    clean name, the votes of its label and of the words around it, and whether a title there
    says a person."""
    cn = N.clean_name(m.surface, m.label)
    name = cn.name or m.surface.strip()
    if E.named_with_the(m, text, name):
        name = "The " + name  # "in The Hague", "by The Who": "The" is part of the name
    votes: Counter = Counter()
    if m.label == "NORP" and not _group_word(name):
        # NER's group label on no people's word: "Symantec", "Yamaha"; "Adrian, 13," a person
        votes["person" if N.bare(name) in N.GIVEN_NAMES else "org"] += 1
    else:
        votes[TYPES.get(m.label, "other")] += 1
    personal = cn.personal
    if text is not None:
        widened = E.with_organisation_word(m, text, name)
        if widened is not None:
            name = N.clean_name(widened.surface, "ORG").name or widened.surface
            return widened, N.CleanName(name, None, False), name, Counter({"org": 3}), personal
        titled, around = E.words_around(m, text)
        personal = personal or titled
        votes.update(around)
    return m, cn, name, votes, personal


def _name_votes(m: Mention, name: str) -> Counter:
    """The votes of the name's own words: the gazetteer, its shape, a party's, a kind's or an
    organisation's word, and the shapes NER mislabels (initials, capitals inside a word)."""
    votes: Counter = Counter()
    kind = N.kind_of_name(name)
    if N.plain(name) in PLACE_NAMES:
        votes["place"] += KNOWN_PLACE_VOTE  # a gazetteer's cue: "Kyiv", "Glasgow" (NER says person)
    votes.update(place_name_votes(name))  # "Herefordshire", "Leicester South" (NER: a person)
    votes.update(seat_of_government_votes(name))  # "Downing Street said": the office
    if N.party_key(name):
        votes["org"] += 5
    elif kind:
        weak = kind == "place" and N.bare(name.split()[-1]) in WEAK_PLACE_HEADS
        votes[kind] += 3 if weak else 6  # "European Policy Centre, a think-tank": words around count
    elif numbered_division(name):
        votes["event"] += 6  # "League One leaders Luton": a competition (leagues.py)
    elif N.has_org_word(name) and N.plain(name) not in PLACE_NAMES:
        votes["org"] += 5  # not the gazetteer's "West Bank", "Soviet Union"
    elif N.regional_arm(name):
        votes["org"] += 2  # "Nintendo Europe", "Athletics Ireland" (NER: a person, a place)
    elif N.club_or_city(name):
        votes["org"] += 2  # "Exeter City": a club more often than a city in the news
    elif m.label == "PERSON" and (N.has_connector(name) or re.match(r"(?i)the\s", m.surface.strip())):
        votes["org"] += 2
    elif N.starts_with_given_name(name):
        votes["person"] += 2  # "Adrian Dunbar", "Mike Leigh's" (NER says org, place)
    elif N.diminutive_name(name):
        votes["person"] += 2  # "Serginho", "Juninho" (NER says org)
    if m.label == "PERSON" and N.is_acronym(name) and len(name.replace(".", "")) >= 3:
        votes["org"] += 2  # "ODPM", "BAT": people are not named by their initials in the news
    if m.label in PLACE_LABELS and N.is_acronym(name) and not is_country(name):
        votes["org"] += 2  # "BT", "CNPC": initials name a place only as the gazetteer's countries do
    if m.label in PLACE_OR_FACILITY_LABELS and _camel_case(name):
        votes["org"] += 2  # "OptInRealBig": capitals inside a word name firms and products, no place
    if len(name) > 1 and N.looks_plural_demonym(name) and m.label == "NORP":
        votes["group"] += 1
    return votes


@dataclass(frozen=True)
class _Cues:
    """What the words around a mention say beyond votes (see Node's fields)."""

    org_cue: bool
    club_cue: bool
    spoke: bool
    person_cue: bool


_CUE_KEYS = ("org_cue", "member_cue", "spoke", "person_cue", "club_side", "club_cue")


def _cues(votes: Counter, name: str, cn: N.CleanName) -> tuple[Counter, _Cues]:
    """The votes without the cues evidence.words_around left among them, and the cues. A country
    stays a place whatever the words around it: "England coach X" (its national side is the
    country), "the giant US budget deficit"."""
    country = is_country(name)
    org_cue = bool(votes.get("org_cue", 0)) and not country
    if votes.get("member_cue", 0) and not country and not cn.personal and not _group_word(name):
        org_cue = True  # "Charlton defender X", "Franz Ferdinand frontman X": a club, a band
    club_side = bool(votes.get("club_side", 0))  # "Cardiff v Blackburn": a gazetteer's city too
    club_cue = (bool(votes.get("club_cue", 0)) and not country) or club_side
    cues = _Cues(org_cue, club_cue, bool(votes.get("spoke", 0)), bool(votes.get("person_cue", 0)))
    return Counter({k: v for k, v in votes.items() if k not in _CUE_KEYS}), cues
