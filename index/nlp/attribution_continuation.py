"""Attribution passes for quotations that go on from a speaker across the reporter's words.

News reports run a speaker's words over several paragraphs and break them with a sentence of
their own, and neither the quotation nor that sentence says again who speaks:

- "David Monteith says his firm is the only company to ... / “There are quite a few ...”": a
  paragraph of quotation right after a paragraph of reported speech is that speaker's
  (`after_reported_speech`);
- "“... differences.” Sonaptic hopes the technology will ... “Handhelds often have ...”": a
  quotation after a sentence of the reporter's that names no person, says no one spoke and
  describes no one, goes on from the quotation before it (`across_an_aside`); so does one after a
  single sentence about that speaker ("she plans to ...") or about a thing that names no one else
  as a subject (attribution_aside_subject).

Either needs the quote to have no attribution of its own; anything else (a person named, a
speech verb, "critics", "the minister") leaves it as it was: unattributed is better than wrong.
Each pass returns every quote's attribution, as attribution.PASSES do.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import GOES_ON_VERBS, alternation
from .attribution_reported_paragraph import reported_paragraph_speaker, reporting_subject
from .attribution_names_someone import names_someone
from .attribution_aside_subject import aside_about_the_speaker
from .attribution_context import Context, Found, only_quotes, own_words, sent_index

if TYPE_CHECKING:
    from .quotes import QuoteSpan


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def standalone(ctx: Context, n: int) -> bool:
    """The quote's own sentences have no words of the reporter's."""
    q = ctx.quotes[n]
    own = ctx.region(q)[0]
    return bool(own) and not any(re.search(r"[A-Za-z]", own_words(ctx.text, ctx.sents[k], q, ctx.quotes)) for k in own)


def reported_speech_sentence(text: str, sents, quotes, q) -> int | None:
    """The last sentence of the paragraph before q's, when q opens a paragraph of quotation only and
    that sentence holds no quotation: the sentence whose speaker q may go on from (a quotation
    earlier in that paragraph may be someone else's: "Kemp responded: “...”. The catastrophe was
    ..., Mr Howard said. / “We watched ...”")."""
    if not sents or not only_quotes(text, q, quotes):
        return None
    ps, _ = _paragraph(text, q.start)
    if ps < 2:
        return None
    prev_end = len(text[: ps - 1].rstrip())
    pps, _ = _paragraph(text, max(0, prev_end - 1))
    if not text[pps:prev_end].strip():
        return None
    j = sent_index(sents, prev_end - 1)
    start = max(pps, sents[j][0])
    return None if any(start <= o.end and o.start < prev_end for o in quotes) else j


def reported_speaker(ctx: Context, q: QuoteSpan) -> Found | None:
    """The person the sentence before q's paragraph reports as speaking (`reported_speech_sentence`):
    the subject of its speech verb, a name the article gives a person."""
    j = reported_speech_sentence(ctx.text, ctx.sents, ctx.quotes, q)
    return reporting_subject(ctx, j) if j is not None else None


def after_reported_speech(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """ "X says his firm is the only company to ... ." and then a paragraph of quotation with no
    attribution: X's, when X, a person the article names, is the subject of that sentence's
    speech verb."""
    out = list(found)
    for n, q in enumerate(ctx.quotes):
        if out[n] is None:
            out[n] = reported_speaker(ctx, q) or reported_paragraph_speaker(ctx, q)
            # "..., argues Mr Donofrio. The hype is over ... . / “...” But ..." (attribution_reported_paragraph)
    return out


def across_an_aside(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A quotation of sentences of its own, in the paragraph of the quotation before it, after at
    most two sentences of the reporter's that name, describe and quote no one: the speaker before
    goes on ("“... differences.” Sonaptic hopes ... . “Handhelds often ...”")."""
    out = list(found)
    for n in range(1, len(ctx.quotes)):
        p, q = ctx.quotes[n - 1], ctx.quotes[n]
        prev = out[n - 1]
        if out[n] is not None or prev is None or prev.speaker is None or prev.how == "description":
            continue
        if "\n" in ctx.text[p.end : q.start] or not standalone(ctx, n):
            continue
        pi = sent_index(ctx.sents, max(p.start, p.end - 1))
        qi = sent_index(ctx.sents, q.start)
        # the words after the sentence the quotation before ends in (its own attribution is its)
        if not 1 <= qi - pi <= 3:
            continue
        if names_someone(ctx, max(p.end + 1, ctx.sents[pi][1]), q.start - 1, known_non_persons=True) and not (
            qi - pi == 2 and aside_about_the_speaker(ctx, pi + 1, prev)
        ):
            continue  # an aside that may be someone else's turn, unless about the speaker or a thing
        out[n] = prev
    return out


# "X added:", "X continued:" right after a quotation: X spoke just before too
GOES_ON_CUE = re.compile(
    r"^[\s\"”’']*(?:[A-Z][\w’'.-]*\s+){1,3}(?:also\s+)?" + alternation(GOES_ON_VERBS) + r"\s*[:,]?\s*[\"“‘']?\s*$"
)


def between_the_same_speaker(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A quotation with no attribution between two of the same speaker's in one paragraph, the
    second opened with "X added:" ("“...,” Souness told BBC Sport. The SFA has appointed Tommy
    Burns ... . “He fits the bill ...” Souness added: “...”"): X's, whom "added" says spoke just
    before; not when the one before is someone else's ("Simpson-Daniel added" after Melville)."""
    out = list(found)
    for n in range(1, len(ctx.quotes) - 1):
        prev, nxt = out[n - 1], out[n + 1]
        if out[n] is not None or prev is None or nxt is None or prev.how == "description" or nxt.how == "description":
            continue
        if not prev.speaker or prev.speaker != nxt.speaker:
            continue
        p, q, r = ctx.quotes[n - 1], ctx.quotes[n], ctx.quotes[n + 1]
        if "\n" in ctx.text[p.end : r.start] or not GOES_ON_CUE.match(ctx.text[q.end : r.start]):
            continue
        out[n] = nxt
    return out
