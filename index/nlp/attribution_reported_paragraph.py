"""A paragraph of reported speech whose speaker its first sentence names (issue 10, session 11,
helper fresh8a): "We are in a different phase now ..., argues Mr Donofrio, ... . The hype and
over-promise is over and ... ." then a paragraph that opens with a quotation with no cue of its
own ("“In the dotcom era, ...” “...” But change ..., he says, ..."). attribution_continuation
reads only the last sentence before a paragraph of quotation alone; here the paragraph need only
open with the quotation, and when that last sentence names no one, the sentence before it in the
same paragraph is read too: its speech verb's subject goes on speaking. A participle of speech
with no subject of its own speaks for its clause's subject ("X hit back at the heckler, saying the
union ... . / “...”": X's; issue 10, session 20, helper spk20q, on US news).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import NOT_REPORTING_A_STATEMENT, REPORTING_LEMMAS, SPEECH_LEMMAS, VOICE_LABELS
from .attribution_context import PERSON_NAME_LABELS, Context, Found, is_speech, named, sent_index

if TYPE_CHECKING:
    from ..records import Range
    from .quotes import QuoteSpan

# The verbs of reported speech whose subject a paragraph of quotation after goes on from


def earlier_reported_sentence(text: str, sents: list[Range], quotes: list[QuoteSpan], last: int) -> int | None:
    """The sentence before `last` (the last of the paragraph before a quotation's) when it is in
    the same paragraph and holds no quotation, or None."""
    if last < 1:
        return None
    s, e = sents[last - 1]
    para = text.rfind("\n", 0, sents[last][0]) + 1
    if s < para or any(q.start < e and s < q.end for q in quotes):
        return None
    return last - 1


def paragraph_before(text: str, sents: list[Range], quotes: list[QuoteSpan], q: QuoteSpan) -> int | None:
    """The last sentence of the paragraph before q's, when q opens its paragraph (a quotation
    first, whatever follows) and that sentence holds no quotation, or None."""
    if not sents:
        return None
    para = text.rfind("\n", 0, q.start) + 1
    if para < 2 or text[para : q.start].strip(" \"“‘'"):
        return None
    prev_end = len(text[: para - 1].rstrip())
    if prev_end == 0:
        return None
    j = sent_index(sents, prev_end - 1)
    s, e = sents[j]
    if text.rfind("\n", 0, prev_end) + 1 > e or any(o.start < prev_end and s < o.end for o in quotes):
        return None
    return j


def reported_paragraph_speaker(ctx: Context, q: QuoteSpan) -> Found | None:
    """The person the paragraph before q's reports as speaking (`paragraph_before`): the subject of
    the speech verb of its last sentence, else, when that sentence names no one (no entity of a
    person or a body: someone else may speak there), of the sentence before it."""
    last = paragraph_before(ctx.text, ctx.sents, ctx.quotes, q)
    if last is None:
        return None
    found = reporting_subject(ctx, last)
    if found is not None:
        return found
    j = earlier_reported_sentence(ctx.text, ctx.sents, ctx.quotes, last)
    s, e = ctx.sents[last]
    if j is None or any(s <= ent.start < e and ent.label in VOICE_LABELS for ent in ctx.names.ents):
        return None
    return reporting_subject(ctx, j)


def _reports(tok) -> bool:
    """A verb of reported speech ("says", "argues"); or, as the sentence's main verb, any verb of
    saying that makes a statement (session 25, US news: "Valastro praised Christie's leadership
    ... . / “We need someone who's going to ...”", "Schoen elaborated in an editorial that ...");
    not a question or words passed on ("asked", "quoted")."""
    lemma = tok.lemma_.lower()
    return lemma in REPORTING_LEMMAS or (
        tok.dep_ == "ROOT" and lemma in SPEECH_LEMMAS and lemma not in NOT_REPORTING_A_STATEMENT
    )


def reporting_subject(ctx: Context, j: int) -> Found | None:
    """The subject of sentence j's verb of reported speech (`_reports`: "X says his firm is ...",
    "X praised ..."), when it is a name the article gives a person; else None. The continuation
    rules read it too (attribution_continuation.reported_speaker)."""
    doc = ctx.parsed.get(j)
    if doc is None:
        return None
    base = ctx.sents[j][0]
    for tok in doc:
        if not is_speech(tok) or not _reports(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None and tok.tag_ == "VBG" and tok.dep_ == "advcl":
            # "X hit back at the heckler, saying the union was ...": the participle has no subject
            # of its own, its clause's is the one who speaks
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        ent = ctx.names.at(base + subj.idx, base + subj.idx + len(subj), PERSON_NAME_LABELS) if subj else None
        if ent is not None:
            return named(ent, ctx.names.fullest(ent), tok.text)
    return None
