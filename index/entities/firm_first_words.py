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
- the full name is not a product, a show or a site named after the firm: the word, then only
  common words or an acronym ("Marvel TV", "EverQuest Daily Grind"), no organisation's word;
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
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Join, Votes
from ..lexicon import (
    CLUB_HEADS,
    CORPORATE_WORDS,
    DEPARTMENT_WORDS,
    EVENT_HEADS,
    GENERIC_FIRST_WORDS,
    MONTHS_AND_DAYS,
    ORG_WORDS,
    PLACE_HEADS,
    PLACE_NAMES,
)

if TYPE_CHECKING:
    from .nodes import Corpus, UnionFind


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
    ("Nintendo Europe", "BBC Scotland")."""
    last = words[-1]
    return N.plain(last) in PLACE_NAMES or N.bare(last) in DEPARTMENT_WORDS


def _a_thing_named_after(words: list[str], small: set[str]) -> bool:
    """A product, a show or a site named after the firm: its first word, then only common words
    (written in small letters in the corpus) or an acronym, no organisation's or company's word
    and no connector, and no plural at its end, which is the firm's trade ("Asahi Breweries",
    "Delta Air Lines", "Lionhead Studios"): "Marvel TV", "EverQuest Daily Grind"; not "Allied
    Domecq", "Santander Central Hispano", "Forum for the Future", "Carnival Corporation"."""
    name = " ".join(words)
    return (
        not N.has_org_word(name)
        and not any(N.bare(w) in CORPORATE_WORDS for w in words)
        and not N.has_connector(name)
        and all(N.is_acronym(w) or w.lower() in small for w in words[1:])
        and not words[-1].endswith("s")
    )


def _written_small(word: str, text: str) -> bool:
    """The word is written in small letters in the article: a common word, capitalised where it
    opens a sentence or a name ("Smallpox", "Bet")."""
    return re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])", text) is not None


def first_word_joins(corpus: Corpus, uf: UnionFind) -> tuple[list[Join], list[Votes]]:
    """The joins of each firm's first word used alone after its full name in the same article (the
    bare word's node, the full name's cluster), and the organisation votes the moved nodes take
    (NER's person label on "Baikal" is no evidence once it is the firm's): grouping applies them."""
    fulls: dict[str, dict[str, tuple[str, int]]] = defaultdict(dict)  # article -> word -> (cluster, start)
    ambiguous: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    last_full: dict[str, dict[str, int]] = defaultdict(dict)  # article -> first word -> last full name's start
    written: dict[str, Counter[str]] = defaultdict(Counter)  # article -> first word -> full names
    small = {w for text in corpus.texts.values() for w in _SMALL_WORD.findall(text)}
    for aid, ns in corpus.by_article.items():
        for n in ns:
            words = n.name.split()
            if n.cluster.startswith("P:") and len(n.tokens) >= 2:
                surnames[aid].add(n.tokens[-1])
            if (
                not n.cluster.startswith("O:")
                or len(words) < 2
                or corpus.key_type[n.key] != "org"
                or not _proper_first_word(words[0])
                or _a_unit(words)
                or _a_thing_named_after(words, small)
            ):
                continue
            last_full[aid][words[0]] = max(last_full[aid].get(words[0], -1), n.mention.start)
            written[aid][words[0]] += 1
            root = uf.find(n.cluster)
            seen = fulls[aid].get(words[0])
            if seen and seen[0] != root:
                ambiguous[aid].add(words[0])
            start = min(seen[1], n.mention.start) if seen else n.mention.start
            fulls[aid][words[0]] = (seen[0] if seen else root, start)
    introduced = {w for aid in fulls for w in fulls[aid]}
    # A word written alone where no organisation of its article begins with it: a name of its own.
    alone_elsewhere = {
        n.name
        for aid, ns in corpus.by_article.items()
        for n in ns
        if len(n.tokens) == 1 and n.name in introduced and n.name not in fulls.get(aid, {})
    }
    joins: list[Join] = []
    votes: list[Votes] = []
    for aid, words in sorted(fulls.items()):
        first_alone: dict[str, int] = {}
        alone: Counter[str] = Counter()
        for n in corpus.by_article[aid]:
            if len(n.tokens) == 1 and n.name in words and n.mention.start > words[n.name][1]:
                first_alone[n.name] = min(first_alone.get(n.name, n.mention.start), n.mention.start)
                alone[n.name] += 1
        for node in corpus.by_article[aid]:
            w = node.name
            if (
                w not in words
                or w in ambiguous[aid]
                or w in alone_elsewhere
                or w in surnames[aid]
                or len(node.tokens) != 1
                or node.personal
                or not node.cluster.startswith(("O:", "S:"))
                or node.mention.start < words[w][1]
                or corpus.key_type[node.key] == "place"
                or _written_small(w, corpus.texts.get(aid, ""))
                or (last_full[aid][w] > first_alone.get(w, node.mention.start) and written[aid][w] >= alone[w])
            ):
                continue
            joins.append(Join(node, words[w][0]))
            # the firm's word outvotes whatever NER's labels said of the bare word ("Baikal" a
            # person): it is now a mention of the firm, whose own type the actor's votes decide
            votes.append(Votes(node, Counter({"org": sum(node.votes.values()) + 1})))
    return joins, votes
