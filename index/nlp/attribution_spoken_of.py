"""Attribution: a "he" or "she" speaker whose quote speaks of the person the sentence before is
about, after a sentence in which someone else spoke of that person.

"Barbarians coach Bob Dwyer warned that South African flanker Schalk Burger needed a proper
off-season break ... . Burger, 21, was recently crowned player of the year ... . “It's his first
year at that level and he was phenomenal ... . I don't think he's played anywhere near that level
on tour,” he said.": Burger is the subject of the sentence before the quote, but the quote speaks
of a man as "he" and "his", which is how one speaks of someone else; the man who spoke of Burger
one sentence earlier (Dwyer "warned that ... Burger ...") goes on speaking (issue 10, session 17,
spk17; bbc-sport-382). Only when the sentence about the person has nobody speak in it, and the one
before it has a person of the pronoun's gender speak with a clause that names that person: without
that evidence the subject of the sentence before stands (a player who "joined in 2003" may well
say “he gave me a chance”).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..entities.names import fold_case, speaker_name
from ..lexicon import CLAUSE_DEPS, FEMALE_PRONOUNS, MALE_PRONOUNS, SUBJECT_DEPS, alternation
from .attribution_context import (
    PERSON_NAME_LABELS,
    Context,
    Entity,
    is_speech,
    sentence_before,
)

if TYPE_CHECKING:
    from .quotes import QuoteSpan

_THIRD = {"m": r"\b" + alternation(MALE_PRONOUNS) + r"\b", "f": r"\b" + alternation(FEMALE_PRONOUNS) + r"\b"}


def speaker_of_the_one_spoken_of(
    ctx: Context, about: Entity, j: int, want: str, said: list[QuoteSpan]
) -> Entity | None:
    """The person who spoke of `about` in the sentence before sentence j (whose subject `about`
    is), when the quotes `said` speak of someone of the pronoun's gender (`want`) in the third
    person and nobody speaks in sentence j; else None."""
    if want not in _THIRD or not any(re.search(_THIRD[want], ctx.text[q.start : q.end], re.I) for q in said):
        return None
    doc = ctx.parsed.get(j)
    if doc is None or any(is_speech(t) for t in doc):
        return None  # "Burger said he ...": he speaks himself
    i = sentence_before(ctx.text, ctx.sents, j, ctx.quotes)
    before = ctx.parsed.get(i) if i is not None else None
    if before is None:
        return None
    base = ctx.sents[i][0]
    surname = fold_case(speaker_name(about.text).split()[-1]) if speaker_name(about.text) else ""
    for verb in (t for t in before if is_speech(t)):
        clause = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
        if not surname or not any(fold_case(t.text) == surname for c in clause for t in c.subtree):
            continue  # the verb's clause does not speak of the person
        for c in verb.children:
            if c.dep_ not in SUBJECT_DEPS:
                continue
            ent = ctx.names.at(base + c.idx, base + c.idx + len(c), PERSON_NAME_LABELS)
            if ent is None or ctx.genders.of(ent) not in (want, None):
                continue
            name = speaker_name(ent.text)
            if name and fold_case(name.split()[-1]) != surname:
                return ent
    return None
