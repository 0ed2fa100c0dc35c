"""A firm's first word used alone after its full name: "Baikal Finance Group ... Baikal said",
"Federated Department Stores ... Federated", "Carnival Corporation ... Carnival" (issue 10,
session 14, helper rec14d).

News writes a firm's full name once, then its first word. NER labels the word alone a person
("Baikal" x7, typed person, an actor of its own) or an organisation of its own. The word is the
article's firm when:
- the article names exactly one organisation of two words or more that begins with it, before
  the word's first bare use (the full name introduces the short one);
- the word is a proper name's, not a generic or a place's ("National", "Texas" of Texas
  Instruments), a nationality's, an acronym (its unit: "BT Retail") or a given name;
- the full name is not a product, a show or a site named after the firm: the word, then a
  medium's noun among common words or acronyms ("Marvel TV", "EverQuest Daily Grind"), no
  organisation's word; a tail of common words naming no medium is the firm's own longer name
  ("Vivendi Universal", "Shanda Interactive Entertainment", "Bet Direct");
- the full name is not the word's unit named by a place or a department ("Nintendo Europe",
  "BBC Scotland"), and the corpus never writes the word alone in an article that names no
  organisation beginning with it: a firm of its own (Sony beside Sony Music, Barclays beside
  Barclays Capital) keeps its name;
- no person of the article has it as a surname, and no title ("Mr") makes it a person's;
- the word alone is no place (the corpus votes "Yantai", "Darlington" places: a town, not the
  Yantai State Asset Management Bureau or Darlington Council) and the article writes it nowhere
  in small letters ("Smallpox" of the Smallpox Research Grid is the disease: "smallpox");
- the article does not go on writing the full name as often as the word alone after it: such a
  full name is a thing of its own beside its owner ("Sky Plus is the market leader ... Sky has
  said ... using Sky Plus": Sky Plus, a product, and Sky, the firm; "Baikal" x7 after "Baikal
  Finance Group" x2 is the firm).

`first_word_joins` returns what it decides; grouping.group_others applies it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Join, Votes
from ..lexicon import (
    CLUB_HEADS,
    CORPORATE_WORDS,
    DEPARTMENT_WORDS,
    EVENT_HEADS,
    FIELDS_OF_STUDY,
    GENERIC_FIRST_WORDS,
    MEDIA_NOUNS,
    MONTHS_AND_DAYS,
    ORG_WORDS,
    PLACE_HEADS,
    PLACE_NAMES,
)

if TYPE_CHECKING:
    from .nodes import Corpus, Node, UnionFind


# A number right after the word: a piece of a name NER cut ("Bet 365", "Channel 4").
_NUMBER_AFTER = re.compile(r"\s+\d")
# A word written in small letters: a common word of the language.
_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def _proper_first_word(word: str) -> bool:
    """A word that may be a firm's own name: capitalised, three letters or more, not a generic
    word, a place, a nationality, an acronym, a month or a given name."""
    b = N.bare(word)
    return (
        len(word) >= 3
        and word[:1].isupper()
        and word.isalpha()
        and not N.is_acronym(word)
        and b not in ORG_WORDS | CORPORATE_WORDS | PLACE_HEADS | EVENT_HEADS | CLUB_HEADS | GENERIC_FIRST_WORDS
        and b not in MONTHS_AND_DAYS
        and b not in N.GIVEN_NAMES
        and N.plain(word) not in PLACE_NAMES
        and not N.looks_demonym(word)
    )


def _a_unit(words: list[str]) -> bool:
    """A name whose last word is a place or a department's word names its owner's unit
    ("Nintendo Europe", "BBC Scotland"); a name whose second word is a field of study names its
    first word as what it studies ("Smallpox Research Grid", "Cancer Research UK")."""
    last = words[-1]
    return N.plain(last) in PLACE_NAMES or N.bare(last) in DEPARTMENT_WORDS or N.bare(words[1]) in FIELDS_OF_STUDY


def _a_thing_named_after(words: list[str], small: set[str]) -> bool:
    """A product, a show or a site named after the firm: its first word, then a medium's noun
    (lexicon.MEDIA_NOUNS: "TV", "Daily", "Video", "blog") among common words (written in small
    letters in the corpus) or acronyms, no organisation's or company's word and no connector, and
    no plural at its end, which is the firm's trade ("Asahi Breweries", "Delta Air Lines"):
    "Marvel TV", "EverQuest Daily Grind". Common words that name no medium are the firm's own
    longer name ("Vivendi Universal", "Shanda Interactive Entertainment", "Bet Direct"), and so
    are "Allied Domecq", "Forum for the Future", "Carnival Corporation"."""
    name = " ".join(words)
    tail = words[1:]
    return (
        any(N.bare(w) in MEDIA_NOUNS for w in tail)
        and not N.has_org_word(name)
        and not any(N.bare(w) in CORPORATE_WORDS for w in words)
        and not N.has_connector(name)
        and all(N.is_acronym(w) or w.lower() in small for w in tail)
        and not words[-1].endswith("s")
    )


def _written_small(word: str, text: str) -> bool:
    """The word is written in small letters in the article: a common word, capitalised where it
    opens a sentence or a name ("Smallpox", "Bet")."""
    return re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", text) is not None


@dataclass
class _FullNames:
    """Per article, the full names of firms that begin with each proper first word."""

    first: dict[str, dict[str, tuple[str, int]]] = field(default_factory=lambda: defaultdict(dict))
    """article -> word -> (the full name's cluster, its first start)"""
    last: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    """article -> word -> the last full name's start"""
    count: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """article -> word -> how often a full name beginning with it is written"""
    ambiguous: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """article -> words that begin the names of two clusters"""


def _a_full_name(corpus: Corpus, n: Node, small: set[str]) -> bool:
    """An organisation's name of two words or more whose first word may be the firm's own name,
    not its unit's or a thing's named after it."""
    words = n.name.split()
    return (
        n.cluster.startswith("O:")
        and len(words) >= 2
        and corpus.key_type[n.key] == "org"
        and _proper_first_word(words[0])
        and not _a_unit(words)
        and not _a_thing_named_after(words, small)
    )


def _full_names(corpus: Corpus, uf: UnionFind) -> _FullNames:
    """The full names of firms in each article, by their first word."""
    small = {w for text in corpus.texts.values() for w in _SMALL_WORD.findall(text)}
    fulls = _FullNames()
    for aid, ns in corpus.by_article.items():
        for n in ns:
            if not _a_full_name(corpus, n, small):
                continue
            w = n.name.split()[0]
            fulls.last[aid][w] = max(fulls.last[aid].get(w, -1), n.mention.start)
            fulls.count[aid][w] += 1
            root = uf.find(n.cluster)
            seen = fulls.first[aid].get(w)
            if seen and seen[0] != root:
                fulls.ambiguous[aid].add(w)
            start = min(seen[1], n.mention.start) if seen else n.mention.start
            fulls.first[aid][w] = (seen[0] if seen else root, start)
    return fulls


def _surnames(corpus: Corpus) -> dict[str, set[str]]:
    """The surnames of each article's people named in full."""
    out: dict[str, set[str]] = defaultdict(set)
    for aid, ns in corpus.by_article.items():
        out[aid] |= {n.tokens[-1] for n in ns if n.cluster.startswith("P:") and len(n.tokens) >= 2}
    return out


def _alone_elsewhere(corpus: Corpus, first: dict[str, dict[str, tuple[str, int]]]) -> set[str]:
    """The first words written alone where no organisation of their article begins with them:
    names of their own."""
    introduced = {w for aid in first for w in first[aid]}
    return {
        n.name
        for aid, ns in corpus.by_article.items()
        for n in ns
        if len(n.tokens) == 1 and n.name in introduced and n.name not in first.get(aid, {})
    }


def _bare_after(ns: list[Node], words: dict[str, tuple[str, int]]) -> tuple[dict[str, int], Counter[str]]:
    """Each first word's first start alone after its full name, and how often it is written alone
    after it."""
    first_alone: dict[str, int] = {}
    alone: Counter[str] = Counter()
    for n in ns:
        if len(n.tokens) == 1 and n.name in words and n.mention.start > words[n.name][1]:
            first_alone[n.name] = min(first_alone.get(n.name, n.mention.start), n.mention.start)
            alone[n.name] += 1
    return first_alone, alone


def _joins(corpus: Corpus, aid: str, fulls: _FullNames, kept: set[str]) -> list[Node]:
    """The nodes of the article that are its firm's first word alone after its full name (`kept`:
    the words that stay names of their own, a surname or a word written alone elsewhere)."""
    words = fulls.first[aid]
    first_alone, alone = _bare_after(corpus.by_article[aid], words)
    text = corpus.texts.get(aid, "")
    out = []
    for node in corpus.by_article[aid]:
        w = node.name
        if (
            w not in words
            or w in fulls.ambiguous[aid]
            or w in kept
            or len(node.tokens) != 1
            or node.personal
            or not node.cluster.startswith(("O:", "S:"))
            or node.mention.start < words[w][1]
            or corpus.key_type[node.key] == "place"
            or _written_small(w, text)
            or _NUMBER_AFTER.match(text, node.mention.end) is not None
            # the full name goes on as often as the word alone: a thing of its own ("Sky Plus")
            or (fulls.last[aid][w] > first_alone.get(w, node.mention.start) and fulls.count[aid][w] >= alone[w])
        ):
            continue
        out.append(node)
    return out


def first_word_joins(corpus: Corpus, uf: UnionFind) -> tuple[list[Join], list[Votes]]:
    """The joins of each firm's first word used alone after its full name in the same article (the
    bare word's node, the full name's cluster), and the organisation votes the moved nodes take
    (NER's person label on "Baikal" is no evidence once it is the firm's): grouping applies them."""
    fulls = _full_names(corpus, uf)
    surnames = _surnames(corpus)
    elsewhere = _alone_elsewhere(corpus, fulls.first)
    joins: list[Join] = []
    votes: list[Votes] = []
    for aid in sorted(fulls.first):
        for node in _joins(corpus, aid, fulls, surnames[aid] | elsewhere):
            joins.append(Join(node, fulls.first[aid][node.name][0]))
            # the firm's word outvotes whatever NER's labels said of the bare word ("Baikal" a
            # person): it is now a mention of the firm, whose own type the actor's votes decide
            votes.append(Votes(node, Counter({"org": sum(node.votes.values()) + 1})))
    return joins, votes
