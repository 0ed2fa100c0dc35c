"""Words NER labels only for the capital a sentence gives them (step 0 of actors.py's module doc).

A sentence's first word is written with a capital whatever it is, and NER labels some of them as
names: "However", "Meanwhile", "Given", "Respond" were people of 6 to 11 mentions on the BBC
corpus. An English function word there ("However", "He", "And": spaCy's stop words) is never a
name. The corpus tells other words from names: it writes such a word in lower case, and with a
capital inside a sentence at most a tenth as often (texts lose full stops: "$4.06 trillion
However, ..."). A word that is the surname of a person its article names in full stays ("Young"
of Will Young). `without_sentence_capitals` returns the mentions that are left; the records
given are not changed.
"""

from __future__ import annotations

import re
from collections import Counter

from . import names as N
from ..records import Mention

_RATIO = 10
_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]*(?:[’'-][A-Za-z]+)*(?![\w’'-])")


def without_sentence_capitals(mentions: dict[str, list[Mention]], texts: dict[str, str]) -> dict[str, list[Mention]]:
    """Each article's mentions without the one-word mentions at a sentence's start that are a stop
    word or whose word the texts write in lower case over ten times as often as capitalised
    inside a sentence, and that are no surname of a person the article names in full."""
    suspects = {
        m.surface.lower() for aid, ms in mentions.items() for m in ms if _at_start_of_sentence(m, texts.get(aid))
    }
    if not suspects:
        return mentions
    from spacy.lang.en.stop_words import STOP_WORDS  # here: only a build with suspects needs spaCy

    lower, inside = _writings(suspects, texts)
    common = {w for w in suspects if w in STOP_WORDS or lower[w] > _RATIO * inside[w]}
    if not common:
        return mentions
    out = {}
    for aid, ms in mentions.items():
        surnames = {m.surface.split()[-1].lower() for m in ms if " " in m.surface}
        out[aid] = [
            m for m in ms if not (m.surface.lower() in common - surnames and _at_start_of_sentence(m, texts.get(aid)))
        ]
    return out


def _at_start_of_sentence(m: Mention, text: str | None) -> bool:
    """A one-word mention, no acronym, at a sentence's start; not after a colon or a semicolon,
    which also open team sheets and lists of names ("Subs Not Used: Butt, Harper")."""
    word = m.surface
    return (
        bool(text)
        and " " not in word
        and word[:1].isupper()
        and word[1:].islower()
        and bool(_WORD.fullmatch(word))
        and N.starts_sentence(text, m.start)
        and text[: m.start].rstrip(" \"“”‘’'")[-1:] not in (":", ";")
    )


def _writings(words: set[str], texts: dict[str, str]) -> tuple[Counter, Counter]:
    """How often the texts write each word in lower case, and capitalised inside a sentence."""
    lower: Counter = Counter()
    inside: Counter = Counter()
    for text in texts.values():
        for w in _WORD.finditer(text):
            form = w.group()
            low = form.lower()
            if low not in words:
                continue
            if form == low:
                lower[low] += 1
            elif not N.starts_sentence(text, w.start()):
                inside[low] += 1
    return lower, inside
