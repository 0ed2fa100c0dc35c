"""A given name after a determiner is a thing, not a person (step 0 of actors.py's module doc).

A person is written "Bill" or "Bill Conti", never "the Bill": the BBC capitalises a bill before
Parliament ("MPs voted in favour of the Bill", "a hybrid Bill for Crossrail"), NER labels the word
a person, and on the 2,225 BBC articles such mentions made the film "Kill Bill" a person of 25
mentions, the bill's surname. A one-word mention NER calls a person that is a given name
(names.GIVEN_NAMES), with "the", "a", "an", "this" or "no" right before it, is no name; an adjective
between makes a person's ("the advancing Douglas", "the biopic Ray"). Not where the article names
someone in full with the word ("the James report" beside David James), nor "A Craig" of a team
sheet (an initial), nor a possessive ("the Stefan's murder").

Nor is a given name right after a capitalised common word NER left out of the name: "the Finance
Bill", "the Criminal Justice Bill", "the Health Service (Miscellaneous Provisions) Bill", "Songs
About Jane", "Hey Jude". A word is common when the corpus also writes it in lower case ("finance",
"about"); a person's first word that NER missed is not ("Celtic goalkeeper Rab Douglas",
"Australian Mamdouh Habib"), nor is a title ("Prince Charles") or the first word of a sentence
("Yesterday Bill said"). An update in place asks its own articles' words, as it resolves them
alone (entities/attach.py).
"""

from __future__ import annotations

import re

from . import names as N
from ..lexicon import HONORIFICS, PERSON_TITLES_BEFORE, PORTFOLIO_WORDS, SPEAKER_TITLES, TITLE_WORDS
from ..records import Mention

# "the Bill", "a Bill", "No Bill": an article, "this" or "no" right before the mention ("the
# advancing Douglas", "the biopic Ray" are people and their adjectives).
_DETERMINED = re.compile(r"\b(?:[Tt]he|an?|[Tt]his|[Nn]o)\s+$")
# "Finance Bill", "(Miscellaneous Provisions) Bill": a capitalised word right before the mention,
# itself after a word of its sentence (not after a sentence's end or a line's start).
_CAPITALISED_BEFORE = re.compile(r"[\w,;)][ \t]+\(?([A-Z][a-z]+)\)?[ \t]+$")


def without_determined_given_names(
    mentions: dict[str, list[Mention]], texts: dict[str, str]
) -> dict[str, list[Mention]]:
    """Each article's mentions without the one-word given names a determiner introduces (see the
    module's doc); the records given are not changed."""
    lower_case = _LowerCaseWords(texts)
    out = {}
    for aid, ms in mentions.items():
        text = texts.get(aid) or ""
        in_full = set().union(*(_name_words(m) for m in ms))
        out[aid] = [m for m in ms if not (text and _a_determined_given_name(m, text, in_full, lower_case))]
    return out


class _LowerCaseWords:
    """The words the corpus writes in lower case, gathered on the first question (most corpora
    never ask)."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = set()
            for text in self._texts.values():
                self._words |= N.lower_case_words(text or "")
        return word in self._words


def _a_determined_given_name(m: Mention, text: str, in_full: set[str], lower_case: _LowerCaseWords) -> bool:
    """A one-word given name NER calls a person, with a determiner or a capitalised common word
    right before it and none of the exceptions of the module's doc; `in_full`: the article's
    `_name_words`."""
    word = m.surface.strip()
    if m.label != "PERSON" or " " in word or N.bare(word) not in N.GIVEN_NAMES or N.bare(word) in in_full:
        return False
    if re.match(r"[’']", text[m.end : m.end + 1]):
        return False  # "the Stefan's murder": a person's, however written
    before = text[max(0, m.start - 40) : m.start]
    if _DETERMINED.search(before):
        return True
    common = _CAPITALISED_BEFORE.search(before)
    return common is not None and _a_common_word(common.group(1), lower_case)


def _a_common_word(word: str, lower_case: _LowerCaseWords) -> bool:
    """Whether a capitalised word is a common word of the corpus, not a title or a given name
    ("Finance", "About"; not "Prince", "Professor", "Father", "Rab")."""
    low = word.lower()
    if low in PERSON_TITLES_BEFORE or low in HONORIFICS or N.bare(word) in N.GIVEN_NAMES:
        return False
    if (low in TITLE_WORDS or low in SPEAKER_TITLES) and low not in PORTFOLIO_WORDS:
        return False  # "Professor Bill", "Father Bill"; a portfolio's word is common ("the Finance Bill")
    return low in lower_case


def _name_words(m: Mention) -> set[str]:
    """The words a person's full name gives its article: its first name ("Wim" of Wim Kok), and
    its surname after a given name ("James" of David James); not "Bill" of a "Terrorism Bill" NER
    took for a person."""
    words = m.surface.split()
    if m.label != "PERSON" or len(words) < 2:
        return set()
    return {N.bare(words[0])} | ({N.bare(words[-1])} if N.starts_with_given_name(m.surface) else set())
