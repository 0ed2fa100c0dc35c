"""Words NER labels only for the capital a sentence gives them (step 0 of actors.py's module doc).

A sentence's first word is written with a capital whatever it is, and NER labels some of them as
names: "However", "Meanwhile", "Given", "Respond" were people of 6 to 11 mentions on the BBC
corpus. An English function word there ("However", "He", "And": spaCy's stop words) is never a
name. The article tells other words from names: it writes such a word in lower case, and with a
capital inside a sentence at most a tenth as often (texts lose full stops: "$4.06 trillion
However, ..."). Only the article's own words count, so that an update in place, which resolves
the new articles alone, drops what a full build drops. A word that is the surname of a person
its article names in full stays ("Young" of Will Young). `without_sentence_capitals` returns the mentions that are left; the records
given are not changed.

A name NER read on from such a word ("Nevertheless Franz Ferdinand", "Across Wales", "Get Brown")
loses the word (`without_opening_words`) where the rest is a name the article writes elsewhere
or opens with a given name; "Will Young", "Six Nations", "Top Gear" keep theirs.

A headline written in Title Case gives every word its capital, small ones too ("With", "On"), and NER reads names into it
("Mayor Says Harbour Museum Will Tell of ..." made a person "Will Tell"):
`without_headline_capitals` keeps a headline's mention only when the article writes the same
words elsewhere, or the gazetteer knows the place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from . import names as N
from ..lexicon import ARTICLES, PLACE_NAMES, STOP_WORD_GIVEN_NAMES, stop_words
from ..records import Mention

_RATIO = 10
_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]*(?:[’'-][A-Za-z]+)*(?![\w’'-])")


def without_sentence_capitals(mentions: dict[str, list[Mention]], texts: dict[str, str]) -> dict[str, list[Mention]]:
    """Each article's mentions without the one-word mentions at a sentence's start that are a stop
    word or whose word the article writes in lower case over ten times as often as capitalised
    inside a sentence, and that are no surname of a person the article names in full. Each
    article's own words decide, so that an update in place drops what a full build drops."""
    out = {}
    for aid, ms in mentions.items():
        text = texts.get(aid) or ""
        starting = [m for m in ms if _at_start_of_sentence(m, text)]
        if not starting:
            out[aid] = ms
            continue
        suspects = {m.surface.lower() for m in starting}
        lower, inside = _writings(suspects, text)
        surnames = {m.surface.split()[-1].lower() for m in ms if " " in m.surface}
        common = {w for w in suspects - surnames if w in stop_words() or lower[w] > _RATIO * inside[w]}
        dropped = {id(m) for m in starting if m.surface.lower() in common}
        out[aid] = [m for m in ms if id(m) not in dropped]
    return out


def without_opening_words(mentions: dict[str, list[Mention]], texts: dict[str, str]) -> dict[str, list[Mention]]:
    """Each article's mentions, those of two words or more at a sentence's start that open with a
    stop word (no article, no given name: "Will Young") cut after it, where the rest is a name:
    the article writes it elsewhere, or it opens with a given name. A mention whose whole surface
    the article writes inside a sentence too is a name as it stands ("Top Gear")."""
    out = {}
    for aid, ms in mentions.items():
        text = texts.get(aid) or ""
        out[aid] = [_without_opening_word(m, text) for m in ms]
    return out


def _without_opening_word(m: Mention, text: str) -> Mention:
    first, _, rest = m.surface.partition(" ")
    low = first.lower()
    if (
        not rest
        or low not in stop_words()
        or low in ARTICLES
        or low in STOP_WORD_GIVEN_NAMES
        or N.bare(first) in N.GIVEN_NAMES
        or not first[1:].islower()
        or not rest[:1].isupper()
        or not N.starts_sentence(text, m.start)
    ):
        return m
    elsewhere = [
        w.start()
        for w in re.finditer(r"(?<![\w-])" + re.escape(rest) + r"(?![\w-])", text)
        if w.start() != m.start + len(first) + 1
    ]
    whole_inside = any(
        not N.starts_sentence(text, w.start())
        for w in re.finditer(r"(?<![\w-])" + re.escape(m.surface) + r"(?![\w-])", text)
    )
    if whole_inside or not (elsewhere or N.bare(rest.split()[0]) in N.GIVEN_NAMES):
        return m
    cut = len(first) + 1
    return replace(m, start=m.start + cut, surface=rest)


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


def _writings(words: set[str], text: str) -> tuple[Counter, Counter]:
    """How often the text writes each word in lower case, and capitalised inside a sentence."""
    lower: Counter = Counter()
    inside: Counter = Counter()
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


_LONG_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")


def without_headline_capitals(mentions: dict[str, list[Mention]], texts: dict[str, str]) -> dict[str, list[Mention]]:
    """Each article's mentions without those of its Title Case headline (its first line, or a
    Markdown heading) whose words the article writes nowhere else."""
    out = {}
    for aid, ms in mentions.items():
        text = texts.get(aid) or ""
        lines = list(_headlines(text))
        if not lines:
            out[aid] = ms
            continue
        rest = text
        for a, b in sorted(lines, reverse=True):
            rest = rest[:a] + rest[b:]
        out[aid] = [m for m in ms if not any(a <= m.start < b for a, b in lines) or _named_elsewhere(m, rest)]
    return out


def _headlines(text: str):
    """(start, end) of the lines that are headlines in Title Case: the first line when the text
    has more after it, and the Markdown headings; three long words or more, all capitalised, and
    a small word capitalised inside ("With", "On", "Will": a sentence of names, "Volodymyr
    Zelenskyy met Steve Witkoff in Berlin", is none); no list's commas or colons."""
    for line in re.finditer(r"[^\n]+", text):
        first = not text[: line.start()].strip()
        words = _LONG_WORD.findall(line.group().lstrip("#"))
        inner = re.findall(r"(?<=\s)[A-Z][a-z]*\b", line.group())
        if (
            (first and line.end() < len(text.rstrip()) or line.group().startswith("#"))
            and len(words) >= 3
            and all(w[:1].isupper() for w in words)
            and any(w.lower() in stop_words() for w in inner)
            and not re.search(r"[,;:]", line.group())
        ):
            yield line.start(), line.end()


def _named_elsewhere(m: Mention, rest: str) -> bool:
    """A gazetteer place, or a name the article's text outside its headlines (`rest`) writes."""
    if N.plain(m.surface) in PLACE_NAMES:
        return True
    name = N.clean_name(m.surface, m.label).name or m.surface
    return bool(re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", rest))
