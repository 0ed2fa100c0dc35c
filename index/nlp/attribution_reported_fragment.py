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

Two steps further back (issue 10, session 21, helper spk21f), for a named source only (a person or
an organisation by name as the speech verb's subject, or "it"/"he"/"she" standing for one: not "The
tenants' letter to the Harbour Trust says") of reported speech (the sentence is no quotation with its
cue: '“...,” he added. And that is true. The election will be decided on
“the economy stupid”' is the reporter's): the statement two sentences back in the paragraph, when
the sentence between names no one, says no one speaks and holds no quotation ("Lord Woolf said
the current rules were not written down ... . But that situation could change with new legal
reforms. The issue had been “overlooked” when ..."); and the last sentence of the paragraph before,
when the phrase is in the paragraph's first sentence ("Suggestions that ... are wrong, Ms Diemont
says. / There are “no big differences in wait time and call resolution” between ..."). There the
phrase must be no name given ("what's known as a “pervasive ambient world”") and have no one's
possessive on its noun ("the party's “smaller government bill”": the party's name for it); and
its sentence names no source with "per" ("..., per the club's rules"), which holds for the
sentence right before too. A step further back is only parsed where its sentence has a word of
speaking and the phrase's has no finite one: other rules read every parse there is.
Each step was measured alone on the BBC corpus and PolNeAR tune. Looser readings were wrong in a
third or more of their changes there and stay guarded: up to three sentences back over a paragraph
break; a name that is not the sentence's subject ("the “complete mess” produced by Mr Brown's");
a body as the main verb's subject; a bare plural of bodies as a subject ("firms had been forced");
a sentence of quotation before the phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .attribution_context import (
    PERSON_NAME_LABELS,
    SPEAKER_LABELS,
    Context,
    Found,
    according,
    is_speech,
    outside,
    sent_index,
)
from .attribution_speech_verbs import Cue, cue_text, speaker_of
from .attribution_names_someone import SPEECH_WORDS, names_someone
from ..lexicon import (
    HUMAN_NOUNS,
    NAMING_WORDS,
    NOT_REPORTING_A_STATEMENT,
    SPEECH_LEMMAS,
    VIEW_LEMMAS,
    VOICE_LABELS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Range
    from .quotes import QuoteSpan

# a phrase of the source's, not a sentence of its own
_MOST_WORDS = 12
# a source too often misread to pass on ("they say ...": the Child Trust Fund for the Lib Dems)
_GROUP_PRONOUNS = {"they", "we"}
# a verb of speaking in a past or present tense ("hailed", "says"), not a noun ("rating", "demand")
_SPEAKS_FINITE = frozenset(
    {f for lem in SPEECH_LEMMAS for f in (lem + "s", lem + "ed", lem + "d", lem[:-1] + "ied")}
    | {"said", "told", "wrote", "spoke"}
)
# "what's known as a “...”", "the so-called “...”": the phrase is given as a name
NAMED_AS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in NAMING_WORDS) + r")(?:\s+(?:a|an|the))?\s*$", re.I)


def reported_sentences_before(
    text: str, sents: list[Range], q: QuoteSpan, quotes: list[QuoteSpan]
) -> list[tuple[int, int | None]]:
    """(the sentence whose statement q's may go on, the sentence between them or None), nearest
    first, when q is a phrase within its own sentence (the reporter's words before it there): the
    sentence before in q's paragraph, then the one before that; or, when q's sentence opens its
    paragraph, the last sentence of the paragraph before; a step further back only when that
    sentence has a word of speaking and q's has none (quotes: the article's quotations), as the
    rule reads them: a parse more is read by other rules too ("the prime minister hailed his
    chancellor's “brilliant” performance" after a paragraph ending "The Lib Dems accused ...")."""
    if not sents or len(re.findall(r"[\w’'/-]+", text[q.start : q.end])) > _MOST_WORDS:
        return []
    k = sent_index(sents, q.start)
    para = text.rfind("\n", 0, q.start) + 1
    if k < 1 or sent_index(sents, max(q.start, q.end - 1)) != k:
        return []
    if not re.search(r"[A-Za-z]{2}", text[max(sents[k][0], para) : q.start]):
        return []  # no words of the reporter's before it: a quotation, not a phrase
    if sents[k - 1][0] >= para:
        further = k >= 2 and sents[k - 2][0] >= para and sentence_speaks(text, sents, k - 2, quotes)
        further = further and not sentence_speaks(text, sents, k, quotes, _SPEAKS_FINITE)
        return [(k - 1, None)] + ([(k - 2, k - 1)] if further else [])
    if re.search(r"[A-Za-z]", text[para : sents[k][0]]):
        return []  # q's sentence does not open its paragraph
    before = text.rfind("\n", 0, len(text[:para].rstrip())) + 1  # the paragraph before's start
    if sents[k - 1][0] < before - 1 or not sentence_speaks(text, sents, k - 1, quotes):
        return []
    if sentence_speaks(text, sents, k, quotes, _SPEAKS_FINITE):
        return []
    return [(k - 1, None)]


def sentence_speaks(
    text: str, sents: list[Range], j: int, quotes: list[QuoteSpan], words: frozenset = SPEECH_WORDS
) -> bool:
    """Sentence j's words outside quotations have a word of speaking (of words)."""
    return any(w.lower() in words for w in re.findall(r"[A-Za-z]+", outside(text, *sents[j], quotes)))


def fragment_after_report(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Each unattributed phrase in the sentence after a reported statement, two sentences after
    one, or opening the paragraph after one (as the module says): the statement's source."""
    out = list(found)
    for n, q in enumerate(ctx.quotes):
        if out[n] is not None:
            continue
        k = sent_index(ctx.sents, q.start)
        places = reported_sentences_before(ctx.text, ctx.sents, q, ctx.quotes)
        if not places or _has_a_source(ctx, q, k) or _a_term(ctx, q, k):
            continue
        out[n] = _source_before(ctx, q, k, places)
    return out


def _source_before(ctx: Context, q: QuoteSpan, k: int, places: list[tuple[int, int | None]]) -> Found | None:
    """The source of the first of places that reports a statement; a place further than the
    paragraph's sentence before only with a named source of reported speech, and the phrase no name
    given nor anyone's possession."""
    para = ctx.text.rfind("\n", 0, q.start) + 1
    for j, between in places:
        if between is not None and _names_or_quotes(ctx, between):
            return None  # "X said ... . Y's aide agreed. ... “...”": whose?
        if between is None and ctx.sents[j][0] >= para:
            source = _reported_source(ctx, q, j)
            if source is None:
                continue
            return source  # the sentence right before, in the paragraph (session 16)
        source = _reported_source(ctx, q, j, by_name=True)
        if source is None:
            continue
        if source.label not in SPEAKER_LABELS or source.how not in ("name", "pronoun") or _quoted(ctx, j):
            return None
        if _named_as(ctx, q) or _possessed(ctx, q, k):
            return None
        return source
    return None


def _names_or_quotes(ctx: Context, k: int) -> bool:
    """Sentence k names a person, a body or a people, says anyone speaks, has a word for people, or
    holds a quotation: someone else who may speak the phrase after it."""
    s, e = ctx.sents[k]
    if names_someone(ctx, s, e) or any(s <= ent.start < e and ent.label in VOICE_LABELS for ent in ctx.names.ents):
        return True
    return any(s <= qq.start < e for qq in ctx.quotes)


def _quoted(ctx: Context, k: int) -> bool:
    """Sentence k is mostly a quotation ('“...,” he added.'): the phrase after is no longer what it
    reports but the reporter's."""
    s, e = ctx.sents[k]
    return 2 * sum(max(0, min(e, qq.end) - max(s, qq.start)) for qq in ctx.quotes) > e - s


def _named_as(ctx: Context, q: QuoteSpan) -> bool:
    """ "what's known as a “pervasive ambient world”": a name given, not anyone's words."""
    return bool(NAMED_AS.search(ctx.text[max(0, q.start - 40) : q.start].rstrip(" \"“‘'")))


def _possessed(ctx: Context, q: QuoteSpan, k: int) -> bool:
    """The phrase's noun (or the noun the phrase qualifies) has a noun's possessive: "the party's
    “smaller government bill”", whose words they may be."""
    base, doc = ctx.sents[k][0], ctx.parsed.get(k)
    if doc is None:
        return True
    within = [t for t in doc if q.start <= base + t.idx < q.end and not t.is_punct]
    for t in within:
        if q.start <= base + t.head.idx < q.end and t.head.i != t.i:
            continue
        nouns = [t] + ([t.head] if t.dep_ in ("amod", "compound", "nmod") else [])
        if any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for n in nouns for c in n.children):
            return True
    return False


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
        if is_speech(tok) or (tok.pos_ == "VERB" and tok.lemma_.lower() in VIEW_LEMMAS):
            return True  # a verb of speaking or thinking ("64 respondents believed"), not the noun "brands"
        if tok.lower_ == "per" and any(c.dep_ == "pobj" and _determined(c) for c in tok.children):
            return True  # "per the club's rules": a source of its own, as "according to"
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


def _determined(tok: Token) -> bool:
    """A noun with a determiner or a possessive ("the club's rules"), not "per cent", "per year"."""
    return any(c.dep_ in ("det", "poss") for c in tok.children)


def _people_noun(tok: Token) -> bool:
    """A noun for a person or people ("spokeswoman", "analysts"), who could speak the phrase."""
    if tok.pos_ != "NOUN":
        return False
    low, lem = tok.lower_, tok.lemma_.lower()
    return bool({low, lem, low.removesuffix("s")} & HUMAN_NOUNS)


def _reported_source(ctx: Context, q: QuoteSpan, j: int, by_name: bool = False) -> Found | None:
    """Who sentence j reports as speaking: the subject of its highest verb of reported speech that
    governs a clause (or of "according to"), as the speech-verb rule resolves it; by_name, only a
    subject that is the name itself or a pronoun ("The tenants' letter to the Harbour Trust says":
    neither the letter nor the trust it went to speaks by name)."""
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
        if by_name and (subj is None or not _names_the_source(subj, base, found)):
            continue
        if found is not None and found.speaker:
            sources.append(replace(found, cue=cue_text(ctx, cue, found, subj)))
    if len({f.speaker for f in sources}) != 1:
        return None  # "According to a statement from X's office, the Marsh executive admitted": whose?
    return sources[0]


def _names_the_source(subj: Token, base: int, found: Found | None) -> bool:
    """The subject is the source's name ("Lord Woolf said") or a pronoun for it ("It also said")."""
    if found is None or found.start is None or found.end is None:
        return False
    return subj.pos_ == "PRON" or found.start <= base + subj.idx < found.end


def _reports_a_clause(tok: Token) -> bool:
    """ "said [the states will see ...]", "warned that ...", "according to X": a statement reported."""
    if according(tok):
        return True
    if not is_speech(tok) or tok.lemma_.lower() in NOT_REPORTING_A_STATEMENT:
        return False
    return any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) or tok.dep_ in ("parataxis",)
