"""Attribution's rules: each a small function that decides one thing, tried in the order that
attribution.py's RULES and PASSES give (and SUBJECT_RULES here, for a speech verb's subject).

- A quote rule, `rule(ctx, q) -> Found | None`, says who speaks one quote, or None to let the
  next rule try.
- A subject rule, `rule(ctx, q, subj, base) -> Found | None`, turns the subject token of a
  speech verb (in the sentence starting at offset base) into a name.
- An article pass, `pass_(ctx, found) -> found`, returns a new list of every quote's attribution
  with what it decides from the other quotes of the article.

The pronoun rule (attribution_pronouns.py) and the pass over descriptions
(attribution_descriptions.py) have modules of their own; every other rule is here, so that their
order and their neighbours read together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

import re
from dataclasses import dataclass, replace

from ..entities.names import fold_case, speaker_name
from ..lexicon import (
    NOBODY_SUBJECTS,
    NOT_SPEECH_WITH_OBJECT,
    ORG_WORDS,
    PERSON_ROLES,
    PRONOUN_LABELS,
    RELATIVE_PRONOUNS,
    SPEECH_LEMMAS,
    TITLE_WORDS,
)
from .attribution_pronouns import pronoun_antecedent
from .attribution_context import (
    PERSON_NAME_LABELS,
    Context,
    Entity,
    Found,
    according,
    human_noun,
    in_headline,
    is_speech,
    main_subject,
    name_before,
    named,
    np_span,
    only_quotes,
    own_words,
    sent_index,
    subject,
)
from .quotes import QuoteSpan

_SPEAKER_LABELS = PERSON_NAME_LABELS | {"ORG"}


# ============================================================================= quote rules


def transcript_label(ctx: Context, q: QuoteSpan) -> Found | None:
    """A transcript's speaker label at the head of the quote: "PENCE: Well, ..."."""
    m = re.match(r"\s*([A-Z][A-Z.'\- ]{1,30}[A-Z]):\s", ctx.text[q.start : q.end])
    if m is None:
        return None
    return Found(m.group(1) + ":", m.group(1).title(), q.start + m.start(1), q.start + m.end(1), "PERSON", "name")


def signature(ctx: Context, q: QuoteSpan) -> Found | None:
    """A signature after the quote, "“...” ― Jane Doe": a name recognised in it, else its words
    when they are one to four capitalised words. A signature opens with its name (or "by" or a
    title): a dash before a clause ("“suburbs” — a metaphor for the GOP’s ...") signs nothing."""
    text = ctx.text
    m = re.match(r"[”\"’']?\s*[―—–]+\s*([^\n]{2,80})", text[q.end : q.end + 90])
    if m is None:
        return None
    sig_s = q.end + m.start(1)
    for ent in ctx.names.ents:
        if sig_s <= ent.start < q.end + m.end(1) and ent.label in _SPEAKER_LABELS:
            lead = re.findall(r"[\w’'-]+", text[sig_s : ent.start])
            if any(w[0].islower() and w.lower() not in TITLE_WORDS and w != "by" for w in lead):
                return None  # a clause after a dash ("— a metaphor for the GOP’s"): no signature
            return named(ent, ctx.names.fullest(ent), text[q.end + m.start(0) : ent.end].strip(" ”\"’'"))
    sig = m.group(1).strip()
    if re.fullmatch(r"(?:[A-Z][\w.’'-]*\s?){1,4}", sig):
        cue = text[q.end + m.start(0) : q.end + m.end(1)].strip(" ”\"’'")
        return Found(cue, sig, sig_s, sig_s + len(sig), "PERSON", "name")
    return None


def headline_colon(ctx: Context, q: QuoteSpan) -> Found | None:
    """A headline that opens with a name and a colon: "Name: Talks ‘Going Nowhere’"; the name
    may be one the recogniser missed there but labelled elsewhere in the article."""
    text, names = ctx.text, ctx.names
    ls = text.rfind("\n", 0, q.start) + 1
    le = text.find("\n", q.end)
    line = text[ls : len(text) if le < 0 else le]
    m = re.match(r"\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*):\s", line)
    if not (m and ls + m.end() < q.start and len(line.split()) <= 20):
        return None
    a, b = ls + m.start(1), ls + m.end(1)
    ent = names.at(a, b, _SPEAKER_LABELS)
    if ent is not None:
        covers = ent.start <= a + 1 and ent.end >= b - 1
        return named(ent, names.fullest(ent), text[a:b] + ":") if covers else None
    last = fold_case(text[a:b].split()[-1])
    for other in names.ents:
        on = speaker_name(other.text)
        if other.label in _SPEAKER_LABELS and on and fold_case(on.split()[-1]) == last:
            pseudo = Entity(a, b, text[a:b], other.label)
            return Found(text[a:b] + ":", names.fullest(pseudo), a, b, other.label, "name")
    return None


def speech_verb(ctx: Context, q: QuoteSpan) -> Found | None:
    """A speech verb ("said", "told", "according to") outside the quotations of the quote's
    region, with its subject as the speaker: the candidates in rank order (`_speech_cues`), the
    first whose subject resolves to someone. A thing said to speak ("the letter suggested")
    yields to a verb above it ("X said the letter suggested"), and is the answer when none is or
    when it speaks in a relative clause ("a report which branded the law "a mess"").

    "according to" ranks among the verbs, half a step after a verb in the same place: it is a cue
    of this rule rather than a rule of its own, since which of the two wins depends on that rank.
    """
    thing = None  # (cue, found): a thing said to speak
    for cue in _speech_cues(ctx, q):
        if thing is not None and (
            cue.verb.doc is not thing[0].verb.doc
            or cue.verb not in thing[0].verb.ancestors
            or thing[0].verb.dep_ in ("relcl", "acl")
        ):
            # only a verb above the thing's verb ("X said the letter suggested"); not when the thing
            # speaks in a clause of its own ("X confirmed the review, after a report which branded")
            continue
        clause = _adverbial_clause_subject(ctx, q, cue)
        if clause is not None:
            return clause
        found, subj = _speaker_of(ctx, q, cue)
        if found is None:
            continue
        found = replace(found, cue=_cue_text(ctx, cue, found, subj))
        if found.how == "description" and not human_noun(subj):
            if thing is None:  # the thing's maker speaks it, unless a verb above it names another
                maker = _maker_of(ctx, q, subj, cue.base)
                thing = (cue, found if maker is None else replace(maker, cue=found.cue))
            continue
        return found
    return thing[1] if thing is not None else None


def _adverbial_clause_subject(ctx: Context, q: QuoteSpan, cue: _Cue) -> Found | None:
    """The quote sits in an adverbial clause before the cue's verb, opened by "as", "while",
    "when" ..., with a subject of its own, a name: "as Trump went on about “how the system is
    rigged,” ..., Melanie said yes": the clause's subject speaks it, not the main verb's (not
    "He said after seven years Labour had ... “...”", a reported clause the parser took for one)."""
    doc, base = cue.verb.doc, cue.base
    first = next((t for t in doc if q.start <= base + t.idx < q.end and t.is_alpha), None)
    if first is None:
        return None
    verb = next(
        (a for a in first.ancestors if a.pos_ in ("VERB", "AUX") and not (q.start <= base + a.idx < q.end)), None
    )
    if verb is None or verb.i == cue.verb.i or verb.dep_ != "advcl" or verb.head.i != cue.verb.i:
        return None
    if verb.i > cue.verb.i or not any(c.dep_ == "mark" for c in verb.children):
        return None  # only a clause opened by "as", "while", "when" ... before the main verb
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = resolve_subject(ctx, q, subj, base) if subj is not None and subj.pos_ == "PROPN" else None
    if found is None or found.how != "name":
        return None
    return replace(found, cue=doc.text[subj.idx : verb.idx + len(verb)])


def _maker_of(ctx: Context, q: QuoteSpan, thing, base: int) -> Found | None:
    """Who made the thing said to speak: "the Security Council issued a statement calling ...",
    "prompted Hillary Clinton to make a comment that described ...", "Trump's statement said":
    the name owning the thing, or the subject of the verb whose object it is."""
    for c in thing.children:
        if c.dep_ == "poss" and c.lower_ not in PRONOUN_LABELS:
            found = resolve_subject(ctx, q, c, base)
            if found is not None and found.how == "name":
                return found
    if thing.dep_ != "dobj":
        return None
    verb = thing.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":  # "prompted X to make a comment": X makes it
        subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if subj is None:
        return None
    # the subject, else a name beside it ("his wife and ... nominee Hillary Clinton")
    for who in [subj, *(c for c in subj.children if c.dep_ in ("appos", "conj"))]:
        found = resolve_subject(ctx, q, who, base)
        if found is not None and found.how in ("name", "pronoun"):
            return found
    return None


def name_colon(ctx: Context, q: QuoteSpan) -> Found | None:
    """ "Name: ‘quote’" (a headline): a person named just before a colon that ends the text
    before the quote in its sentence."""
    text = ctx.text
    i = ctx.region(q)[0][0]
    start = ctx.sents[i][0]
    m = re.search(r"([^\n:]{2,60}):\s*$", text[start : q.start - 1])
    if m is None:
        return None
    ent = ctx.names.latest_before(start + m.end(1), PERSON_NAME_LABELS, floor=start + m.start(1))
    if ent is not None and ent.end >= start + m.end(1) - 1:
        return named(ent, ctx.names.fullest(ent), ":")
    return None


def as_characterisation(ctx: Context, q: QuoteSpan) -> Found | None:
    """ "X [verb] Y as “Z”" with no speech verb: Z is X's name for Y ("Reid has gone after Trump as
    a “human leech” and a “spoiled brat”", "Trump admires Putin as a “strong leader”"): the own
    subject of the verb that "as" hangs from, when it is a name (not a passive's: "Trump is
    painted as a “greedy Republican”" says nothing of who paints)."""
    own = ctx.region(q)[0]
    if not own or ctx.parsed.get(own[0]) is None:
        return None
    doc, base = ctx.parsed[own[0]], ctx.sents[own[0]][0]
    first = next((t for t in doc if q.start <= base + t.idx < q.end and t.is_alpha), None)
    if first is None:
        return None
    verb = None
    for a in first.ancestors:
        if a.lower_ == "as" and a.dep_ in ("prep", "mark") and base + a.idx < q.start:
            verb = a.head
            break
        if a.pos_ in ("VERB", "AUX") and not (a.dep_ == "pcomp" and a.head.lower_ == "as"):
            return None  # the quote is in a clause of its own ("as he said “...”")
    if verb is None or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = resolve_subject(ctx, q, subj, base) if subj is not None else None
    if found is None or found.how not in ("name", "pronoun"):
        return None
    return replace(found, cue=doc.text[subj.idx : verb.idx + len(verb)] if subj.i < verb.i else verb.text)


# Nouns of saying: "Trump’s claim that ...", "Clinton's remark that ..." (attribution_rules only).
SPEECH_NOUNS = frozenset(
    """claim claims statement statements remark remarks comment comments words assertion assertions
    promise pledge vow warning warnings boast accusation accusations charge suggestion insistence
    description quip tweet tweets argument declaration prediction contention""".split()
)


def possessive_speech_noun(ctx: Context, q: QuoteSpan) -> Found | None:
    """ "X’s claim that there have been “thousands of shootings”": the quote inside what a noun of
    saying (SPEECH_NOUNS) reports is the words of the name owning that noun; not across a speech
    verb of its own ("X’s claim that Y said “...”")."""
    own = ctx.region(q)[0]
    if not own or ctx.parsed.get(own[0]) is None:
        return None
    doc, base = ctx.parsed[own[0]], ctx.sents[own[0]][0]
    first = next((t for t in doc if q.start <= base + t.idx < q.end and t.is_alpha), None)
    if first is None:
        return None
    for a in first.ancestors:
        if q.start <= base + a.idx < q.end:
            continue
        if is_speech(a):
            return None
        if a.pos_ == "NOUN" and a.lower_ in SPEECH_NOUNS:
            owner = next((c for c in a.children if c.dep_ == "poss" and c.lower_ not in PRONOUN_LABELS), None)
            found = resolve_subject(ctx, q, owner, base) if owner is not None else None
            if found is None or found.how != "name":
                return None
            return replace(found, cue=doc.text[owner.idx : a.idx + len(a)])
    return None


# Verbs of a headline that say someone spoke, beside the speech verbs ("Warren Hammers Wells Fargo CEO").
_HEADLINE_VERBS = frozenset("speak talk hammer grill torch bash lash".split())


def headline_subject(ctx: Context, q: QuoteSpan) -> Found | None:
    """A headline (the article's first line, or a short line without a full stop) that opens with
    a person's name and a verb of saying in the headline's present tense: "Hillary Clinton Speaks
    ‘Directly To White People’ After ...", "Elizabeth Warren Hammers Wells Fargo CEO: ‘...’"."""
    text = ctx.text
    ls = text.rfind("\n", 0, q.start) + 1
    if text[:ls].strip() and not in_headline(text, q):
        return None
    m = re.match(r"\s*((?:[A-Z][\w.’'-]*\s+){1,3}?)([A-Za-z]+?)(e?s)\s", text[ls : q.start])
    if m is None:
        return None
    a, b = ls + m.start(1), ls + m.end(1)
    ent = ctx.names.at(a, b, PERSON_NAME_LABELS)
    verb = m.group(2).lower()
    if ent is None or ent.start > a or ent.end < b - 1 or not (verb in SPEECH_LEMMAS or verb in _HEADLINE_VERBS):
        return None
    return named(ent, ctx.names.fullest(ent), text[a : ls + m.end(3)])


def colon_intro(ctx: Context, q: QuoteSpan) -> Found | None:
    """A quotation a colon introduces, with no speech verb: the name that is the subject of the
    sentence the colon ends ("On July 6, Sanders made the following comment:" and the quote's
    paragraph after it; "President Obama is rolling out a new campaign message: “It's about
    me.”"). Not in a headline, whose Title Case the parser reads poorly."""
    text = ctx.text
    before = text[: q.start - 1].rstrip(" \t\n\"“‘'")
    if not before.endswith(":") or in_headline(text, q) or text.count("\n", len(before), q.start) > 2:
        return None
    k = sent_index(ctx.sents, len(before) - 1)
    doc = ctx.parsed.get(k)
    if doc is None:
        return None
    ent = main_subject(ctx.names, doc, ctx.sents[k][0], _SPEAKER_LABELS)
    if ent is None or ent.start >= len(before) or ent.start < text.rfind("\n", 0, len(before)):
        return None
    return named(ent, ctx.names.fullest(ent), ":")


def subject_of_sentence_before(ctx: Context, q: QuoteSpan) -> Found | None:
    """A quotation that is a sentence of its own, with no words of the reporter's, right after a
    sentence of the same paragraph whose subject is a person: that person's ("Double try scorer
    Martyn Williams was keen not to talk about it. “We've got more self-belief.”")."""
    own, prev, _ = ctx.region(q)
    if (
        prev is None
        or not own
        or any(re.search(r"[A-Za-z]{2}", own_words(ctx.text, ctx.sents[k], q, ctx.quotes)) for k in own)
    ):
        return None
    ps, pe = ctx.sents[prev]
    if "\n" in ctx.text[ps : q.start].strip() or any(ps <= o.start < pe for o in ctx.quotes):
        return None  # another paragraph, or a sentence with quotations of its own
    doc = ctx.parsed.get(prev)
    ent = main_subject(ctx.names, doc, ps, PERSON_NAME_LABELS) if doc is not None else None
    if ent is None:
        return None
    return named(ent, ctx.names.fullest(ent), "")


# ----------------------------------------------------------------------------- speech verbs


_FINDING = frozenset({"find", "show"})


@dataclass(frozen=True)
class _Cue:
    """A speech verb (or "according") that may attribute the quote, with its rank."""

    rank: float  # 0: in the quote's sentence and governing it; 1: there; 2: a sentence beside
    dist: int  # characters from the quote (1000 and more: in a sentence beside)
    verb: object  # the spaCy token
    base: int  # offset of its sentence in the article
    inside: list  # the marked spans, in the sentence's offsets


def _speech_cues(ctx: Context, q: QuoteSpan) -> list[_Cue]:
    """The speech verbs of the quote's region, best first: its own sentences (a verb governing
    the quote first, then the nearest), the next sentence, the previous one."""
    own, prev, nxt = ctx.region(q)
    places = [(k, 0) for k in own] + ([(nxt, 1)] if nxt is not None else []) + ([(prev, 2)] if prev is not None else [])
    cues = []
    for k, where in places:
        doc = ctx.parsed.get(k)
        if doc is None:
            continue
        base = ctx.sents[k][0]
        inside = ctx.inside(base)
        for tok in doc:
            if not _speaks(tok, inside):
                continue
            rank = _rank(ctx, q, tok, base, where)
            if rank is None:
                continue
            dist = min(abs(tok.idx - (q.end - base)), abs(tok.idx - (q.start - base))) if where == 0 else 1000 + where
            cues.append(_Cue(rank, dist, tok, base, inside))
    cues.sort(key=lambda c: (c.rank, c.dist))
    return cues


def _speaks(tok, inside) -> bool:
    """A speech verb outside the quotations ("maintains its claims" is not speech), or a verb of
    finding that reports a "that" clause ("A Government Accountability Office report released
    last year found that ... “...”", "the study showed that")."""
    if any(a <= tok.idx < b for a, b in inside):
        return False
    if tok.lemma_.lower() in _FINDING and tok.pos_ == "VERB":
        return any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children
        )
    if not is_speech(tok):
        return False
    return not (
        tok.lemma_.lower() in NOT_SPEECH_WITH_OBJECT
        and any(c.dep_ == "dobj" and not any(a <= c.idx < b for a, b in inside) for c in tok.children)
    )


def _rank(ctx: Context, q: QuoteSpan, tok, base: int, where: int) -> float | None:
    """The verb's rank for this quote (lower first); None when it is in another paragraph that
    does not introduce the quote ("X said:")."""
    qa, qb = q.start - base, q.end - base
    governs = False  # does the verb govern the quotation (the quote's first token descends from it)?
    through_verb = False  # ... through another verb's clause ("he cited are “...”")
    for t in tok.doc:
        if qa <= t.idx < qb:
            governs = tok in t.ancestors
            path = [a for a in t.ancestors if a.i != tok.i and tok in a.ancestors]
            through_verb = any(a.pos_ in ("VERB", "AUX") and not (qa <= a.idx < qb) for a in path)
            break
    rank = (0 if governs else 1) if where == 0 else 2
    if _in_relative_clause(tok) and (not governs or through_verb):
        # "The four “loopholes” he cited are “...,” The Hill reported": the main verb first; not
        # "a report which branded the law as “a mess”", whose own words the quote is
        rank += 0.25
    if according(tok):
        rank += 0.5
    vpos = base + tok.idx
    lo, hi = sorted((vpos, q.start))
    if "\n" in ctx.text[lo:hi] or "\n" in ctx.text[min(q.end, vpos) : max(q.end, vpos)]:
        # The verb is in another paragraph (the sentence splitter ran two together)
        if vpos > q.start or not ctx.text[vpos : q.start - 1].rstrip(" \t\n\"“‘'(—–-").endswith(":"):
            return None
        rank += 3
    return rank


def _in_relative_clause(tok) -> bool:
    """The verb is in a relative clause ("loopholes he cited", "a man who said"): a speech verb of
    the main clause speaks the sentence's quotes before it."""
    return any(t.dep_ == "relcl" for t in [tok, *tok.ancestors])


def _speaker_of(ctx: Context, q: QuoteSpan, cue: _Cue):
    """(who the verb's subject is, the subject token; None when the speaker is a name found next
    to the verb rather than its parsed subject)."""
    tok, base = cue.verb, cue.base
    subj, borrowed = subject(tok, cue.inside)
    cross = subj is not None and "\n" in tok.doc.text[min(subj.idx, tok.idx) : max(subj.idx, tok.idx)]
    if cross:
        subj, borrowed = None, True  # a subject in another paragraph (a dateline, a time)
    passive = any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
    if passive or (subj is not None and not borrowed and subj.dep_ == "nsubjpass" and subj.head is tok):
        return None, None  # "X was described as ...": what is spoken of, not who speaks
    if subj is None and not according(tok):
        after = name_after_verb(ctx, q, base + tok.idx, len(tok))  # "“...,” admitted Kiely."
        if after is not None:
            return after, None
    # verbs joined by "and" share their subject: "she called X “outrageous” and called for Y" is hers
    shared = (
        subj is not None
        and tok.dep_ == "conj"
        and subj.dep_ == "nsubj"
        and subj.head == tok.head
        and subj.i < tok.head.i
        and any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children)
        and tok.head.dep_ not in ("ccomp", "parataxis")  # "X said [Y went ...] and added": X's, maybe
    )
    if (subj is None or (borrowed and not shared)) and (cross or tok.tag_ not in ("VBG", "VBN")) and not according(tok):
        # a finite verb the parser left without a subject: the name just before it
        ent = name_before(ctx.names, tok.doc, base, base + tok.idx)
        if ent is not None and not re.search(r"[.;!?]", ctx.text[ent.end : base + tok.idx]):
            return named(ent, ctx.names.fullest(ent)), None
    if subj is None:
        return None, None
    found = resolve_subject(ctx, q, subj, base)
    if found is not None and found.how == "description" and not according(tok):
        # the parser took a noun further left for the subject of "... ― Trump boasted"
        ent = name_before(ctx.names, tok.doc, base, base + tok.idx)
        if (
            ent is not None
            and ent.start >= (found.end or 0)
            and re.fullmatch(r"\s*(?:\w+ly\s+)?", ctx.text[ent.end : base + tok.idx])
        ):
            return named(ent, ctx.names.fullest(ent)), None
    return found, subj


_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w’'-]*[a-z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*[a-z][\w’'-]*)\s*(?:[.,;]|$)")


def name_after_verb(ctx: Context, q: QuoteSpan, vpos: int, vlen: int) -> Found | None:
    """ "“...,” admitted Kiely.": a speech verb right after the quote's closing mark, then a name
    that ends the clause, is that name's, whatever the parser made of the name (an adverb, here);
    labelled as the article's entity with the same last word, else a person."""
    text = ctx.text
    if not re.fullmatch(r"[”\"’']?[ \t]*", text[q.end : vpos]) or text[q.start : q.end].rstrip()[-1:] not in (
        ",",
        "?",
        "!",
    ):
        return None
    m = _NAME_AFTER.match(text, vpos + vlen)
    if m is None or "\n" in m.group(0).rstrip():
        return None
    a, b = m.start(1), m.end(1)
    ent = ctx.names.at(a, b, _SPEAKER_LABELS)
    if ent is not None:
        return named(ent, ctx.names.fullest(ent)) if ent.start >= a and ent.end <= b else None
    name = speaker_name(text[a:b])
    if not name or name.lower() in ORG_WORDS or name.split()[0].lower() in TITLE_WORDS:
        return None
    last = fold_case(name.split()[-1])
    label = next(
        (
            e.label
            for e in ctx.names.ents
            if speaker_name(e.text) and fold_case(speaker_name(e.text).split()[-1]) == last
        ),
        "PERSON",
    )
    if label not in _SPEAKER_LABELS:
        return None
    return Found("", ctx.names.fullest(Entity(a, b, text[a:b], label)), a, b, label, "name")


def _cue_text(ctx: Context, cue: _Cue, found: Found, subj) -> str:
    """The words that say who speaks: from the name to the verb, or the subject to the verb
    (with a particle: "pointed out"), within the verb's paragraph; the verb alone when long."""
    tok, base = cue.verb, cue.base
    if subj is None:
        vend = base + tok.idx + len(tok)
        if found.start >= vend:  # the name after the verb ("admitted Kiely")
            return ctx.text[base + tok.idx : found.end]
        return ctx.text[found.start : vend] if base + tok.idx - found.start < 60 else tok.text
    a = min(subj.left_edge.idx if subj.i < tok.i else tok.idx, subj.idx, tok.idx)
    b = max(tok.idx + len(tok), subj.idx + len(subj))
    if according(tok):
        a, b = tok.idx, subj.idx + len(subj)
    for c in tok.children:
        if c.dep_ == "prt" and c.i > tok.i:
            b = max(b, c.idx + len(c))
    text = tok.doc.text[a:b]
    if "\n" in text:  # keep the verb's paragraph
        vs = tok.idx - a
        text = text[text.rfind("\n", 0, vs) + 1 :].split("\n", 1)[0]
    if len(text) > 120:
        text = tok.doc.text[tok.idx : tok.idx + len(tok)]
    return text.strip()


# ============================================================================= subject rules


def resolve_subject(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """The speaker a speech verb's subject stands for. A pronoun is its antecedent's alone, a
    relative pronoun, "you", "what" or "someone" is nobody's name; any other subject goes through SUBJECT_RULES in order."""
    if subj.lower_ in PRONOUN_LABELS:
        return pronoun_antecedent(ctx, subj, base)
    if subj.lower_ in RELATIVE_PRONOUNS or subj.lower_ in NOBODY_SUBJECTS:
        return None
    for rule in SUBJECT_RULES:
        found = rule(ctx, q, subj, base)
        if found is not None:
            return found
    return None


def titled_description(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """A title written with "the", capitalised or not, is a description, not a name: "The
    Archbishop of Canterbury said", "The Glasgow Kelvin MP, who ..., accused" (resolve_descriptions
    may turn it into the person with that title)."""
    a, b = np_span(subj)
    words = [w.lower().strip(".,") for w in subj.doc.text[a:b].split()]
    if len(words) < 2 or words[0] != "the":
        return None
    head = subj.lower_.strip(".")
    first_title = words[1] in TITLE_WORDS and words[1] not in ("the", "of", "for", "and")
    if head in TITLE_WORDS or head in PERSON_ROLES or (subj.pos_ == "PROPN" and first_title):
        return Found("", subj.doc.text[a:b].strip(), base + a, base + b, "DESC", "description")
    return None


def subject_entity(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """The subject is (part of) a name the recogniser found, outside the quote."""
    ent = ctx.names.at(base + subj.idx, base + subj.idx + len(subj))
    if ent is not None and not (q.start <= ent.start < q.end):
        if ent.label == "NORP" and subj.tag_ in ("NNP", "NN", "JJ") and any(c.dep_ == "det" for c in subj.children):
            # "said the American": one person described by a nationality, not the nation
            a, b = np_span(subj)
            return Found("", subj.doc.text[a:b].strip(), base + a, base + b, "NORP", "description")
        return named(ent, ctx.names.fullest(ent))
    return None


def appositive_name(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """A name in apposition to the subject: "Putin's adviser, Yuri Ushakov, said"; not one after a
    relative clause of the subject ("The actor, whose films include X, Y: The Phantom Menace")."""
    for c in subj.children:
        if c.dep_ == "appos" and not any(r.dep_ == "relcl" and subj.i < r.i < c.i for r in subj.children):
            for t in c.subtree:
                ent = ctx.names.at(base + t.idx, base + t.idx + len(t), _SPEAKER_LABELS)
                if ent is not None:
                    return named(ent, ctx.names.fullest(ent))
    return None


def missed_proper_name(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """A proper name the recogniser missed ("“...,” Lopez said"), labelled as the article's entity
    with the same last word, else an organisation after "the", else a person."""
    if subj.pos_ != "PROPN" or subj.dep_ == "compound":
        return None
    left = subj
    while left.i > 0 and left.nbor(-1).pos_ == "PROPN" and left.nbor(-1).dep_ in ("compound", "flat"):
        left = left.nbor(-1)
    a, b = base + left.idx, base + subj.idx + len(subj)
    surface = ctx.text[a:b]
    if not speaker_name(surface) or surface.lower() in ORG_WORDS:
        return None  # "A Department for Work and Pensions spokeswoman": a common word, not a name
    the = bool(re.search(r"\b[Tt]he\s+$", ctx.text[max(0, a - 4) : a]))
    last = fold_case(speaker_name(surface).split()[-1])
    label = "ORG" if the else "PERSON"
    for ent in ctx.names.ents:
        if speaker_name(ent.text) and fold_case(speaker_name(ent.text).split()[-1]) == last:
            label = ent.label
            break
    return Found("", ctx.names.fullest(Entity(a, b, surface, label)), a, b, label, "name")


def description(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """A description: "the Kremlin aide", "the French presidency" (resolve_descriptions may turn
    it into a name later)."""
    a, b = np_span(subj)
    desc = subj.doc.text[a:b].strip()
    if not re.search(r"[A-Za-z]", desc):
        return None
    return Found("", desc, base + a, base + b, "DESC", "description")


SUBJECT_RULES = (titled_description, subject_entity, appositive_name, missed_proper_name, description)


# ============================================================================= article passes


def previous_speaker(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A quote with no attribution of its own takes the previous quote's when it goes on from it
    (any of GOES_ON); in order, so a run of such quotes takes the first one's."""
    out = list(found)
    for n in range(1, len(ctx.quotes)):
        if out[n] is None and any(goes_on(ctx, n) for goes_on in GOES_ON) and out[n - 1] is not None:
            out[n] = out[n - 1]
    return out


def continues_quotation(ctx: Context, n: int) -> bool:
    """The quote is the next paragraph of the same quotation."""
    return ctx.quotes[n].continued


def next_sentence_of_run(ctx: Context, n: int) -> bool:
    """ "“A,” X said. “B.”": the next sentence of the same speaker's run, in the same paragraph,
    with no words of the reporter's around it."""
    text, sents, quotes = ctx.text, ctx.sents, ctx.quotes
    p, q = quotes[n - 1], quotes[n]
    pi = sent_index(sents, max(p.start, p.end - 1)) if sents else 0  # where it ends
    qi = sent_index(sents, q.start) if sents else 0
    return (
        "\n" not in text[p.end : q.start]
        and qi - pi <= 1
        and not re.search(r"[A-Za-z]", own_words(text, sents[qi], q, quotes))
    )


def quote_paragraph_after_quote(ctx: Context, n: int) -> bool:
    """A paragraph that opens with a quotation standing as sentences of its own, right after a
    paragraph with a quote: the same speaker goes on ("“A,” X said. / “B.” But X said ...")."""
    text, q = ctx.text, ctx.quotes[n]
    between = text[ctx.quotes[n - 1].end : q.start]
    if not re.fullmatch(r"[^\n]*\n\s*", between[:-1]):
        return False
    if only_quotes(text, q, ctx.quotes):
        return True
    own = ctx.region(q)[0]
    return bool(own) and not any(re.search(r"[A-Za-z]", own_words(text, ctx.sents[k], q, ctx.quotes)) for k in own)


GOES_ON = (continues_quotation, next_sentence_of_run, quote_paragraph_after_quote)


def earlier_paragraphs(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """A multi-paragraph quotation attributed only at its end: the earlier parts take it too."""
    out = list(found)
    for n in range(len(ctx.quotes) - 1, 0, -1):
        if ctx.quotes[n].continued and out[n] is not None and out[n - 1] is None:
            out[n - 1] = out[n]
    return out


def _norm_words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def same_words_elsewhere(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """The same words attributed to a name elsewhere in the article: a headline repeating a
    quote, or a quote given only a description, takes that name."""
    text, quotes = ctx.text, ctx.quotes
    by_words: dict[str, Found] = {}
    for q, f in zip(quotes, found):
        if f is not None and f.how in ("name", "pronoun") and not in_headline(text, q):
            by_words.setdefault(_norm_words(text[q.start : q.end]), f)
    out = list(found)
    for n, (q, f) in enumerate(zip(quotes, found)):
        if f is None or f.how == "description" or in_headline(text, q):
            g = by_words.get(_norm_words(text[q.start : q.end]))
            if g is None or (f is not None and g.start == f.start):
                continue
            out[n] = replace(g, cue=f.cue if f else g.cue)
    return out
