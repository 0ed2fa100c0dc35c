"""Mentions of speakers NER missed (the step after speakers.py in actors.py).

Attribution reads a speaker's name from the parse ("Lt Col Eric Schnaible of the PCO told",
"Caprice, who left ..., afterwards said") where NER saw no name, and speakers.py makes that name
an actor of its own; without a mention there, the speaker is an actor the article never mentions.
The name, where the attribution found it and no mention covers it, is a mention of that actor,
unless it is a piece of a longer name or of a description ("Magnenat-Thalman", "50 Cent", "Number
10", "Lloyds of London", "the Irishman"), or no one's name at all (`_no_ones_name`): a
nationality's noun ("the New Zealander"), a plural of people opening a sentence ("Ecologists are
warning"), a document's name ("the Beige Book" of "its latest Beige Book report") or a thing a
possessive owns ("whose self-titled LP"). (Issue 10, session 16, helper fix16: the junk speakers
review15 found over the BBC corpus.)
"""

from __future__ import annotations

import re

from . import names as N
from .missed import LABEL_OF_TYPE
from ..lexicon import DOCUMENT_NOUNS, NATIONALITY_NOUNS, PLACE_NAMES, POSSESSIVE_DETERMINERS, alternation
from ..records import Actor, Mention, Quote


def speaker_mentions(
    quotes: dict[str, list[Quote]],
    mentions: dict[str, list[Mention]],
    texts: dict[str, str],
    table: dict[str, Actor],
) -> list[Mention]:
    """New mentions: for each quote with a speaker's actor whose named span (speaker_start,
    speaker_end) no mention of the article overlaps, the actor's name where that span writes it
    (a rank or title before it left out), once per span."""
    out: list[Mention] = []
    surnames = _surnames(table)
    for aid, qs in quotes.items():
        text, ms = texts.get(aid, ""), mentions.get(aid, [])
        done: set[tuple[int, int]] = set()
        for q in qs:
            if not q.speaker_id or q.speaker_start is None or q.speaker_end is None:
                continue
            span = (q.speaker_start, q.speaker_end)
            if span in done or any(m.start < span[1] and span[0] < m.end for m in ms):
                continue
            actor = table[q.speaker_id]
            hit = re.search(rf"(?<![\w-]){re.escape(actor.name)}(?![\w-])", text[span[0] : span[1]])
            if hit is None:
                continue  # the span writes another form ("he"), or the name is not there as written
            start = span[0] + hit.start()
            if not _stands_alone(text, start, start + len(actor.name)) or _no_ones_name(text, start, actor, surnames):
                continue
            done.add(span)
            out.append(Mention(aid, start, start + len(actor.name), actor.name, LABEL_OF_TYPE[actor.type], actor.id))
    return out


# joined to the name before it: a hyphen, a dot, "&", a number ("50 Cent"), or "the" before one word
_JOINED_BEFORE = re.compile(r"(?:[-.&]|\d\s|\b[Tt]he\s)$")
# joined after it: "Number 10", "Lloyds of London", "Ernst and Young", "Halo.Bungie.Org"
_JOINED_AFTER = re.compile(r"(?:[-.&]\w|\s+(?:of|and|&)\s+[A-Z]|\s+\d)")
# "the" right before the name
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# a possessive and small words before a name: "whose self-titled LP", "their new EP"
_OWNED = re.compile(r"\b(?:whose|" + alternation(POSSESSIVE_DETERMINERS) + r")(?:\s+[a-z][\w-]*){0,2}\s+$")
_DOCUMENT = alternation(DOCUMENT_NOUNS)
# a plural of people's nouns of a trade or a creed: "Ecologists", "Economists", "Campaigners"
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:ists|ians|ers|ors)")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is a name of its own in the text: not a piece of a longer one, nor
    a description's word after "the" ("the Irishman", "the Republic"; an acronym or a name of two
    words after "the" is a name: "the RSPCA")."""
    name = text[start:end]
    joined = _JOINED_BEFORE.search(text[max(0, start - 4) : start])
    if joined and joined.group(0).lower().startswith("the") and (" " in name or name.isupper()):
        joined = None
    return joined is None and _JOINED_AFTER.match(text, end) is None


def _a_nationality_noun(name: str) -> bool:
    """A noun for a person of a nation or a place: "New Zealander", "Londoner" (a place's name and
    "-er"), "Irishman", "Briton"."""
    last = name.split()[-1]
    stem = re.sub(r"(?:wo)?man$", "", last)
    return (
        N.bare(last) in NATIONALITY_NOUNS
        or (stem != last and N.looks_demonym(stem))
        or (name.endswith("er") and N.plain(name[:-2]) in PLACE_NAMES)
    )


def _surnames(table: dict[str, Actor]) -> frozenset[str]:
    """The surnames of the people named in full ("Gates" of Bill Gates)."""
    return frozenset(a.name.split()[-1] for a in table.values() if a.type == "person" and " " in a.name)


def _no_ones_name(text: str, start: int, actor: Actor, surnames: frozenset[str]) -> bool:
    """The speaker's name at `start` names no one: a nationality's noun alone or after "the" (a
    surname may be one: "Gavin Turk"), a plural of people opening a sentence that NER never took
    for a name and no person has for a surname, a document's name after "the" that the article
    writes before a document's noun, or an acronym a possessive owns."""
    name = actor.name
    before = text[max(0, start - 40) : start]
    the = _THE_BEFORE.search(before) is not None
    return (
        ((the or " " not in name) and _a_nationality_noun(name))
        or (
            _PEOPLE_PLURAL.fullmatch(name) is not None
            and actor.mentions == 0
            and N.starts_sentence(text, start)
            and name not in surnames
        )
        or (the and re.search(rf"\b{re.escape(name)}\s+{_DOCUMENT}\b", text) is not None)
        or (N.is_acronym(name) and _OWNED.search(before) is not None)
    )
