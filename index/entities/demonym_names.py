"""A nationality's word that begins a name NER cut: "the Spanish FA", "the English FA", "the US and
Australian Opens", "the European Anti-Fraud Office".

NER labels "Spanish" a nationality's group and leaves "FA" out, so the body is never an actor and
"Spanish" becomes a group. When capitalised words follow the nationality's word right away and the
last of them is a body's or an event's head word (lexicon.DEMONYM_NAME_HEADS, EVENT_HEADS and their
plurals), the mention is widened over them: one organisation's or one event's name. Not over a
title ("Tory MP", "Italian Prime Minister Silvio Berlusconi") nor a common noun ("British TV",
"Chinese PC"), whose last word is no head.

Without a head word, the same capitalised words written after the nationality's word twice or
more in the article make one name too: "said Swiss Re", "Swiss Re said" (a reinsurer, not the
Swiss), "Christian Aid has called", "Arab News quoted" (NER: "Swiss", "Christian", "Arab"); not a
title, a given name ("Swiss Roger Federer"), a holiday or a month after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import names as N
from ..lexicon import DEMONYM_NAME_HEADS, EVENT_HEADS, TITLE_WORDS
from ..records import Mention

# One to three capitalised words right after the nationality's word, and no more of them.
_WORDS_AFTER = re.compile(r" ((?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*){0,2})(?![\w’'-]| [A-Z])")


def widened_demonyms(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions, each nationality's word that begins a body's or an event's name widened over
    the rest of the name (not where another mention starts inside it)."""
    starts = sorted(m.start for m in ms)
    out = []
    for m in ms:
        wider = _widened(m, text)
        if wider is not None and not any(m.end < s < wider.end for s in starts):
            m = wider
        out.append(m)
    return out


def _widened(m: Mention, text: str) -> Mention | None:
    if m.label != "NORP" or text[m.start : m.end] != m.surface or " " in m.surface.strip():
        return None
    rest = _WORDS_AFTER.match(text, m.end)
    if rest is None:
        return None
    head = N.bare(rest.group(1).split()[-1])
    if head in DEMONYM_NAME_HEADS:
        label = "ORG"
    elif head in EVENT_HEADS or (head.endswith("s") and head[:-1] in EVENT_HEADS):
        label = "EVENT"
    elif _written_again(m.surface, rest.group(1), text):
        kind = N.kind_of_name(f"{m.surface} {rest.group(1)}")
        label = {"place": "LOC", "event": "EVENT", "person": "PERSON"}.get(kind or "", "ORG")
    else:
        return None
    end = rest.end()
    return replace(m, end=end, surface=text[m.start : end], label=label)


def _written_again(word: str, rest: str, text: str) -> bool:
    """The nationality's word and the same capitalised words after it twice or more in the
    article, those words no title's, given name's, holiday's or month's ("Swiss Re" twice)."""
    words = rest.split()
    if any(N.bare(w) in TITLE_WORDS or N.names_nothing(w) for w in words) or N.bare(words[0]) in N.GIVEN_NAMES:
        return False
    return len(re.findall(r"(?<![\w-])" + re.escape(f"{word} {rest}") + r"(?![\w’'-]| [A-Z])", text)) >= 2
