"""Whom "he" and "she" may stand for: each person's gender as the article itself shows it.

Evidence, strongest first: a word before the mention that says it ("Mrs Howard", "Lord Browne",
"spokeswoman Jane Roe"; it holds for that mention alone, since "Mr Howard" and "Mrs Howard" are
two people), a common given name ("Alicia Keys"), and the pronouns the article uses for the
person (in a sentence where that person is the only one named before the pronoun: "Keys said
she was ..."). Evidence that disagrees leaves the gender unknown: a pronoun is then resolved as
before, by nearness, and a known gender only ever rules a candidate out.
"""

from __future__ import annotations

from typing import Any

import re
from collections import defaultdict

from ..entities.names import fold_case, speaker_name
from ..lexicon import (
    FEMALE_GIVEN_NAMES,
    FEMALE_PRONOUNS,
    FEMALE_WORDS,
    MALE_GIVEN_NAMES,
    MALE_PRONOUNS,
    MALE_WORDS,
    alternation,
)

# Whole words (a word boundary on both sides), so the order of the words is of no matter.
_PRONOUN = re.compile(r"\b" + alternation(MALE_PRONOUNS | FEMALE_PRONOUNS) + r"\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def gender_of_pronoun(word: str) -> str | None:
    """ "m" for he/him/his, "f" for she/her/hers, None for any other word."""
    w = word.lower()
    return "m" if w in MALE_PRONOUNS else "f" if w in FEMALE_PRONOUNS else None


def word_gender(word: str) -> str | None:
    """The gender a title or relation word says ("Mrs", "Lord", "spokeswoman")."""
    w = word.lower().rstrip(".")
    return "m" if w in MALE_WORDS else "f" if w in FEMALE_WORDS else None


def mention_gender(text: str, start: int, end: int) -> str | None:
    """What the mention's own words say: a title before it or as its first word."""
    first = text[start:end].split()
    if first:
        g = word_gender(first[0])
        if g:
            return g
    m = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return word_gender(m.group(1)) if m else None


# Given names the lexicon lists for one gender that the news gives as often to the other (Kim
# Collins and Kim Clijsters, Andrea Pirlo and Andrea Corr, Nicola Sturgeon and Nicola Berti):
# no evidence either way; the article's titles and pronouns decide.
_EITHER_GENDER = {"kim", "andrea", "nicola", "jean", "kelly"}


def given_name_gender(name: str, alone: bool = False) -> str | None:
    """The gender of the first of two or more words of a name, when it is a common given name
    (not one given to both); alone: a name of one word too ("Melanie"), for a person the article
    names by no other."""
    words = speaker_name(name).split()
    if not words or (len(words) < 2 and not alone):
        return None
    w = fold_case(words[0])
    if w in _EITHER_GENDER:
        return None
    return "m" if w in MALE_GIVEN_NAMES else "f" if w in FEMALE_GIVEN_NAMES else None


class Genders:
    """Each person of an article (by the fullest form of their name) -> "m", "f" or None."""

    def __init__(self, text: str, sents, persons, fullest, quotes):
        """persons: the article's person entities (start, end, text); fullest: entity -> the
        fullest form of its name; quotes: spans whose words are nobody's evidence here."""
        self.text = text
        votes: dict[str, dict[str, float]] = defaultdict(lambda: {"m": 0.0, "f": 0.0})
        full = {id(e): fullest(e) for e in persons}
        keyed = [(e, fold_case(full[id(e)])) for e in persons]
        for e, key in keyed:
            g = mention_gender(text, e.start, e.end)
            if g:
                votes[key][g] += 3
        for key, name in {k: full[id(e)] for e, k in keyed}.items():
            g = given_name_gender(name, alone=True)
            if g:
                votes[key][g] += 2
        for s, t in sents:
            inside = [(e, k) for e, k in keyed if s <= e.start < t]
            if not inside:
                continue
            for m in _PRONOUN.finditer(text, s, t):
                if any(q.start <= m.start() < q.end for q in quotes):
                    continue
                before = {k for e, k in inside if e.end <= m.start()}
                if len(before) == 1:
                    votes[before.pop()][gender_of_pronoun(m.group())] += 1
        self.by_person = {k: _decide(v) for k, v in votes.items()}
        self._fullest = fullest

    def of(self, ent: Any) -> str | None:
        """The gender of the person this mention names: its own title first, then the person's."""
        return mention_gender(self.text, ent.start, ent.end) or self.by_person.get(fold_case(self._fullest(ent)))


def _decide(v: dict[str, float]) -> str | None:
    """The gender with clearly more evidence (twice the other's), else unknown."""
    if v["m"] > 2 * v["f"]:
        return "m"
    if v["f"] > 2 * v["m"]:
        return "f"
    return None
