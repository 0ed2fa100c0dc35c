"""Whom a "he" or "she" that is the subject of a sentence stands for, as the person in focus of a
description after it: "Mr Blair said abuses would be weeded out ... . That would probably create a
fall in the migrant numbers, he said. The prime minister ridiculed the Tory plans ... . He
challenged the Tories ... - what he called a “fantasy island”". The reporter's "he" keeps the
person in focus, so "the prime minister" in the next sentence is that person, as it would be after
a sentence with the name as its subject (attribution_descriptions.person_in_focus). Only for a
description that opens its sentence, as its subject: one further in ("the party's rules give the
chair of the board power to call", after "If she did") is someone else as often as not."""

from __future__ import annotations

import re

from ..lexicon import GENERIC_MODIFIERS, OFFICE_QUALIFIERS, SENTENCE_OPENERS, TITLE_WORDS, alternation
from .attribution_context import Context, Entity, sent_index
from .attribution_pronouns import gendered_antecedent, pronoun_subject


# words before a description's head that leave it the plain title of whom the article is about
# ("the prime minister"), unlike those of another office ("the shadow chancellor") or of someone
# told apart ("the Birchfield Harrier")
_TITLE_MODIFIERS = (TITLE_WORDS | GENERIC_MODIFIERS) - OFFICE_QUALIFIERS
# the words a sentence may open with before its subject
_OPENING = re.compile(r"\s*(?:" + alternation(SENTENCE_OPENERS + ("Meanwhile",)) + r",?\s+)?(?:[Tt]he\s+)?")


def person_behind_pronoun(ctx: Context, j: int, start: int, end: int, modifiers: list[str]) -> Entity | None:
    """The person named before whom the "he" or "she" subject of parsed sentence j stands for
    (attribution_pronouns.gendered_antecedent), for the description at start that opens the
    sentence after j (ending at end) with these words before its head. None when the description
    says another office or someone told apart (modifiers outside _TITLE_MODIFIERS), is further in
    its sentence or named in apposition, or sentence j's subject is no such pronoun, or the
    pronoun stands for a description."""
    if any(w not in _TITLE_MODIFIERS for w in modifiers):
        return None  # "The shadow chancellor called it ..." after "he" (Mr Brown): another office
    doc = ctx.parsed.get(j)
    if doc is None:
        return None
    k = sent_index(ctx.sents, start)
    if not _OPENING.fullmatch(ctx.text[ctx.sents[k][0] : start]):
        return None
    if re.match(r",\s+[A-Z]", ctx.text[end:]):
        return None  # "The unidentified woman's lawyer, Dolores M Troiani, said": someone named
    for want in ("m", "f"):
        subj = pronoun_subject(doc, want)
        if subj is not None:
            found = gendered_antecedent(ctx, subj, ctx.sents[j][0])
            return found if isinstance(found, Entity) else None
    return None
