"""Attribution pass: a quotation joined by "and", "or" or "but" to the one before it is the same
speaker's words.

'Hicks, his campaign spokeswoman, added that "many of his top executives are Jewish" and "there
will be no one stronger on Israeli-American relations than him."': the speech verb governs both
objects, but a rule that reads the parse finds it for the first only when the second is long. A
quotation left unattributed whose words outside the marks, back to the quotation before it, are
nothing but the conjunction (and a comma) on one line takes that quotation's speaker and cue. (No
test of the sentence: the sentencizer cuts inside quotations, "[Trump's]".)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution_context import Context, Found

# the marks, a comma and one conjunction between two quotations, on one line
_JOINED = re.compile(r"[\"“”‘’' \t,]*(?:and|or|but)[\"“”‘’' \t]*", re.I)


def coordinated_quotes(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote's attribution, with the one before it for a quote joined to it by a conjunction."""
    out = list(found)
    for n in range(1, len(ctx.quotes)):
        q, before = ctx.quotes[n], ctx.quotes[n - 1]
        prev = out[n - 1]
        if out[n] is not None or prev is None or prev.speaker is None or not ctx.sents:
            continue
        if _JOINED.fullmatch(ctx.text[before.end : q.start]):
            out[n] = replace(prev)
    return out
