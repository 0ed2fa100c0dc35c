"""Attribution: a quotation that goes on, in the same paragraph, from a sentence of reported
speech ("Mr Dein said that, although ..., he feared there might now be too many games being
shown. Since the formation of the Premier League ..., Premiership clubs have seen their income
from television soar. “Television has been the driving force ...”"): the reported speaker's.

attribution_reported_paragraph reads the paragraph before a quotation that opens its own; this
corpus runs paragraphs together, so the reported sentence is often in the quotation's paragraph.
The quotation must be sentences of its own (no cue of its own); the sentence right before it must
hold no quotation, and either report a person's speech itself or, naming, describing and quoting
no one (a sentence of background), follow one that does (issue 10, session 13, bbc-business-271).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import re

from .attribution_context import Context, Found, own_words, sent_index
from .attribution_continuation import standalone
from .attribution_names_someone import names_someone
from .attribution_reported_paragraph import reporting_subject

if TYPE_CHECKING:
    from ..records import Range
    from .quotes import QuoteSpan


def sentences_before_in_paragraph(text: str, sents: list[Range], quotes: list[QuoteSpan], q: QuoteSpan) -> list[int]:
    """Up to two sentences right before q's first sentence, nearest first, within q's paragraph
    and holding no quotation (a quotation before is the other passes' to read); none when q does
    not open its sentence or its sentence has words of the reporter's (only then are the
    sentences parsed for it: attribution.sentences_to_parse)."""
    if not sents:
        return []
    k = sent_index(sents, q.start)
    if text[sents[k][0] : q.start].strip(" \"“‘'") or re.search(r"[A-Za-z]", own_words(text, sents[k], q, quotes)):
        return []  # a cue of the quote's own ("..., he told the conference"): not this rule's
    para = text.rfind("\n", 0, q.start) + 1
    out: list[int] = []
    for j in (k - 1, k - 2):
        if j < 0 or sents[j][0] < para or any(o.start < sents[j][1] and sents[j][0] < o.end for o in quotes):
            break
        out.append(j)
    return out


def reported_in_paragraph(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Each quote with no attribution, of sentences of its own, right after a sentence of its
    paragraph that reports a person's speech (or after one that does and a sentence of background
    that names, describes and quotes no one): that person's."""
    out = list(found)
    for n, q in enumerate(ctx.quotes):
        if out[n] is not None or q.continued or not standalone(ctx, n):
            continue
        ks = sentences_before_in_paragraph(ctx.text, ctx.sents, ctx.quotes, q)
        if not ks:
            continue
        who = reporting_subject(ctx, ks[0])
        if who is None and len(ks) > 1 and _background(ctx, *ctx.sents[ks[0]]):
            who = reporting_subject(ctx, ks[1])
        out[n] = who
    return out


def _background(ctx: Context, s: int, e: int) -> bool:
    """The reporter's words in [s, e) name, describe and quote no one and say no one speaks (as
    attribution_continuation reads an aside), the words of other names aside: "Premier" of "the
    Premier League" is no premier."""
    return not names_someone(ctx, s, e, other_names_aside=True)
