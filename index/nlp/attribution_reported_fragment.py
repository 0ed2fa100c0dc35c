"""A phrase quoted in the sentence right after one that reports what a source said (issue 10,
session 16, helper frag16): "The eight central European states ... will see 4.6% growth, the
United Nations Economic Commission for Europe (UNECE) said. In contrast, the 12 Euro zone
countries will put in a “lacklustre” performance", "Cadbury said its underlying sales were up by
4% in 2004. Growth was helped by its confectionery brands ... which enjoyed a “successful” year",
"According to NIESR, ... . Should the cycle end a year earlier, then the chances improve to
“50/50”". The reporter goes on with the source's statement without saying again who makes it, and
the phrase in marks is the source's word for it: an organisation's as much as a person's.

Narrowly: the quote is a phrase within the reporter's sentence (words of the reporter's before it
in its sentence, at most _MOST_WORDS words); the sentence before is in the same paragraph and has a
verb of reported speech that governs a clause ("said [the states will see ...]") or "according
to", whose subject the speech-verb rule resolves (a name, a pronoun's antecedent, a description),
one source only; the marks hold no term or title (`_a_term`);
the phrase's own sentence has no source of its own: no person named, no verb of speaking or of a
view held, no noun for people as a subject ("a Big Brother spokeswoman was “satisfied”"), and no
name of a person, an organisation or a people (nor "he", "she") as its main verb's subject, who
could be speaking instead; and the source is no "they" or "we", whose antecedent is too often
misread. Anything else leaves the quote unattributed, which is better than wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .attribution_context import PERSON_NAME_LABELS, Context, Found, according, is_speech, sent_index
from .attribution_speech_verbs import Cue, cue_text, speaker_of
from ..lexicon import FRAGMENT_OWNER_VERBS, HUMAN_NOUNS, NOT_REPORTING_A_STATEMENT, REPORTING_LEMMAS, VOICE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Range
    from .quotes import QuoteSpan

# a phrase of the source's, not a sentence of its own
_MOST_WORDS = 12
# verbs of a view held, whose subject owns a phrase in the sentence ("respondents believed")
_THINKING = REPORTING_LEMMAS | FRAGMENT_OWNER_VERBS
# a source too often misread to pass on ("they say ...": the Child Trust Fund for the Lib Dems)
_GROUP_PRONOUNS = {"they", "we"}


def reported_sentence_before(text: str, sents: list[Range], q: QuoteSpan) -> int | None:
    """The sentence before q's, in q's paragraph, when q is a phrase within its own sentence (the
    reporter's words before it there): the sentence whose statement q's may go on; else None."""
    if not sents or len(re.findall(r"[\w’'/-]+", text[q.start : q.end])) > _MOST_WORDS:
        return None
    k = sent_index(sents, q.start)
    para = text.rfind("\n", 0, q.start) + 1
    if k < 1 or sents[k - 1][0] < para or sent_index(sents, max(q.start, q.end - 1)) != k:
        return None
    if not re.search(r"[A-Za-z]{2}", text[max(sents[k][0], para) : q.start]):
        return None  # no words of the reporter's before it: a quotation, not a phrase
    return k - 1


def fragment_after_report(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Each unattributed phrase in the sentence after a reported statement (as the module says):
    the statement's source."""
    out = list(found)
    for n, q in enumerate(ctx.quotes):
        if out[n] is not None:
            continue
        j = reported_sentence_before(ctx.text, ctx.sents, q)
        if j is None or _has_a_source(ctx, q, j + 1) or _a_term(ctx, q, j + 1):
            continue
        source = _reported_source(ctx, q, j)
        if source is not None:
            out[n] = source
    return out


def _has_a_source(ctx: Context, q: QuoteSpan, k: int) -> bool:
    """q's sentence names a person, has a verb of speaking or of a view held, a noun for people as
    a subject, or a name of someone who could speak (or "he"/"she") as its main verb's subject."""
    s, e = ctx.sents[k]
    if any(s <= ent.start < e and ent.label in PERSON_NAME_LABELS for ent in ctx.names.ents):
        return True
    doc = ctx.parsed.get(k)
    if doc is None:
        return True  # unread: say nothing
    inside = ctx.inside(s)
    for tok in doc:
        if any(a <= tok.idx < b for a, b in inside):
            continue
        if is_speech(tok) or (tok.pos_ == "VERB" and tok.lemma_.lower() in _THINKING):
            return True  # a verb of speaking or thinking ("64 respondents believed"), not the noun "brands"
        if tok.dep_ in ("nsubj", "nsubjpass") and _people_noun(tok):
            return True  # "However, a Big Brother spokeswoman was “satisfied”": hers, or no one's
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
            if tok.lower_ in ("he", "she"):
                return True
            if ctx.names.at(s + tok.idx, s + tok.idx + len(tok), VOICE_LABELS) is not None:
                return True
    return False


def _a_term(ctx: Context, q: QuoteSpan, k: int) -> bool:
    """The marks hold a term or a name rather than anyone's words: a quotation after a colon (its
    own, introduced), words all capitalised (a title: "Hartz IV"), one noun ("gadget",
    "triple-play", "adults"), a noun modifying the noun after the marks ("“chip and pin” cards",
    "“fast track” prosecution systems"), or a phrase in apposition to a noun."""
    if ctx.text[: q.start].rstrip(" \"“‘'").endswith(":"):
        return True
    words = re.findall(r"[A-Za-z][\w’'-]*", ctx.text[q.start : q.end])
    if words and all(w[0].isupper() for w in words):
        return True
    base, doc = ctx.sents[k][0], ctx.parsed.get(k)
    if doc is None:
        return True  # unread: say nothing
    within = [t for t in doc if q.start <= base + t.idx < q.end and not t.is_punct]
    heads = [t for t in within if not q.start <= base + t.head.idx < q.end or t.head.i == t.i]
    if len(words) == 1 and heads and all(t.pos_ in ("NOUN", "PROPN") for t in heads):
        return True
    if any(t.dep_ == "appos" for t in heads):
        return True
    nxt = next((t for t in doc if base + t.idx >= q.end and not t.is_punct), None)
    # a noun right after the marks that the last noun in them modifies: "“end of life” programmes"
    return bool(within) and within[-1].pos_ == "NOUN" and nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower


def _people_noun(tok: Token) -> bool:
    """A noun for a person or people ("spokeswoman", "analysts"), who could speak the phrase."""
    if tok.pos_ != "NOUN":
        return False
    low, lem = tok.lower_, tok.lemma_.lower()
    return bool({low, lem, low.removesuffix("s")} & HUMAN_NOUNS)


def _reported_source(ctx: Context, q: QuoteSpan, j: int) -> Found | None:
    """Who sentence j reports as speaking: the subject of its highest verb of reported speech that
    governs a clause (or of "according to"), as the speech-verb rule resolves it."""
    doc = ctx.parsed.get(j)
    if doc is None:
        return None
    base = ctx.sents[j][0]
    inside = ctx.inside(base)
    verbs = [t for t in doc if _reports_a_clause(t) and not any(a <= t.idx < b for a, b in inside)]
    sources = []
    for tok in sorted(verbs, key=lambda t: len(list(t.ancestors))):
        cue = Cue(0, 1000, tok, base, inside)
        found, subj = speaker_of(ctx, q, cue)
        if subj is not None and subj.lower_ in _GROUP_PRONOUNS:
            continue  # "Now they say ...": whom "they" stands for is too often misread
        if found is not None and found.speaker:
            sources.append(replace(found, cue=cue_text(ctx, cue, found, subj)))
    if len({f.speaker for f in sources}) != 1:
        return None  # "According to a statement from X's office, the Marsh executive admitted": whose?
    return sources[0]


def _reports_a_clause(tok: Token) -> bool:
    """ "said [the states will see ...]", "warned that ...", "according to X": a statement reported."""
    if according(tok):
        return True
    if not is_speech(tok) or tok.lemma_.lower() in NOT_REPORTING_A_STATEMENT:
        return False
    return any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or tok.dep_ in ("parataxis",)
