"""Grouping of everything that is no person's name: organisations, places, events, groups.

Each name gets a key (`other_key`): abbreviations and their expansions (US / U.S. / United
States), a party's forms (Tory / Tories / Conservatives), plural group words with their singular
(Ukrainians / Ukrainian), a company with or without "Group", a department or a unit with or
without its owner's name (BBC Sport / BBC, BBC World Service / World Service), names that differ
only by spaces or an "and", a preposition or a spelling the news varies ("Office for / of
National Statistics", "Centre" / "Center": name_variants.py), transliteration folding. Then, within an article, an acronym (or
initials written as a word: "Bat", "MoD") joins the multi-word name whose initials it is, as a
short form in brackets joins the name before it ("Clearing Services (Apacs)"), and an acronym
no article expands the one name of the corpus it spells; "Man City" joins "Manchester City", an
organisation's short form joins its full name (`join_short_forms`: its last word, a club's or a
company's first word), and a name its head word after it
("Motorsport Endeavour" of the Motorsport Endeavour Club).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import names as N
from .club_towns import club_of_town
from .event_names import aliased, event_stem
from .decisions import add_votes, join_nodes
from .firm_first_words import first_word_joins
from .fixtures import a_contraction
from .name_variants import variant_key
from .national_sides import national_side
from .truncated_names import truncations
from ..lexicon import (
    DROPPED_EVENT_HEADS,
    CLUB_HEADS,
    CORPORATE_WORDS,
    DEPARTMENT_WORDS,
    EVENT_HEADS,
    GENERIC_FIRST_WORDS,
    ORG_WORDS,
    PLACE_HEADS,
    PLACE_NAMES,
    TRADE_WORDS,
)

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind


def other_key(name: str, singulars: set[str], written: set[str] = frozenset()) -> str:
    name = national_side(name)  # "the All Blacks": New Zealand (national_sides.py)
    name = aliased(with_compass_word(without_owner(without_department(name, written), written), written))
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
        p = event_stem(p)
    for sing in N.singulars_of(p):
        if sing in singulars or (" " not in p and sing == p[:-1] and N.looks_plural_demonym(name)):
            p = sing
            break
    # Names that differ only by their spaces are one ("TimeWarner", "Time Warner"), or by an "and"
    # or "&" between two words ("Securities and Exchange Commission", "Securities Exchange
    # Commission"; "Standard & Poor's").
    p = _AND_BETWEEN.sub(" ", p)
    p = variant_key(p)  # "Office for/of National Statistics", "Staples Centre/Center" (name_variants.py)
    return (N.fold(p) or p).replace(" ", "")


_AND_BETWEEN = re.compile(r"(?<=\w) and (?=\w)")
_COMPASS_WORDS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def with_compass_word(name: str, written: set[str]) -> str:
    """ "W Yorkshire" as "West Yorkshire", "S Korea" as "South Korea": a compass point's initial
    before a name, written in full where the corpus writes the full name too (a match report's
    "M Riley (W Yorkshire)"); else the name as it is ("S Club")."""
    first, _, rest = name.partition(" ")
    full = f"{_COMPASS_WORDS[first]} {rest}" if first in _COMPASS_WORDS and rest else ""
    return full if full in written else name


def without_owner(name: str, written: set[str]) -> str:
    """The name without the acronym of the organisation that owns it, when the corpus also writes
    it without ("BBC World Service" / "World Service", "BBC Radio 4" / "Radio 4", "UN Security
    Council" / "Security Council"; "RBS Six Nations Championship" / "Six Nations", a sponsor's); not
    when one word is left ("BBC Two", "BT Retail", "AOL Europe": the unit needs its owner's name)
    or a place ("BBC Northern Ireland")."""
    words = name.split()
    if len(words) < 3 or not N.is_acronym(words[0]):
        return name
    for rest in (words[1:], words[1:-1] if N.bare(words[-1]) in EVENT_HEADS else []):
        # "RBS Six Nations Championship": a sponsor's acronym before an event, and its head word.
        short = " ".join(rest)
        if len(rest) >= 2 and short in written and N.plain(short) not in PLACE_NAMES:
            return short
    return name


def without_department(name: str, written: set[str]) -> str:
    """The organisation a department's name names ("BBC Sport", "BBC News Online", "BBC Research
    and Development" -> "BBC"), when the corpus writes the organisation alone; else the name."""
    words = name.split()
    k = len(words)
    while k > 1 and (
        N.bare(words[k - 1]) in DEPARTMENT_WORDS
        or words[k - 1] == "and"
        and k < len(words)
        and k > 2
        and N.bare(words[k - 2]) in DEPARTMENT_WORDS
    ):
        k -= 1
    return " ".join(words[:k]) if k < len(words) and " ".join(words[:k]) in written else name


def group_others(corpus: Corpus, uf: UnionFind) -> None:
    """Everything else, by a key (`other_key`); then the joins within an article: an acronym and
    its expansion (`join_acronyms`), "Man City" and "Manchester City", a short form and its full
    name (`join_short_forms`). A club's nickname joins the club later (club_nicknames.py, in
    actors.py: once towns and clubs are apart)."""
    nodes, by_article = corpus.nodes, corpus.by_article
    singulars = {N.plain(n.name) for n in nodes}
    written = {n.name for n in nodes}
    for node in nodes:
        if not node.cluster:
            node.cluster = "O:" + other_key(node.name, singulars, written)
            uf.find(node.cluster)
    join_acronyms(corpus, uf)
    # "Man City" beside "Manchester City", "Man Utd" beside "Manchester United": a name whose
    # words are cut short (fixtures.a_contraction), same article.
    for _aid, ns in sorted(by_article.items()):
        pairs = [n for n in ns if n.cluster.startswith("O:") and len(n.tokens) == 2]
        for short in pairs:
            for full in pairs:
                if a_contraction(short.name, full.name):
                    uf.union(short.cluster, full.cluster)
    join_short_forms(corpus, uf)
    for short, full in truncations(corpus):  # "Yugansk" of "Yuganskneftegas" (truncated_names.py)
        uf.union(short, full)
    joins, votes = first_word_joins(corpus, uf)  # "Baikal" of "Baikal Finance Group" (firm_first_words.py)
    add_votes(votes)
    join_nodes(joins, uf)
    join_without_head(corpus, uf)


# Words after which a name's last word is not its short form: "England" of "Bank of England",
# "London" of "Transport for London", "Arsenal" of a list "Everton and Arsenal".
_NOT_SHORT_AFTER = frozenset({"of", "for", "and", "&", "de", "in", "at", "on"})


def join_short_forms(corpus: Corpus, uf: UnionFind) -> None:
    """An organisation's short form alone is the organisation the article names in full: its last
    word ("United", "Telegraph" of "Daily Telegraph"), unless that is a generic word ("Bank") not
    written after "the" ("the Commission" is the European Commission the article names), a
    place ("Ireland" of "Athletics Ireland", "China" of "Air China") or the object of a
    preposition ("England" of "Bank of England"); or a club's first word ("Exeter" of "Exeter
    City"). A short form that stands for one organisation in every article that names one in full
    is that organisation everywhere; one that stands for several ("United" for Manchester United
    here, Dundee United there) joins each article's own, and its bare uses elsewhere stay apart,
    so that it never merges two organisations."""
    decided: list[tuple[Node, str, str]] = []  # (short form, article, the full name's cluster)
    brands: list[tuple[Node, str, str]] = []  # a company's first word NER took for a surname
    for aid, ns in sorted(corpus.by_article.items()):
        forms = _full_forms(corpus, uf, ns)
        if not forms.by_last and not forms.by_first and not forms.by_brand:
            continue
        for node in ns:
            short = _short_form_of(corpus, aid, node, forms)
            if short is not None:
                full, brand = short
                (brands if brand else decided).append((node, aid, full))
    _join_decided(decided, uf)
    for node, aid, full in brands:
        node.cluster = f"{node.cluster}@{aid}"
        uf.union(node.cluster, full)


@dataclass
class _FullForms:
    """The clusters of an article's organisations named in full, by the word that may stand for
    one alone."""

    by_last: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_first: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # of clubs only
    by_head: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # "House" of "House of Commons"
    by_brand: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # "Riggs" of "Riggs Bank"


def _full_forms(corpus: Corpus, uf: UnionFind, ns: list[Node]) -> _FullForms:
    """The organisations of one article's names of two words or more, by their short forms."""
    forms = _FullForms()
    for n in ns:
        words = n.name.split()
        if n.cluster.startswith("O:") and len(words) >= 2 and corpus.key_type[n.key] == "org":
            if words[-2].lower() not in _NOT_SHORT_AFTER:
                forms.by_last[words[-1]].add(uf.find(n.cluster))
            if len(words) >= 3 and words[1] == "of":
                forms.by_head[words[0]].add(uf.find(n.cluster))
            if N.bare(words[-1]) in CLUB_HEADS:
                forms.by_first[words[0]].add(uf.find(n.cluster))
            elif _brand_word(words):
                forms.by_brand[words[0]].add(uf.find(n.cluster))
    return forms


def _short_form_of(corpus: Corpus, aid: str, node: Node, forms: _FullForms) -> tuple[str, bool] | None:
    """(the cluster of the one organisation of the article that node, a one-word name, is short
    for; whether it is joined in this article only: a company's first word taken for a surname
    or a place, a town for its club), or None when it is short for none or for several."""
    if not node.cluster.startswith(("O:", "S:")) or len(node.tokens) != 1 or node.personal:
        return None
    if N.party_key(node.name):  # "Democrat" is not short for "Liberal Democrat"
        return None
    word = N.bare(node.name)
    if N.plain(node.name) in PLACE_NAMES:  # "Ireland" is not short for "Athletics Ireland"
        # ... but "Milan" is for "AC Milan" where the article makes the town that club
        # (club_towns.py): in this article only, the city's elsewhere
        clubs = forms.by_last.get(node.name, set()) if club_of_town(node.mention, corpus.texts.get(aid, "")) else ()
        return (next(iter(clubs)), True) if len(clubs) == 1 else None
    generic = word in ORG_WORDS or word in CORPORATE_WORDS or word in PLACE_HEADS or word in EVENT_HEADS
    here = set(forms.by_first.get(node.name, ()))
    # A place is not short for the organisation named after it ("China" of "Air China");
    # a club's head word is, whatever the corpus's other Cities ("City" of "Manchester City").
    place = corpus.key_type[node.key] == "place" and word not in CLUB_HEADS
    if (not generic or word in CLUB_HEADS) and not place:
        here |= forms.by_last.get(node.name, set())
    elif word in ORG_WORDS and _after_the(node, corpus.texts.get(aid)):
        # "the Commission" of "the European Commission", "the House" of "the House of
        # Commons": a generic head capitalised after "the" refers back to the one
        # organisation of the article it heads.
        here |= forms.by_last.get(node.name, set()) | forms.by_head.get(node.name, set())
    if len(here) == 1:
        return next(iter(here)), False
    if not here and not generic and len(forms.by_brand.get(node.name, ())) == 1:
        # "Riggs" of "Riggs Bank", "Delta" of "Delta Airlines": a company's first word;
        # taken for a surname or a place, in this article only (someone's, somewhere
        # elsewhere).
        return next(iter(forms.by_brand[node.name])), node.cluster.startswith("S:") or place
    return None


def _brand_word(words: list[str]) -> bool:
    """The first word of a company's name, before the word of its trade (lexicon.TRADE_WORDS), is
    what the company may be called alone ("Riggs Bank", "Continental Airlines"); not after any
    other word, where it is an owner's name before a product's or a unit's ("Microsoft Xbox", "Sky
    Plus", "Sony Pictures Entertainment", "Nintendo Europe", "BBC World Service"). Nor when it is
    an acronym (its unit: "BT Retail"), a generic word ("National Grid", "Royal Mail"), a place
    ("Texas Instruments" is not Texas) or a nationality ("British Airways")."""
    first = words[0]
    return (
        len(words) == 2
        and N.bare(words[1]) in TRADE_WORDS | CORPORATE_WORDS  # "Altria Group" too
        and len(first) >= 3
        and first[:1].isupper()
        and not N.is_acronym(first)
        and N.bare(first)
        not in ORG_WORDS | CORPORATE_WORDS | PLACE_HEADS | EVENT_HEADS | CLUB_HEADS | GENERIC_FIRST_WORDS
        and N.plain(first) not in PLACE_NAMES
        and not N.looks_demonym(first)
    )


def _after_the(node: Node, text: str | None) -> bool:
    """The mention is written after "the" ("the Commission", "The Commission's")."""
    m = node.mention
    if m.surface.lower().startswith("the "):
        return True
    return bool(text) and text[max(0, m.start - 4) : m.start].lower() == "the "


def join_acronyms(corpus: Corpus, uf: UnionFind) -> None:
    """An acronym joins the multi-word name of the same article whose initials it is ("General
    Motors (GM)", "the European Commission ... the EC"), never a name that holds an acronym ("BT
    Together"). An acronym that stands for one name in every article that expands it is that name
    everywhere; one that stands for several ("EC" for the European Commission here, the Electoral
    Commission there) joins each article's own, and its bare uses elsewhere stay apart, as
    `join_short_forms` does for short forms."""
    decided: list[tuple[Node, str, str]] = []
    for aid, ns in sorted(corpus.by_article.items()):
        text = corpus.texts.get(aid) or ""
        for node in ns:
            bracketed = _bracketed_after(node, ns, text, corpus.key_type)
            if bracketed is not None:
                if node.cluster.startswith("S:"):  # a word taken for a surname: here only
                    node.cluster = f"{node.cluster}@{aid}"
                decided.append((node, aid, uf.find(bracketed.cluster)))
                continue
            acr = _spelt_as_initials(node.name)
            if not node.cluster.startswith("O:") or not acr:
                continue
            here = {
                uf.find(n.cluster)
                for n in ns
                if n.cluster.startswith("O:")
                and len(n.tokens) >= 2
                and (N.initials(n.name) == acr or acr != node.name and _every_initial(n.name) == acr)
                and not any(N.is_acronym(w) for w in n.tokens)
            }
            if len(here) == 1:
                decided.append((node, aid, here.pop()))
    decided += _expanded_elsewhere(corpus, uf, {node.cluster for node, _aid, _full in decided})
    _join_decided(decided, uf)


def _join_decided(decided: list[tuple[Node, str, str]], uf: UnionFind) -> None:
    """Join each (short form, article, full name's cluster): a short form that stands for one
    full name wherever it was decided joins it everywhere; one that stands for several joins each
    article's own, and its uses elsewhere stay apart."""
    targets: dict[str, set[str]] = defaultdict(set)
    for node, _aid, full in decided:
        targets[node.cluster].add(uf.find(full))
    for node, aid, full in decided:
        if len(targets[node.cluster]) > 1:
            node.cluster = f"{node.cluster}@{aid}"
            uf.find(node.cluster)
        uf.union(node.cluster, full)


# An acronym this long is seldom the initials of two names of one corpus: "IAAF", not "EC".
MIN_CORPUS_ACRONYM = 4


def _expanded_elsewhere(corpus: Corpus, uf: UnionFind, decided: set[str]) -> list[tuple[Node, str, str]]:
    """An acronym of four letters or more that no article expands, and whose initials only one
    organisation's name of the corpus has: that organisation ("IAAF" here, "the International
    Association of Athletics Federations" in another article)."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for n in corpus.nodes:
        if n.cluster.startswith("O:") and len(n.tokens) >= 2 and corpus.key_type[n.key] == "org":
            if not any(N.is_acronym(w) for w in n.tokens):
                by_initials[N.initials(n.name)].add(uf.find(n.cluster))
    out = []
    for n in corpus.nodes:
        if (
            n.cluster.startswith("O:")
            and n.cluster not in decided
            and N.is_acronym(n.name)
            and len(n.name) >= MIN_CORPUS_ACRONYM
            and len(by_initials.get(n.name, ())) == 1
        ):
            out.append((n, n.mention.article, next(iter(by_initials[n.name]))))
    return out


# A capitalised word right before a name (but a sentence's article): NER cut the name ("the United
# States Anti-Doping Agency (USADA)" read as "Doping Agency", which the World Anti-Doping Agency's
# cut name also is).
_CUT_BEFORE = re.compile(r"(?<![\w’'])(?!(?:The|A|An)\b)[A-Z][\w’'&]*[\s-]$")


def _bracketed_after(node: Node, ns: list[Node], text: str, key_type: dict[str, str]) -> Node | None:
    """The organisation's or the event's name right before the brackets that give a one-word name
    as its short form, whether or not it is its initials ("the Association of Payment Clearing
    Services (Apacs)", "European Athletics (EAA)", "the Electronic Entertainment Expo (E3)"): the
    bracketed mention itself, or the word's other
    mentions in the article where NER labelled only those. Not a person's name in brackets after
    a side's ("Hiley (Exeter City)" is the other way round)."""
    if (
        len(node.tokens) != 1
        or node.personal
        or not node.cluster.startswith(("O:", "S:"))
        or N.plain(node.name) in PLACE_NAMES  # "K Gleeson (Leinster)": a player's side
        or N.abbreviation_key(node.name)  # "Taylor Dent (US)": a player's country
    ):
        return None
    for n in ns:
        if (
            n.cluster.startswith("O:")
            and len(n.tokens) >= 2
            and key_type[n.key] in ("org", "event")  # "the Electronic Entertainment Expo (E3)" (typ12a)
            and len(n.tokens[0]) > 1  # "K Gleeson (Leinster)": an initial starts a person's name
            and N.bare(n.tokens[0]) not in N.GIVEN_NAMES  # "Taylor Dent (US)", NER's organisation
            and not _CUT_BEFORE.search(text[max(0, n.mention.start - 30) : n.mention.start])
            and re.match(
                r" ?\(" + re.escape(node.name) + r"\)", text[n.mention.end : n.mention.end + len(node.name) + 3]
            )
        ):
            return n
    return None


def _spelt_as_initials(name: str) -> str:
    """The initials a name may stand for: an acronym's letters ("IMF", "U.N."), or those of a word
    the BBC writes like one ("Bat" for British American Tobacco, "Nato", "MoD"), three to six
    letters; else ""."""
    if N.is_acronym(name):
        return name.replace(".", "")
    if 3 <= len(name) <= 6 and name.isalpha() and name[:1].isupper() and not name[1:].isupper():
        return name.upper()
    return ""


def _every_initial(name: str) -> str:
    """The initials of every word, small ones too: "Ministry of Defence" -> "MOD"."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w).upper()


# The head words a body or a venue is also called without, after a name of two words or more.
_DROPPED_HEADS = (
    frozenset({"club", "theatre", "theater", "stadium", "arena", "society", "association", "foundation"})
    | DROPPED_EVENT_HEADS
)


def join_without_head(corpus: Corpus, uf: UnionFind) -> None:
    """A name of two words or more is the organisation or venue of the same article that it
    names with a head word after it ("the Motorsport Endeavour stand" of the Motorsport
    Endeavour Club, "La Fenice" of "La Fenice Theatre"); not a place's or a club's name before a
    body's ("Northern Ireland Assembly", "Manchester City Council")."""
    for _aid, ns in sorted(corpus.by_article.items()):
        stems: dict[str, set[str]] = defaultdict(set)
        for n in ns:
            words = n.name.split()
            if n.cluster.startswith("O:") and len(words) >= 3 and N.bare(words[-1]) in _DROPPED_HEADS:
                stems[" ".join(words[:-1])].add(uf.find(n.cluster))
        for node in ns:
            full = stems.get(node.name)
            if (
                full
                and len(full) == 1
                and node.cluster.startswith("O:")
                and N.plain(node.name) not in PLACE_NAMES
                and N.bare(node.tokens[-1]) not in CLUB_HEADS
            ):
                uf.union(node.cluster, next(iter(full)))
