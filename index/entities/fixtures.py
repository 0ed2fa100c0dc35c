"""Fixtures: "Arsenal v Stoke", "Man Utd v Exeter", "Yeading v Newcastle".

The two sides of a "v" (versus) between capitalised names are teams. A town's name there is its
club ("Cardiff v Blackburn"), not the town; a one-word name NER calls a person ("Everton",
"Bolton", "Ipswich") is a club when nothing anywhere says a person (no title, no speech, no
given name, no full name in the article ending with it: "Henman v Nadal" beside "Tim Henman"
stays two men). A country's name stays the country (its national side is the country:
nodes.make_node drops the club cue of a country). A line holding nothing but a fixture ("Hull v
Colchester", a draw's list) names both sides even where NER saw nothing ("Arsenal v Stoke").

- `fixture_side`: the mention is a side of a fixture (evidence.words_around makes it a club cue);
- `against_a_club`: a side whose other side is no gazetteer place: a club even if a city's name;
- `fixture_line_sides`: the sides of fixture lines no mention covers (spans.tidy_mentions);
- `split_fixture_slashes`: "Hinckley/Brentford" in a fixture line is two clubs;
- `a_club_not_a_person`: a name's nodes make a club of a name voted a person (type_votes);
- `person_evidence`: what a person has (clubs_apart.py, the town's actor's other side).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from . import names as N
from ..lexicon import PLACE_NAMES, SIDE_NAME_JOINERS, VERSUS_WORDS, alternation
from ..records import Mention

if TYPE_CHECKING:
    from .nodes import Node

# "v" or "vs" without a full stop: "Plessy v. Ferguson", "Brown v. Board" are court cases.
_VERSUS = r"[ \t]+" + alternation(VERSUS_WORDS) + r"[ \t]+"
_WORD = r"[A-Z][\w.’'&-]*"
_SIDE_AFTER = re.compile(_VERSUS + r"[A-Z]")
_SIDE_BEFORE = re.compile(_WORD + _VERSUS + r"$")
# A side: capitalised words (one to four), or several sides a slash joins ("Swindon/Notts Co").
_SIDE = (
    _WORD + r"(?: " + alternation(tuple(w + " " for w in SIDE_NAME_JOINERS), " ") + "?" + _WORD + r"){0,3}"
)  # "Republic of Ireland", "Trinidad and Tobago"
_SIDES = _SIDE + r"(?:/" + _SIDE + r")*"
_LINE = re.compile(r"^[ \t]*(" + _SIDES + r")" + _VERSUS + r"(" + _SIDES + r")[ \t]*$", re.MULTILINE)
_ONE_SIDE = re.compile(_SIDE)


def fixture_side(m: Mention, text: str) -> bool:
    """The mention is one side of "X v Y": a capitalised name right after or right before "v"."""
    return bool(
        _SIDE_AFTER.match(text[m.end : m.end + 12]) or _SIDE_BEFORE.search(text[max(0, m.start - 40) : m.start])
    )


_OTHER_AFTER = re.compile(_VERSUS + "(" + _SIDE + ")")
_OTHER_BEFORE = re.compile("(" + _SIDE + ")" + _VERSUS + "$")


def against_a_club(m: Mention, text: str) -> bool:
    """A side of a fixture whose other side is no place of the gazetteer ("Cardiff v Blackburn",
    "Hartlepool v Boston"): a club, though its own name is a city the gazetteer knows (nodes.py
    drops a match's cue on a gazetteer's name, for "Wales v England": two countries)."""
    after = _OTHER_AFTER.match(text[m.end : m.end + 60])
    before = _OTHER_BEFORE.search(text[max(0, m.start - 60) : m.start])
    other = after.group(1) if after else before.group(1) if before else None
    if other is None:
        return False
    words = other.rstrip(".").split()
    # "The Scotland v England", "Saturday's France v Scotland Six Nations match": a place at the
    # side's end or at its start.
    return not any(
        N.plain(" ".join(words[i:j])) in PLACE_NAMES for i in range(len(words)) for j in range(i + 1, len(words) + 1)
    )


def fixture_line_sides(aid: str, text: str, ms: list[Mention]) -> list[Mention]:
    """New mentions for the sides of the lines that hold nothing but a fixture ("Arsenal v
    Stoke", "Luton v Hinckley/Brentford") that no mention covers: an organisation's (a club),
    a place's where the gazetteer knows the name (a country's side is the country)."""
    found: list[Mention] = []
    for line in _LINE.finditer(text):
        for group in (1, 2):
            for side in _ONE_SIDE.finditer(line.group(group)):
                s = line.start(group) + side.start()
                e = s + len(side.group().rstrip("."))
                if any(m.start < e and s < m.end for m in ms):
                    continue
                label = "GPE" if N.plain(text[s:e]) in PLACE_NAMES else "ORG"
                found.append(Mention(aid, s, e, text[s:e], label))
    return found


def split_fixture_slashes(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions, one over two sides a slash joins in a fixture line ("Luton v
    Hinckley/Brentford": the winner of a replay) cut at the slash. Only there: elsewhere a slash
    joins a name's own parts ("Nielsen/NetRatings", "Blue Gene/L")."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    out: list[Mention] = []
    for m in ms:
        if "/" in m.surface and any(a <= m.start and m.end <= b for a, b in lines):
            pos = m.start
            for piece in m.surface.split("/"):
                word = piece.strip()
                if word:
                    s = pos + piece.index(word)
                    out.append(replace(m, start=s, end=s + len(word), surface=word))
                pos += len(piece) + 1
        else:
            out.append(m)
    return out


def person_evidence(ns: list[Node]) -> bool:
    """A title, a speech, what only a person has, a given name first: a person's name."""
    return any(n.personal or n.spoke or n.person_cue or N.starts_with_given_name(n.name) for n in ns)


def _a_full_name(n: Node) -> bool:
    """Two words NER labels a person's, no club's or firm's ("Irakli Labadze", not "Notts
    County", "Crystal Palace")."""
    return (
        len(n.tokens) == 2
        and n.mention.label == "PERSON"
        and not N.kind_of_name(n.name)
        and not N.has_org_word(n.name)
        and N.plain(n.name) not in PLACE_NAMES
    )


def a_club_not_a_person(ns: list[Node], by_article: dict[str, list[Node]]) -> bool:
    """A name's nodes (over the corpus) that sides of fixtures or a match's words make a club at
    least as often as not ("Plymouth v Everton", "against Auxerre"), with nothing a person has,
    no full name NER labels a person's, and never the surname of a full name of the same article
    ("Tim Henman" ... "Henman v Nadal"), nor its given name ("Jonah Lomu" ... "against Jonah").
    Without the articles (`by_article` empty: type_votes.actor_type, on an actor's nodes once
    grouped) the full names are among the nodes."""
    cued = sum(1 for n in ns if n.club_cue)
    if not cued or 2 * cued < len(ns) or person_evidence(ns):
        return False
    if any(_a_full_name(n) for n in ns):
        return False  # "beat Potito Starace": a match's words stand before players too
    for n in ns:
        word = N.fold(n.tokens[-1]) if n.tokens else ""
        if any(
            o is not n
            and len(o.tokens) >= 2
            and word in (N.fold(o.tokens[-1]), N.fold(o.tokens[0]))  # "Henman", "against Jonah" (Lomu)
            and o.key != n.key
            for o in by_article.get(n.mention.article, ())
        ):
            return False
    return True


def a_contraction(short: str, full: str) -> bool:
    """ "Man Utd" of "Manchester United", "Notts Co" of "Notts County", "Sheff Utd", "Nottm
    Forest": as many words, each the full name's word or a contraction of it (its first letter,
    then some of its letters in order), one at least contracted, the first of three letters or
    more ("Man City" of "Manchester City"). The draws' and tables' short forms of clubs."""
    a, b = short.split(), full.split()
    if len(a) != len(b) or a == b or len(a[0]) < 3:
        return False
    return all(x == y or _contracted(x, y) for x, y in zip(a, b))


def _contracted(x: str, y: str) -> bool:
    """Two letters cut at least: "Africa" is no contraction of "African" (a nationality's word
    beside its country: "South Africa", "South African"); four when only the end is cut, which
    also makes the plural of a nationality's word ("Lanka" of "Lankans", "Sri Lankans")."""
    if len(x) > len(y) - 2 or x[:1] != y[:1]:
        return False
    if y.lower().startswith(x.lower()) and len(y) - len(x) < 4:
        return False
    rest = iter(y[1:].lower())
    return all(c in rest for c in x[1:].lower())
