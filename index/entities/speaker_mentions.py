"""Mentions of speakers NER missed (the step after speakers.py in actors.py).

Attribution reads a speaker's name from the parse ("Lt Col Eric Schnaible of the PCO told",
"Caprice, who left ..., afterwards said") where NER saw no name, and speakers.py makes that name
an actor of its own; without a mention there, the speaker is an actor the article never mentions.
The name, where the attribution found it and no mention covers it, is a mention of that actor,
unless it is a piece of a longer name or of a description ("Magnenat-Thalman", "50 Cent", "Number
10", "Lloyds of London", "the Irishman").
"""

from __future__ import annotations

import re

from .missed import LABEL_OF_TYPE
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
            if not _stands_alone(text, start, start + len(actor.name)):
                continue
            done.add(span)
            out.append(Mention(aid, start, start + len(actor.name), actor.name, LABEL_OF_TYPE[actor.type], actor.id))
    return out


# joined to the name before it: a hyphen, a dot, "&", a number ("50 Cent"), or "the" before one word
_JOINED_BEFORE = re.compile(r"(?:[-.&]|\d\s|\b[Tt]he\s)$")
# joined after it: "Number 10", "Lloyds of London", "Ernst and Young", "Halo.Bungie.Org"
_JOINED_AFTER = re.compile(r"(?:[-.&]\w|\s+(?:of|and|&)\s+[A-Z]|\s+\d)")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is a name of its own in the text: not a piece of a longer one, nor
    a description's word after "the" ("the Irishman", "the Republic"; an acronym or a name of two
    words after "the" is a name: "the RSPCA")."""
    name = text[start:end]
    joined = _JOINED_BEFORE.search(text[max(0, start - 4) : start])
    if joined and joined.group(0).lower().startswith("the") and (" " in name or name.isupper()):
        joined = None
    return joined is None and _JOINED_AFTER.match(text, end) is None
