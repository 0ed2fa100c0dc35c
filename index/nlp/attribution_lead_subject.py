"""Whom the news lead's indefinite subject stands for when its noun is neither a person's role nor
a firm's: "A bookmaker has stopped taking bets on Celebrity Big Brother after claiming “sensitive
information” ... had been leaked." is William Hill, the name the next sentence opens with ("William
Hill made the move after ..."), as "A US airline attendant suspended over “inappropriate images”"
is Ellen Simonetti ("Ellen Simonetti, known as Queen of the Sky, wrote"). The lead introduces
someone by a description and the next sentence names them as its subject; a person's role in the
lead is attribution_descriptions._named_after_the_lead's. Only a description that opens the lead
(its subject) and a name that opens the next sentence: a person's or an organisation's, not a
place's, nor one owning something ("William Hill's odds"); and only for a quotation after the
lead's verb: one inside the words between the subject and its verb ("A US airline attendant
suspended over “inappropriate images” on her blog says") is what the subject is described by, not
what it says, and stays with the description."""

from __future__ import annotations

import re

from .attribution_context import PERSON_NAME_LABELS, Context, Entity, Found, sent_index
from .quotes import QuoteSpan


def named_opening_the_next(ctx: Context, f: Found, quote: QuoteSpan) -> Entity | None:
    """The person or organisation whose name opens the article's second sentence, for the
    description f that opens its first ("A bookmaker has stopped ...") and says the quotation
    after its cue; else None."""
    if f.start is None or len(ctx.sents) < 2 or sent_index(ctx.sents, f.start) != 0:
        return None
    if f.cue and ctx.text.startswith(f.cue, f.start) and quote.start < f.start + len(f.cue):
        return None  # the quotation is inside the cue, between the subject and its verb
    if not re.match(r"(?:A|An)\s", ctx.text[f.start : f.end or f.start]):
        return None
    if ctx.text[ctx.sents[0][0] : f.start].strip():
        return None  # the description is not the lead's subject
    s1 = ctx.sents[1][0]
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if ent.start < s1 or inq:
            continue
        if ctx.text[s1 : ent.start].strip() or ent.label not in PERSON_NAME_LABELS | {"ORG"}:
            return None
        if re.match(r"['’]s\b", ctx.text[ent.end : ent.end + 2]):
            return None  # "William Hill's odds": what the name owns is the subject
        return ent
    return None
