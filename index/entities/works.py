"""Titles of works: a film, a book or an album named like an actor is no actor.

"the film The Aviator", "abortion drama Vera Drake", "Quirky comedy Sideways": NER labels such
titles as organisations, places or people, and they filled the top of the BBC corpus's actor lists.
The gold's conventions (bench/gold/README.md) make titles of works no mentions. A name that a
work's noun (lexicon.WORK_NOUNS) comes right before in a sixth of its mentions or more, that
never has a person's title or speaks and is no place of the gazetteer ("the film Chicago") or
event ("the best film Oscar"), is taken for a title everywhere in the corpus.

Other words give a title away as a work's noun does (helper wrk21, session 21): what only a work
is in ("his supporting role in Closer", "starring in X", "her role as Katharine Hepburn in The
Aviator", "Martin Scorsese's The Aviator"), what only a work has after it ("the Lord of the Rings
trilogy", "The Aviator's four producers", "Closer, starring Jude Law", "The Aviator, a film
biography of Howard Hughes"), and a genre listed among lower-case genres ("hip-hop, R&B,
garage"). The titles dropped are still written where they are: no name inside them is an
actor's (written_titles: "Baghdad" of "The Liberace of Baghdad").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import names as N
from ..lexicon import (
    ACTING_ROLES,
    ACTING_VERBS,
    EVENT_ALONE,
    GENRE_FOLLOWERS,
    MUSIC_GENRES,
    PLACE_NAMES,
    WORK_CREDITS,
    WORK_MAKERS,
    WORK_NOUN_PHRASES,
    WORK_NOUNS,
    WORK_PARTS,
    alternation,
)

if TYPE_CHECKING:
    from .nodes import Node

# Not after "best": "the best film Oscar", "best drama Golden Globe" are an award's category.
# "the film The Aviator", "films such as Troy and ...": a work's noun right before the title.
_WORK_BEFORE = re.compile(
    r"(?<!\bbest )\b"
    + alternation(WORK_NOUNS | WORK_NOUN_PHRASES)
    + r"\s+(?:(?:such\s+as|like|including)\s+)?(?:[Tt]he\s+)?$",
    re.I,
)
# What only a work is in (helper wrk21): "his supporting role in Closer", "starring in X", "her role
# as Katharine Hepburn in The Aviator"; a director's or author's possessive before a capitalised
# "The" ("Martin Scorsese's The Aviator": a firm's product takes no "The").
_ACTED_IN = re.compile(
    r"(?:\b"
    + alternation(ACTING_ROLES)
    + r"\s+roles?\s+|\b"
    + alternation(ACTING_VERBS)
    + r"\s+|\b(?:roles?|performance)\s+as\s+(?:[A-Z][\w'.-]*\s+){1,3})in\s+(?:[Tt]he\s+)?$"
    + r"|[a-z]['’]s\s+The\s+$"
)
# What only a work has right after its title (helper wrk21): "the Lord of the Rings trilogy", "The
# Aviator, starring Leonardo DiCaprio", "Closer, directed by Mike Nichols".
# "The Aviator's four producers"; "Sideways, a comedy about ...", "The Aviator, a film biography
# of Howard Hughes": a work's noun heads the apposition (not "Pixar, the film studio").
_WORK_AFTER = re.compile(
    r"^\s+"  # not "Pullman's trilogy": the author's
    + alternation(WORK_PARTS)
    + r"\b|^,?\s+"
    + alternation(WORK_CREDITS)
    + r"\b|^['’]s\s+(?:[\w-]+\s+)?"
    + alternation(WORK_MAKERS)
    + r"\b|^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
    + alternation(WORK_NOUNS | {"biography"})
    + r"(?:\s+(?:about|of|by|that|which|starring|from|set)\b|\s*[,.;)])"
)

# A genre listed among lower-case genres (helper wrk21): "hip-hop, R&B, garage", "the pop and R&B
# charts", "R&B, hip-hop, rap and gospel". The gold makes genres no mentions, as titles.
_GENRE = alternation(MUSIC_GENRES) + r"(?=\s*[,.;)]|\s+" + alternation(GENRE_FOLLOWERS) + r"\b)"
_LIST_SEP = r"(?:,\s*|,?\s+(?:and|or)\s+)"
_GENRE_BEFORE = re.compile(r"(?<![\w-])" + alternation(MUSIC_GENRES) + _LIST_SEP + "$")
_GENRE_AFTER = re.compile("^" + _LIST_SEP + _GENRE)


def without_titles_of_works(nodes: list[Node], texts: dict[str, str]) -> list[Node]:
    """The nodes that are not titles of works. A name listed beside a title ("Sideways and
    Million Dollar Baby", "The Aviator, Ray") is cued as if a work's noun came before it: the
    titles found first make the others."""
    total: Counter = Counter()
    people = set()
    cued: Counter = Counter()
    for n in nodes:
        k = _title_key(n)
        total[k] += 1
        if n.personal or n.spoke:
            people.add(k)
        text = texts.get(n.mention.article)
        if text and _work_cue(n, text):
            cued[k] += 1

    def titles_of(cues: Counter) -> set[str]:
        return {k for k, c in cues.items() if k not in people and not _named_otherwise(k) and 6 * c >= total[k]}

    titles = titles_of(cued)
    if not titles:
        return nodes
    for _ in range(3):  # a title found by its neighbours makes its own neighbours titles
        more = titles_of(cued + _listed_beside(nodes, texts, titles))
        if more == titles:
            break
        titles = more
    return [n for n in nodes if _title_key(n) not in titles]


def _work_cue(n: Node, text: str) -> bool:
    """A work's noun before the name ("the film The Aviator"), what only a work is in or has
    around it ("his supporting role in Closer", "the Lord of the Rings trilogy")."""
    s, e = n.mention.start, n.mention.end
    if _WORK_BEFORE.search(text[max(0, s - 40) : s]) or _WORK_AFTER.match(text[e : e + 50]):
        return True
    if _may_be_a_title(n) and (_GENRE_BEFORE.search(text[max(0, s - 20) : s]) or _GENRE_AFTER.match(text[e : e + 30])):
        return True
    if _POSSESSIVE.search(text[e - 2 : e]) or _POSSESSIVE.match(text[e : e + 3]):
        return False  # "starred in Jean-Pierre Jeunet's A Very Long Engagement": the director
    before = text[max(0, s - 60) : s] + ("The " if text.startswith("The ", s) else "")
    return bool(_ACTED_IN.search(before))


_POSSESSIVE = re.compile(r"['’]s\b")


def _listed_beside(nodes: list[Node], texts: dict[str, str], titles: set[str]) -> Counter:
    """How often each name is listed right beside a title (", ", " and ", " or " between)."""
    beside: Counter = Counter()
    by_article: dict[str, list[Node]] = {}
    for n in nodes:
        by_article.setdefault(n.mention.article, []).append(n)
    for aid, ns in by_article.items():
        text = texts.get(aid, "")
        ns = sorted(ns, key=lambda n: n.mention.start)
        for a, b in zip(ns, ns[1:]):
            if not _LIST_GAP.fullmatch(text[a.mention.end : b.mention.start]):
                continue
            ka, kb = _title_key(a), _title_key(b)
            if ka in titles and kb not in titles and _may_be_a_title(b):
                beside[kb] += 1
            elif kb in titles and ka not in titles and _may_be_a_title(a):
                beside[ka] += 1
    return beside


def _may_be_a_title(n: Node) -> bool:
    """Not a person's name ("The Aviator, Michel Gondry and ..."): a list of films holds their
    directors too, and only a work's own noun makes a name like a person's a title."""
    return n.mention.label != "PERSON" and not N.starts_with_given_name(n.name)


_LIST_GAP = re.compile(r"[’']?s?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[Tt]he\s+)?")


def _named_otherwise(key: str) -> bool:
    """A place of the gazetteer ("the film Chicago") or an event by its words ("Oscar")."""
    return key in PLACE_NAMES or key in EVENT_ALONE or N.kind_of_name(key) == "event"


def _title_key(n: Node) -> str:
    """ "The Aviator" in a sentence and "Aviator" (NER without "The") are one title."""
    return n.key.removeprefix("the ")


def written_titles(text: str, things) -> list[tuple[int, int]]:
    """(start, end) wherever an article writes the titles of works and products it names (the
    dropped nodes `things`), those NER saw and the others ("The Liberace of Baghdad" twice, seen
    once): no name inside them is an actor's."""
    out = []
    for surface in {t.mention.surface for t in things}:
        out += [h.span() for h in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", text)]
    return out
