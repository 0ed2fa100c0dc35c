"""Whom a "he" or "she" that is the subject of a sentence stands for, as the person in focus of a
description after it: "Mr Blair said abuses would be weeded out ... . That would probably create a
fall in the migrant numbers, he said. The prime minister ridiculed the Tory plans ... . He
challenged the Tories ... - what he called a “fantasy island”". The reporter's "he" keeps the
person in focus, so "the prime minister" in the next sentence is that person, as it would be after
a sentence with the name as its subject (attribution_descriptions.person_in_focus). Only for a
description that opens its sentence, as its subject (after an opening word, or a fronted phrase of
time or place that names no one: "During the debate, the Labour peer and former minister said"):
one further in ("the party's rules give the chair of the board power to call", after "If she
did") is someone else as often as not. The description's words before its head may say the
person's age, party, place or trade ("The 58-year-old US singer", "the Labour peer", "The legal
assistant"): they describe the person in focus; words of another office ("the shadow chancellor")
or of someone set against them ("the rival manager") do not.

The description may also be the speaker of the verb after a quotation ("“...,” said the Chelsea
star", after "He opted to bring Steve Finnan's cross down ..."): that slot names the one who
spoke, as the sentence's subject does; only with words before its head, as a bare "said the
woman" is as often someone the article leaves unnamed (session 24)."""

from __future__ import annotations

import re

from ..lexicon import CONTRAST_MODIFIERS, OFFICE_QUALIFIERS, SENTENCE_OPENERS, alternation
from .attribution_context import PERSON_NAME_LABELS, Context, Entity, sent_index
from .attribution_pronouns import gendered_antecedent, pronoun_subject


# words before a description's head that make it another person than the one in focus: another
# office ("the shadow chancellor"), someone set against them ("the rival manager")
_OTHER_PERSON_MODIFIERS = OFFICE_QUALIFIERS | CONTRAST_MODIFIERS
# the words a sentence may open with before its subject
_OPENING = re.compile(r"\s*(?:" + alternation(SENTENCE_OPENERS + ("Meanwhile",)) + r",?\s+)?(?:[Tt]he\s+)?")
# a quotation's closing mark and one verb before the description: "“...,” said the"
_AFTER_QUOTE = re.compile(r"[,?!.]?[”\"’]\s+[a-z]+\s+(?:[Tt]he\s+)?$")
# a fronted phrase of time or place before the subject, set off by a comma ("During the debate, ")
_FRONTED = re.compile(r"\s*(?:During|After|Before|At|In|On|Later|Earlier)\b[^,;:\"“”‘’]{1,60},\s+(?:[Tt]he\s+)?")


def person_behind_pronoun(ctx: Context, j: int, start: int, end: int, modifiers: list[str]) -> Entity | None:
    """The person named before whom the "he" or "she" subject of parsed sentence j stands for
    (attribution_pronouns.gendered_antecedent), for the description at start that opens the
    sentence after j (ending at end) with these words before its head. None when the description
    says another office or someone set against the person in focus (_OTHER_PERSON_MODIFIERS), is
    further in its sentence or named in apposition, or sentence j's subject is no such pronoun, or
    the pronoun stands for a description."""
    if any(w in _OTHER_PERSON_MODIFIERS for w in modifiers):
        return None  # "The shadow chancellor called it ..." after "he" (Mr Brown): another office
    doc = ctx.parsed.get(j)
    if doc is None:
        return None
    if not opens_its_sentence(ctx, start) and not (modifiers and after_a_quote(ctx, start)):
        return None  # (a bare "said the woman" is as often someone the article leaves unnamed)
    if re.match(r",\s+[A-Z]", ctx.text[end:]):
        return None  # "The unidentified woman's lawyer, Dolores M Troiani, said": someone named
    for want in ("m", "f"):
        subj = pronoun_subject(doc, want)
        if subj is not None:
            found = gendered_antecedent(ctx, subj, ctx.sents[j][0])
            return found if isinstance(found, Entity) else None
    return None


def after_a_quote(ctx: Context, start: int) -> bool:
    """The description at start is the speaker right after a quotation and its verb ("“...,”
    said the Chelsea star")."""
    s = ctx.sents[sent_index(ctx.sents, start)][0]
    return bool(_AFTER_QUOTE.search(ctx.text[max(s, start - 40) : start]))


def opens_its_sentence(ctx: Context, start: int) -> bool:
    """The description at start opens its sentence: after an opening word ("But the"), or after
    a fronted phrase of time or place that names no person ("During the debate, the")."""
    s = ctx.sents[sent_index(ctx.sents, start)][0]
    if _OPENING.fullmatch(ctx.text[s:start]):
        return True
    if not _FRONTED.fullmatch(ctx.text[s:start]):
        return False
    return not any(s <= e.start < start and e.label in PERSON_NAME_LABELS for e in ctx.names.ents)
