"""A list of players written as initial and surname ("G Murphy; G Dempsey, B O'Driscoll, S Horgan")
keeps each initial with its surname. NER takes "G Dempsey" whole but leaves the initial out of
"G Easterby", "S Easterby", "J Robinson (capt)" and "A Titterrell" (an article "A", to it): the
bare surnames then join whichever full name of the same surname the article or the corpus has
("Andy Robinson's men", the coach) and two Easterbys become one. A one-word mention is widened over
the capital letter before it when the letter opens a list item (after a comma, a semicolon, a colon
or a paragraph's start), the surname closes one (a comma, a semicolon, a full stop, a bracket), and,
where the capital is also a word ("A", "I"), the paragraph is such a list: three names written with
an initial at least. NER's own "A Jones" (names.clean_name keeps the "A" of an "A" and one
surname) is narrowed to "Jones" where it is no such list's item: the "A" is the article there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .names import initial_a
from ..records import Mention

MIN_INITIALLED = 3  # "G Murphy; G Dempsey, B O'Driscoll": a list of them, not one "A" in prose
# A capital that is a word of its own ("A", "I"): an initial only in a list of initialled names;
# any other capital between a list's comma and a surname is one ("O'Connell, capt, S Easterby,").
_WORDS_OF_ONE_LETTER = ("A", "I")
_INITIAL_BEFORE = re.compile(r"(?:^|\n|[,;:]\s*)([A-Z])\s$")
_ITEM_END = re.compile(r"^\s*(?:[,;.]|\(|$)")
_INITIALLED = re.compile(r"(?:^|[,;:]\s*)[A-Z]\s[A-Z][\w'’-]+(?=\s*(?:[,;.(]|$))", re.M)


def with_initials(mentions: dict[str, list[Mention]], texts: dict[str, str]) -> dict[str, list[Mention]]:
    """Each article's mentions, a surname of a list of initialled names widened over its initial,
    an "A" before one surname outside such a list left out (the article)."""
    return {aid: [_widened(_article_a(m, texts.get(aid)), texts.get(aid)) for m in ms] for aid, ms in mentions.items()}


def _widened(m: Mention, text: str | None) -> Mention:
    """The mention widened over the initial before it ("J Robinson"), when it is a one-word
    surname in a paragraph that lists enough initialled names; else as it was."""
    if not text or " " in m.surface.strip() or not m.surface[:1].isupper():
        return m
    before = _INITIAL_BEFORE.search(text[max(0, m.start - 6) : m.start])
    if not before or not _ITEM_END.match(text[m.end : m.end + 3]):
        return m
    if before.group(1) in _WORDS_OF_ONE_LETTER and not initialled_paragraph(m.start, m.end, text):
        return m
    begin = m.start - 2
    return replace(m, start=begin, surface=text[begin : m.end])


def _article_a(m: Mention, text: str | None) -> Mention:
    """An "A Jones" span (names.initial_a keeps its "A" as an initial) narrowed to "Jones" where it
    is no item of a list of initialled names: there the "A" is the article."""
    words = m.surface.split(" ")
    if not text or not initial_a(words) or text[m.start : m.end] != m.surface:
        return m
    opens = _INITIAL_BEFORE.search(text[max(0, m.start - 4) : m.start + 2])
    if opens and _ITEM_END.match(text[m.end : m.end + 3]) and initialled_paragraph(m.start, m.end, text):
        return m
    return replace(m, start=m.start + 2, surface=m.surface[2:])


def initialled_paragraph(start: int, end: int, text: str) -> bool:
    """The paragraph around start..end lists enough names written with an initial."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return len(_INITIALLED.findall(text[begin : stop if stop >= 0 else len(text)])) >= MIN_INITIALLED
