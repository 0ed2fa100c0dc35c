"""Attribution's pass over a pronoun's speaker of the other gender: "the first minister said his
comments had been distorted ... . He told Ms Sturgeon: “...”" (helper spk14b, session 14).

"He" there hands its sentence's quote to the description before it ("the first minister"), and
attribution_descriptions makes that description the person in focus, the subject of the sentence
before it ("Nicola Sturgeon wrote to Mr McConnell"): a woman for "He". The pronoun's gender is
lost on the way. A speaker reached from "he" or "she" whom the article shows to be of the other
gender ("Ms Sturgeon", "Nicola Sturgeon ... her") is wrong: the one person of the pronoun's gender
named in that speaker's sentence takes the quote ("Mr McConnell", whom she wrote to), else no
one does (unattributed is better than wrong).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution_context import PERSON_NAME_LABELS, Context, Entity, Found, named, sent_index
from .attribution_gender import gender_of_pronoun

# the cue opens on the pronoun that is the speech verb's subject ("He told", "she added")
_PRONOUN_CUE = re.compile(r"(?:He|he|She|she)\b")


def pronoun_of_the_other_gender(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Each quote whose cue's "he" or "she" went to a person of the other gender: the one person
    of the pronoun's gender named in that person's sentence, else unattributed."""
    out = list(found)
    for n, f in enumerate(found):
        if f is None or f.start is None or f.end is None or not f.cue or f.how == "description":
            continue
        m = _PRONOUN_CUE.match(f.cue)
        if m is None:
            continue
        want = gender_of_pronoun(m.group())
        ent = ctx.names.at(f.start, f.end, PERSON_NAME_LABELS)
        if ent is None or ctx.genders.of(ent) not in ("m", "f") or ctx.genders.of(ent) == want:
            continue
        other = _one_of_gender(ctx, ent, want)
        if other is not None:
            out[n] = named(other, ctx.names.fullest(other), f.cue, how="pronoun")
        else:
            out[n] = replace(f, speaker=None, start=None, end=None, label=None, how="description")
    return out


def _one_of_gender(ctx: Context, ent: Entity, want: str) -> Entity | None:
    """The only person of gender want, by the article's evidence, named in ent's sentence outside
    quotations; else None."""
    s, e = ctx.sents[sent_index(ctx.sents, ent.start)]
    people = {
        ctx.names.fullest(x): x
        for x, inq in zip(ctx.names.ents, ctx.names.inq)
        if s <= x.start < e and not inq and x.label in PERSON_NAME_LABELS and ctx.genders.of(x) == want
    }
    return next(iter(people.values())) if len(people) == 1 else None
