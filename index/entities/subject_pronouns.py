"""A name that opens its sentence, and the first pronoun after it in that sentence is a person's
("she", "his"), with no other name between, is a person: "Dibaba won in 14 minutes and she was
...", "Michels had recently undergone heart surgery and his ...". Organisations and places take
"it", "its", "they", "their"; the subject a later pronoun of the same sentence refers back to is
the sentence's first name. A place the name is "of" or "from" may come between ("Tirunesh Dibaba
of Ethiopia will defend the title she won"): a person's origin, not another subject. Nothing in
quotation marks counts (a quote's "he" is the speaker's, not the name's), nor a gazetteer place
(a country is "she" in old prose), nor a name that more than NER's label types already ("Labour
said he had": the party, whose votes are its name's; "The Catholic Herald also highlighted articles
he wrote"), nor one already a person's.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from . import names as N
from .decisions import Votes
from .type_votes import argmax
from ..lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS, NEUTER_PRONOUNS, PLACE_NAMES, alternation

if TYPE_CHECKING:
    from .nodes import Node

PRONOUNED = 2  # the person's votes: a cue of the words around one mention, as "X's wife"
WEAK = 1  # at most this much for the name's own type: NER's label alone
_PERSONAL = MALE_PRONOUNS | FEMALE_PRONOUNS
_PRONOUN = re.compile(r"\b" + alternation(_PERSONAL | NEUTER_PRONOUNS) + r"\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_ORIGIN = re.compile(r"^\s+(?:of|from)\s+$")


def subject_pronoun_votes(by_article: dict[str, list[Node]], texts: dict[str, str]) -> list[Votes]:
    """A person's votes for each name that opens its sentence when the sentence's first pronoun
    after it is a person's (see the module's doc)."""
    out: list[Votes] = []
    for aid, ns in by_article.items():
        text = texts.get(aid)
        if not text:
            continue
        ordered = sorted(ns, key=lambda n: n.mention.start)
        for i, n in enumerate(ordered):
            if _pronounced_person(n, ordered[i + 1 :], text):
                out.append(Votes(n, Counter({"person": PRONOUNED})))
    return out


def _pronounced_person(n: Node, later: list[Node], text: str) -> bool:
    """The node opens its sentence, is typed by no more than NER's label, and the sentence's first
    pronoun after it, with no other name between, is a person's ("Aaliyah ... her")."""
    typ = argmax(n.votes)
    if typ == "person" or n.votes[typ] > WEAK or n.org_cue or n.club_cue or n.mention.surface.startswith("The "):
        return False  # already a person's, or more than NER's label says otherwise ("Labour said he")
    if N.plain(n.name) in PLACE_NAMES or not N.starts_sentence(text, n.mention.start):
        return False
    if text[max(0, n.mention.start - 1) : n.mention.start] in "\"“‘'" and n.mention.start > 0:
        return False  # a quote's first word
    end = _SENTENCE_END.search(text, n.mention.end)
    stop = end.start() if end else len(text)
    pronoun = _PRONOUN.search(text, n.mention.end, stop)
    if not pronoun or pronoun.group() not in _PERSONAL:
        return False
    between = text[n.mention.end : pronoun.start()]
    if any(q in between for q in '"“”'):
        return False
    last = n.mention.end
    for m in later:
        if m.mention.start >= pronoun.start():
            break
        origin = _ORIGIN.match(text[last : m.mention.start]) and N.plain(m.name) in PLACE_NAMES
        if m.mention.start < n.mention.end or not origin:
            return False  # another name between: the pronoun may be its
        last = m.mention.end
    return True
