"""Attribution by a speech verb: "“...,” Lopez said", "according to Anna Weiss", "She said:
“...”". `speech_verb` is the quote rule; the cues it finds are ranked (`_rank`), the verb's
subject becomes a name by the first of SUBJECT_RULES that gives one
(`rule(ctx, q, subj, base) -> Found | None`: an entity, an appositive name, a proper name NER
missed, a description), and pronouns resolve through attribution_pronouns.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

import re
from dataclasses import dataclass, replace

from .attribution_initialisms import initialism
from .attribution_finding_clauses import finds_the_quote
from ..entities.names import fold_case, looks_demonym, speaker_name
from ..lexicon import (
    CLAUSE_DEPS,
    DOCUMENT_NOUNS,
    INVERTED_SPEECH,
    NAME_PARTICLES,
    NAME_PART_DEPS,
    NATIONALITY_NOUNS,
    NOBODY_SUBJECTS,
    NOT_SPEECH_WITH_OBJECT,
    ORG_WORDS,
    PLACE_LABELS,
    PERSON_ROLES,
    PRESS_NOUNS,
    PRONOUN_LABELS,
    RELATIVE_PRONOUNS,
    SAYING_THINGS,
    TITLE_WORDS,
)
from .attribution_arms import organisation_before
from .attribution_own_clause import reports_its_own_clause
from .attribution_dismissals import dismisses_someones_words
from .attribution_pronouns import appositive_person, pronoun_antecedent
from .attribution_context import (
    SPEAKER_LABELS,
    Context,
    closes_before_verb,
    Entity,
    Found,
    according,
    human_noun,
    is_speech,
    name_before,
    named,
    np_span,
    subject,
)
from .attribution_according_clause import according_governs_clause
from .attribution_colon_object import hands_over_to_one_of, introduces_with_colon
from .attribution_titled_after import titled_name_after_verb
from .attribution_name_at_verb import name_at_verb
from .attribution_inscriptions import bears_words
from .attribution_poll_shares import poll_share
from .quotes import QuoteSpan


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
    inscribed = None  # a thing bearing printed words said to speak: nobody (attribution_inscriptions)
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
        quoted = quoted_as_saying(cue.verb)
        if quoted is not None and human_noun(quoted):  # "one trader", not the paper quoting him; a
            # document quoted speaks through its reader ("X quoted its five-year plan as saying")
            found = resolve_subject(ctx, q, quoted, cue.base)
            if found is not None:
                return replace(found, cue=cue_text(ctx, cue, found, quoted))
            continue
        found, subj = speaker_of(ctx, q, cue)
        if found is None:
            if subj is not None and bears_words(subj) and inscribed is None:
                nobody = Found("", None, None, None, None, "nobody")
                inscribed = replace(nobody, cue=cue_text(ctx, cue, nobody, subj))
            continue
        found = replace(found, cue=cue_text(ctx, cue, found, subj))
        if found.how == "description" and not human_noun(subj):
            if thing is None:  # the thing's maker speaks it, unless a verb above it names another
                maker = None if an_agent_noun(subj) else _maker_of(ctx, q, subj, cue.base)
                thing = (cue, found if maker is None else replace(maker, cue=found.cue))
            continue
        return found
    if thing is not None:
        return thing[1]
    return inscribed  # "a hat that says": nobody, and no rule after this one either (attribution_inscriptions)


def _adverbial_clause_subject(ctx: Context, q: QuoteSpan, cue: Cue) -> Found | None:
    """The quote sits in an adverbial clause before the cue's verb, opened by "as", "while",
    "when" ..., with a subject of its own, a name: "as Greene went on about “how the rules are
    stacked,” ..., Marion said yes": the clause's subject speaks it, not the main verb's (not
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


_AGENT_ENDING = re.compile(r"(?:er|or|ist)s?$")


def an_agent_noun(tok: Token) -> bool:
    """A noun for one who does something ("The UK's biggest coal producer blamed", "the
    country's largest carmaker said"): a description of a firm or a person, not a thing its
    owner made; the owner (the UK) does not speak through it. Not the things that end alike
    and are said to speak ("letter", "poster", "paper")."""
    low = tok.lower_
    if low in SAYING_THINGS or low in DOCUMENT_NOUNS or low in PRESS_NOUNS:
        return False
    return tok.pos_ == "NOUN" and bool(_AGENT_ENDING.search(low))


def _maker_of(ctx: Context, q: QuoteSpan, thing, base: int) -> Found | None:
    """Who made the thing said to speak: "the town council issued a statement calling ...",
    "prompted Ruth Caldwell to make a comment that described ...", "Greene's statement said":
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


# ----------------------------------------------------------------------------- speech verbs


_FINDING = frozenset({"find", "show"})


@dataclass(frozen=True)
class Cue:
    """A speech verb (or "according") that may attribute the quote, with its rank."""

    rank: float  # 0: in the quote's sentence and governing it; 1: there; 2: a sentence beside
    dist: int  # characters from the quote (1000 and more: in a sentence beside)
    verb: object  # the spaCy token
    base: int  # offset of its sentence in the article
    inside: list  # the marked spans, in the sentence's offsets


def _speech_cues(ctx: Context, q: QuoteSpan) -> list[Cue]:
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
            if not (_speaks(tok, inside) or finds_the_quote(tok, q.start - base, q.end - base, inside)):
                continue  # finds_the_quote: "found a “chain of events” linked ..." (attribution_finding_clauses)
            if reports_its_own_clause(tok, inside, q.end - base):
                continue  # "“...” But he changed his mind ..., the book claims": not the quote's cue
            if dismisses_someones_words(ctx, q, tok, base):
                continue  # "shrugged off claims from Michael Howard that he led a “...”" (attribution_dismissals)
            rank = _rank(ctx, q, tok, base, where)
            if rank is None:
                continue
            dist = min(abs(tok.idx - (q.end - base)), abs(tok.idx - (q.start - base))) if where == 0 else 1000 + where
            cues.append(Cue(rank, dist, tok, base, inside))
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
            governs = tok in t.ancestors or (according(tok) and according_governs_clause(tok, t, qa, qb))
            path = [a for a in t.ancestors if a.i != tok.i and tok in a.ancestors]
            through_verb = any(a.pos_ in ("VERB", "AUX") and not (qa <= a.idx < qb) for a in path)
            break
    if not governs and where == 0 and _reports_right_after(ctx.text, q, tok, base + tok.idx):
        # '"I never said that," Trump said, after Becky Quick said ...': the clause right after
        # the closing mark is the quotation's, whatever the parser hung the quotation on
        governs = True
    if not governs and where == 0 and introduces_with_colon(tok, qa):
        # "he had once told Mr Blair: “...”", "reports that Anelka told a French magazine: “...”",
        # whatever clause the parser hung the quote on (attribution_colon_object)
        governs = True
    rank = (0 if governs else 1) if where == 0 else 2
    if where == 2 and tok.tag_ != "VBG" and hands_over_to_one_of(tok, ctx.inside(base)):
        # "reports that X told a magazine: “...” “...”": told goes on (attribution_colon_object); not a
        # participle ("He said Mr Blair had spoken ..., adding:"), whose subject the parser borrows
        rank -= 0.1
    if _in_relative_clause(tok) and (not governs or through_verb):
        # "The three “gaps” she cited are “...,” The Ledger reported": the main verb first; not
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


# after the closing mark: nothing, or a name of capitalised words ("“...,” Trump said")
_NAME_BEFORE_VERB = re.compile(r"[”\"’']?[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){1,4}")


def _reports_right_after(text: str, q: QuoteSpan, tok, vpos: int) -> bool:
    """The speech verb (tok, at vpos) opens the clause right after the quote's closing mark,
    alone or after a name ("“...,” said Smith", "“...,” Smith said"), the quote ending with a
    comma (or "?" or "!" before the verb alone: after "“...?” Mr Blair said he would not ..." a
    sentence of its own may begin). Alone, only a verb that puts its speaker after it
    (INVERTED_SPEECH): not 'waterboarding is “peanuts,” compared to what ...'."""
    if vpos < q.end:
        return False
    if closes_before_verb(text, q, vpos):
        return tok.lemma_.lower() in INVERTED_SPEECH
    m = _NAME_BEFORE_VERB.match(text, q.end)
    return m is not None and m.end() == vpos and text[q.start : q.end].rstrip()[-1:] == ","


def _in_relative_clause(tok) -> bool:
    """The verb is in a relative clause ("loopholes he cited", "a man who said"): a speech verb of
    the main clause speaks the sentence's quotes before it."""
    return any(t.dep_ == "relcl" for t in [tok, *tok.ancestors])


def speaker_of(ctx: Context, q: QuoteSpan, cue: Cue):
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
        if after is None:  # "“...,” said Tory shadow local government secretary Caroline Spelman."
            after = titled_name_after_verb(ctx, q, base + tok.idx, len(tok))
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
        and tok.head.dep_ not in CLAUSE_DEPS  # "X said [Y went ...] and added": X's, maybe
    )
    if (subj is None or (borrowed and not shared)) and (cross or tok.tag_ not in ("VBG", "VBN")) and not according(tok):
        # a finite verb the parser left without a subject: the name just before it
        ent = name_before(ctx.names, tok.doc, base, base + tok.idx)
        if ent is not None and not re.search(r"[.;!?]", ctx.text[ent.end : base + tok.idx]):
            return named(ent, ctx.names.fullest(ent)), None
    if subj is None:
        return None, None
    found = resolve_subject(ctx, q, subj, base)
    if found is not None and found.label in PLACE_LABELS:
        person = _person_after_place(ctx, found, tok.doc, base, base + tok.idx)
        if person is not None:
            return person, None
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


def _person_after_place(ctx: Context, place: Found, doc, base: int, vpos: int) -> Found | None:
    """ "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “...”":
    the parser took the place that ends an opening phrase for the subject; the person named right
    after it, a comma between, is the one who speaks (a place is never picked for being nearest)."""
    ent = name_before(ctx.names, doc, base, vpos)
    if ent is None or ent.label != "PERSON" or place.end is None or ent.start < place.end:
        return None
    if not re.fullmatch(r",\s*", ctx.text[place.end : ent.start]):
        return None
    return named(ent, ctx.names.fullest(ent))


def quoted_as_saying(tok: Token) -> Token | None:
    """ "Arab News quoted Prince Saud as saying": the one quoted speaks, not the paper that quotes
    him; the object of "quote" with "as saying" (or "as telling") after it, read from either verb."""
    if tok.lemma_ in ("say", "tell") and tok.dep_ == "pcomp" and tok.head.lower_ == "as":
        tok = tok.head.head
    if tok.lemma_ != "quote":
        return None
    as_saying = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_ in ("say", "tell") for g in c.children)
        for c in tok.children
    )
    return next((c for c in tok.children if c.dep_ == "dobj"), None) if as_saying else None


# Capitalised words, a name's particles between them ("said Jurgen den Hartog", where the parser
# takes "den" for a verb).
_CAP_WORD = r"[A-Z][\w’'-]*[a-z][\w’'-]*"
_PARTICLE = r"(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+"
_NAME_AFTER = re.compile(rf"\s+((?:{_CAP_WORD}\s+(?:{_PARTICLE})?){{0,2}}{_CAP_WORD})\s*(?:[.,;]|$)")


def name_after_verb(ctx: Context, q: QuoteSpan, vpos: int, vlen: int) -> Found | None:
    """ "“...,” admitted Kiely.": a speech verb right after the quote's closing mark, then a name
    that ends the clause, is that name's, whatever the parser made of the name (an adverb, here);
    labelled as the article's entity with the same last word, else a person."""
    text = ctx.text
    if not closes_before_verb(text, q, vpos):
        return None
    m = _NAME_AFTER.match(text, vpos + vlen)
    if m is None or "\n" in m.group(0).rstrip():
        return None
    a, b = m.start(1), m.end(1)
    ent = ctx.names.at(a, b, SPEAKER_LABELS)
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
    if label not in SPEAKER_LABELS:
        return None
    return Found("", ctx.names.fullest(Entity(a, b, text[a:b], label)), a, b, label, "name")


def cue_text(ctx: Context, cue: Cue, found: Found, subj) -> str:
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
    word = "" if initialism(subj) else subj.lower_  # "the WHO said": a name, not "who" (attribution_initialisms)
    if word in PRONOUN_LABELS:
        return pronoun_antecedent(ctx, subj, base, q)
    if word in RELATIVE_PRONOUNS or word in NOBODY_SUBJECTS:
        return None
    if bears_words(subj) or poll_share(subj):
        # "a hat that says" (attribution_inscriptions), "37 percent of Americans say" (attribution_poll_shares)
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
    if ent is not None:
        ent = organisation_before(ctx, ent) or ent  # "Amnesty International UK questioned": not the UK
    if ent is not None and not (q.start <= ent.start < q.end):
        nation = ent.label == "NORP" or people_noun(subj.text)
        if nation and subj.tag_ in ("NNP", "NN", "JJ") and any(c.dep_ == "det" for c in subj.children):
            # "said the American", "The 55-year-old Frenchman told" (NER: an organisation): one
            # person described by a nationality, not the nation
            a, b = np_span(subj)
            return Found("", subj.doc.text[a:b].strip(), base + a, base + b, "NORP", "description")
        return named(ent, ctx.names.fullest(ent))
    return None


def people_noun(word: str) -> bool:
    """A noun for one person of a nation ("Briton", "Scot", "Frenchman", "Irishwoman"), or a
    nationality adjective used as one ("the American"): a description, whatever NER labelled it."""
    low = word.lower()
    if low in NATIONALITY_NOUNS or looks_demonym(word):
        return True
    stem = re.sub(r"(?:man|woman)$", "", word)
    return stem != word and len(stem) > 2 and looks_demonym(stem)


def described_then_named(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """A subject described by a common noun and then named in apposition ("the chairman of the
    working party, Ambassador Stefan Johannesson, warned", "The magazine's music editor Mark
    Robertson said"): the person named, before the description would be kept as words. Only a
    person: "Jim Parton, from Families Need Fathers" is Parton, not the organisation. A title the
    tagger took for a proper noun counts as a common one ("The new President, Viktor Yushchenko,
    has said"): a name in apposition to it is whose title it is."""
    if subj.pos_ != "NOUN" and not (subj.pos_ == "PROPN" and subj.lower_ in TITLE_WORDS):
        return None
    ent = appositive_person(ctx, subj, base)
    return named(ent, ctx.names.fullest(ent)) if ent is not None else None


def appositive_name(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """A name in apposition to the subject: "Putin's adviser, Yuri Ushakov, said"; not one after a
    relative clause of the subject ("The actor, whose films include X, Y: The Phantom Menace")."""
    for c in subj.children:
        if c.dep_ == "appos" and not any(r.dep_ == "relcl" and subj.i < r.i < c.i for r in subj.children):
            for t in c.subtree:
                ent = ctx.names.at(base + t.idx, base + t.idx + len(t), SPEAKER_LABELS)
                if ent is not None:
                    return named(ent, ctx.names.fullest(ent))
    return None


def missed_proper_name(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """A proper name the recogniser missed ("“...,” Lopez said"), labelled as the article's entity
    with the same last word, else an organisation after "the", else a person."""
    if subj.pos_ != "PROPN" or subj.dep_ == "compound":
        return None
    left = subj
    while left.i > 0 and left.nbor(-1).pos_ == "PROPN" and left.nbor(-1).dep_ in NAME_PART_DEPS:
        left = left.nbor(-1)
    a, b = base + left.idx, base + subj.idx + len(subj)
    surface = ctx.text[a:b]
    if not speaker_name(surface) or surface.lower() in ORG_WORDS:
        return None  # "A Department for Work and Pensions spokeswoman": a common word, not a name
    if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in subj.children):
        return None  # "A senior Tory MP has criticised": a description, no name takes "a"
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
    label = "NORP" if people_noun(subj.text) else "DESC"  # "the Scot": one person, by nationality
    return Found("", desc, base + a, base + b, label, "description")


SUBJECT_RULES = (
    name_at_verb,  # "Vice President for news Jane Doe called", "Of Smith, Brown ... said" (attribution_name_at_verb)
    described_then_named,
    titled_description,
    subject_entity,
    appositive_name,
    missed_proper_name,
    description,
)
