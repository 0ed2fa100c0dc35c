"""Attribution: do the reporter's words between two quotations name anyone, describe anyone, or say
that anyone speaks?

The passes that carry a speaker across the reporter's words ask it: a quotation after "Sonaptic
hopes ..." goes on from the speaker before (attribution_continuation's aside), one after "Since the
formation of the Premier League ..." from the sentence of reported speech before that
(attribution_reported_in_paragraph's background), and one after "would" in the next sentence from
the person quoted in the last (attribution_backshifted). Where the words name someone, the
quotation may be theirs: the pass leaves it, as unattributed is better than wrong.
"""

from __future__ import annotations

import re

from ..lexicon import FIRM_NOUNS, INSTITUTIONS, PEOPLE_NOUNS, PERSON_ROLES, PERSON_TITLES_BEFORE, SPEECH_LEMMAS
from .attribution_context import PERSON_NAME_LABELS, Context, outside
from .attribution_pronouns import known_as_no_person


def _forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", stem + "ing"}
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return out


# Words that say someone speaks or is described in the reporter's sentence: then the quotation
# after it may be theirs, and no pass gives it to the speaker before.
SPEECH_WORDS = {f for lem in SPEECH_LEMMAS for f in _forms(lem)} | {
    "said",
    "told",
    "wrote",
    "written",
    "spoke",
    "according",
    "quoted",
}
# a firm, a network, a paper is a thing the reporter may write about between one speaker's
# words ("working with network Vodafone"); people, and bodies whose members speak, are not
_THINGS = {"network", "newspaper", "outlet", "paper", "organisation", "organization"}
PEOPLE_WORDS = (PERSON_ROLES | PERSON_TITLES_BEFORE | PEOPLE_NOUNS) - INSTITUTIONS - FIRM_NOUNS - _THINGS
PERSON_PRONOUNS = {"he", "she", "they", "him", "her", "them", "i", "we"}


def names_someone(
    ctx: Context,
    s: int,
    e: int,
    *,
    people: bool = True,
    known_non_persons: bool = False,
    other_names_aside: bool = False,
) -> bool:
    """The reporter's words in [s, e) name a person or have a word of speaking, or (people) a
    person's pronoun or a word for people ("the minister", "critics").

    Each caller keeps the reading it had:
    people=False, only names and speech count (attribution_backshifted: whom the reported clause
    is about, "the government and its partners", may be people); known_non_persons, a name the
    lexicon knows as a party's or a place's names no one, whatever NER labelled it
    (attribution_continuation: "Lesotho's currency, the maloti, ..."); other_names_aside, the
    words of other names are not read ("Premier" of "the Premier League" is no premier:
    attribution_reported_in_paragraph)."""
    for ent in ctx.names.ents:
        if s <= ent.start < e and ent.label in PERSON_NAME_LABELS:
            if not (known_non_persons and known_as_no_person(ctx, ent)):
                return True
    words = outside(ctx.text, s, e, ctx.quotes)
    if other_names_aside:
        words = _names_blanked(ctx, s, e, words)
    for w in re.findall(r"[A-Za-z]+", words):
        low = w.lower()
        if low in SPEECH_WORDS:
            return True
        single = low[:-1] if low.endswith("s") else low
        if people and (low in PERSON_PRONOUNS or low in PEOPLE_WORDS or single in PEOPLE_WORDS):
            return True
    return False


def _names_blanked(ctx: Context, s: int, e: int, words: str) -> str:
    """words (the text of [s, e)) with the characters of every name the article's NER found blanked."""
    chars = list(words)
    for ent in ctx.names.ents:
        for i in range(max(s, ent.start), min(e, ent.end)):
            chars[i - s] = " "
    return "".join(chars)
