"""The last resort: a quote no rule attributed, next to one person and no one else, is that
person's.

A phrase in marks in a reporter's sentence about someone is, far more often than not, that
person's words: "Ms Hale described a town of “hard work and fair pay”", "The Guardian's film
critic Peter Bradshaw felt that there “might well be” a sweep of awards". The rules before this
one want a speech verb, a colon or a subject the parse makes plain; this one reads only who is
named. Where the words may be someone else's, or no one's, it
leaves the quote unattributed, unattributed being better than wrong:

- the window is the quote's sentence and the one before, in its paragraph (a long paragraph
  names many people), and it names exactly one person (by surname), outside quotation marks,
  before the quote ("the “complete mess” produced by Mr Brown's tinkering" is Brown's object),
  whose fullest name in the article opens with a given name (nlp's PERSON is also "his
  Oscar-winning performance", a song "Pump Up", a firm);
- the quote is two words or more: one word in marks is a term as often as anyone's ("only one
  showed Ms Simonetti's flight “wings”"), as subject_of_fragment has it, unless it hangs on a
  verb of the person's view ("Mr Kennedy also believes the plans to scrap “illiberal” ID
  cards would appeal to women");
- the quote's sentence has words of the reporter's, and no speech verb among them ("..., he said"
  that the rules gave no one is not for this one to give); a quotation standing as a sentence of
  its own after "research done by Dr Alastair Sibbald." may go on from an earlier speaker;
- the quote is no name given ("the hall known as the “red house”", lexicon.NAMING_WORDS), no title
  or slogan (quotes.title_case: "ended with “Roads Of The Old Country”"), and does not name the
  person ("shouts of “good luck, Hale”": spoken to or of them);
- not the object of a verb of no view whose subject the person is ("Smith plays a New York “date
  doctor”"): subject_of_fragment reads that case and leaves a term there unattributed;
- the main subject is no pronoun for others ("Someone believes the plans to scrap “costly and unfair” tolls",
  lexicon.SUBJECTS_FOR_ONE_NAMED) and no word for people or a body that may speak itself ("The
  crowd wants the plans to scrap “costly and unfair” tolls"), and the quote hangs on no passive verb, nor
  opens on one ("Mike Mills was taken to hospital suffering from “severe flu-like symptoms”",
  "Mourinho has been “reminded of his responsibilities”": what happens to someone).

Measured (session 23): on the BBC dev gold 3 quotes right, none wrong; on the tune half of
PolNeAR's train split, speakers judged where the gold names one .919 -> .922 (6 right), no quote
wrong nor attributed where the gold has no speaker; on the 2,225 BBC articles, 27 quotes gain a
speaker, 19 of them rightly by a reader's judgement (the wrong: terms in marks, "a “put
option”", "for “security reasons”").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution_context import (
    PERSON_NAME_LABELS,
    Context,
    Entity,
    Found,
    in_headline,
    named,
    own_words,
    sent_index,
)
from .attribution_names_someone import SPEECH_WORDS
from .quotes import QuoteSpan, title_case
from ..entities.names import fold_case, starts_with_given_name
from ..lexicon import (
    FRAGMENT_OWNER_VERBS,
    REPORTING_LEMMAS,
    FIRM_NOUNS,
    INSTITUTIONS,
    NAMING_WORDS,
    PEOPLE_NOUNS,
    SUBJECT_DEPS,
    SUBJECTS_FOR_ONE_NAMED,
)

# the deps of a verb's object, where a phrase in marks is a term of the act ("plays a “date doctor”")
_OBJECTS = frozenset({"dobj", "attr", "oprd"})
# a subject that may speak itself: people, a body
_MAY_SPEAK = PEOPLE_NOUNS | INSTITUTIONS | FIRM_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sole_person_nearby(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote still unattributed that the module's rules give to the one person named."""
    out = list(found)
    for n, (q, f) in enumerate(zip(ctx.quotes, found)):
        if f is None and ctx.sents and not in_headline(ctx.text, q):
            ent = _the_one_person(ctx, q)
            if ent is not None:
                out[n] = named(ent, ctx.names.fullest(ent), "")
    return out


def _the_one_person(ctx: Context, q: QuoteSpan) -> Entity | None:
    text, k = ctx.text, sent_index(ctx.sents, q.start)
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    pe = len(text) if pe < 0 else pe
    ws = max(ps, ctx.sents[max(0, k - 1)][0])
    we = min(pe, ctx.sents[sent_index(ctx.sents, max(q.start, q.end - 1))][1])
    s = ctx.sents[k][0]
    own = re.findall(r"[A-Za-z]+", own_words(text, ctx.sents[k], q, ctx.quotes))
    if not own or any(w.lower() in SPEECH_WORDS for w in own):
        return None
    before = text[ps : q.start].rstrip(" “\"‘'").lower()
    if any(before.endswith((w, w + " the", w + " a", w + " an")) for w in NAMING_WORDS):
        return None
    people = [
        ent
        for ent in ctx.names.ents
        if ent.label in PERSON_NAME_LABELS
        and ws <= ent.start < we
        and not any(a - 1 <= ent.start < b + 1 for a, b in ctx.marked)
    ]
    fullest = [ctx.names.fullest(ent).split() for ent in people]
    if len({fold_case(words[-1]) for words in fullest if words}) != 1:
        return None
    named_before = [(ent, name) for ent, name in zip(people, fullest) if ent.start < q.start]
    if not named_before:
        return None  # "the “complete mess” produced by Mr Brown's tinkering": named after, its object
    ent, name = named_before[-1]
    words = re.findall(r"[\w'’-]+", text[q.start : q.end])
    doc = ctx.parsed.get(k)
    if len(words) < 2 and (doc is None or not _under_their_view(doc, s, q, people)):
        return None
    if (
        not starts_with_given_name(" ".join(name))
        or title_case(words)
        or {fold_case(w) for w in words} & {fold_case(w) for each in fullest for w in each}
    ):
        return None
    if doc is not None and (
        _a_subject_for_others(ctx, doc, s, people)
        or _on_a_passive_verb(doc, s, q)
        or _a_term_of_their_act(doc, s, q, people)
    ):
        return None
    return ent


def _a_subject_for_others(ctx: Context, doc: Doc, base: int, people: list[Entity]) -> bool:
    """A main subject (of the root verb, or of a verb joined to it), outside the marks, that may
    be another speaker: a pronoun that stands for no one person ("someone", "they", "many"), a
    word for people or a body ("The crowd wants", "The council voted")."""
    heads = [t for t in doc if t.dep_ == "ROOT"]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    for t in (c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS):
        at = base + t.idx
        if any(a <= at < b for a, b in ctx.marked) or any(e.start <= at < e.end for e in people):
            continue
        low = t.lower_
        single = low[:-1] if low.endswith("s") else low
        if t.pos_ == "PRON" and low not in SUBJECTS_FOR_ONE_NAMED:
            return True
        if t.pos_ == "NOUN" and ({low, single} & _MAY_SPEAK):
            return True
    return False


def _first_word(doc: Doc, base: int, q: QuoteSpan):
    """The quotation's first word in the parse of its sentence (which starts at base)."""
    return next((t for t in doc if q.start <= base + t.idx < q.end and not t.is_punct), None)


def _on_a_passive_verb(doc: Doc, base: int, q: QuoteSpan) -> bool:
    """A verb outside the quotation that its words hang on is passive, or the quotation opens on
    a verb made passive outside it."""
    first = _first_word(doc, base, q)
    if first is None:
        return False
    if first.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("auxpass", "nsubjpass") and not q.start <= base + c.idx < q.end for c in first.children
    ):
        return True  # "has been “reminded of his responsibilities”"
    return any(
        not q.start <= base + t.idx < q.end
        and t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
        for t in first.ancestors
    )


def _a_term_of_their_act(doc: Doc, base: int, q: QuoteSpan, people: list[Entity]) -> bool:
    """The person is the subject of the main verb, a verb of no view, and the quotation is in its
    object ("Smith plays a New York “date doctor”"): subject_of_fragment's case, which leaves a
    term or a title there unattributed ("will find out “within a month”" is no object)."""
    first = _first_word(doc, base, q)
    if first is None:
        return False
    chain = [first, *first.ancestors]
    at = next((i for i, t in enumerate(chain) if t.pos_ in ("VERB", "AUX")), None)
    if at is None or at == 0:
        return False
    verb = chain[at]
    if verb.dep_ != "ROOT" or verb.lemma_ in FRAGMENT_OWNER_VERBS | REPORTING_LEMMAS:
        return False
    return chain[at - 1].dep_ in _OBJECTS and any(
        c.dep_ in SUBJECT_DEPS and any(e.start <= base + c.idx < e.end for e in people) for c in verb.children
    )


def _under_their_view(doc: Doc, base: int, q: QuoteSpan, people: list[Entity]) -> bool:
    """The quotation's words hang on a verb of a view ("believes", "thinks") whose subject is the
    person: "Mr Kennedy also believes the plans to scrap “illiberal” ID cards would appeal"."""
    first = _first_word(doc, base, q)
    if first is None:
        return False
    return any(
        t.lemma_ in FRAGMENT_OWNER_VERBS | REPORTING_LEMMAS
        and any(c.dep_ in SUBJECT_DEPS and any(e.start <= base + c.idx < e.end for e in people) for c in t.children)
        for t in first.ancestors
    )
