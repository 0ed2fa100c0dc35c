"""The last resort: a phrase no rule attributed, next to one person and no one else, is theirs.

A phrase in marks in a reporter's sentence about someone is that person's words more often than
not ("The Guardian's film critic Peter Bradshaw felt that there “might well be” a sweep of
awards"); the rules before this one want a speech verb, a colon or a subject the parse makes
plain. Where the words may be someone else's, or no one's, the quote stays unattributed:

- the window is the quote's sentence and the one before, in its paragraph; it names one person
  (one fullest name, outside the marks), before the quote ("the “complete mess” produced by Mr
  Brown's tinkering" is spoken of), whose name opens with a given name (NER's PERSON is also a
  song, "Pump Up", or a firm);
- the quote is a phrase in a sentence of the reporter's with no speech verb (the rules judged
  those; a quotation standing alone may go on from an earlier speaker), two words or more unless
  under the person's verb of a view ("Mr Kennedy also believes the party's plans to use the money
  saved from not introducing “illiberal” ID cards ..."), no name given, no title, not naming them;
- the main subject is the person, a pronoun of their gender, or a thing: not "Someone", "they",
  "The crowd", "Critics" or another name; no passive verb carries the quote ("was taken to
  hospital suffering from “severe flu-like symptoms”"); and the quote is not in the object or
  complement of a verb of no view whose subject is the person ("Smith plays a New York “date
  doctor”", "He was “the ultimate hack”": subject_of_fragment's cases).

A quotation that goes on right after the phrase, in the same paragraph, is the same person's
("Rooney, who believes “if we can get past Milan ...”. “As soon as I knew ...”").

On the 2,225 BBC articles (session 23) 18 of the 25 quotes it gives are right by a reader's
judgement; the rest are mostly terms in marks ("for “security reasons”", "“space weather”").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution_context import (
    PERSON_NAME_LABELS,
    Context,
    Entity,
    Found,
    first_word,
    human_noun,
    in_headline,
    named,
    own_words,
    sent_index,
)
from .attribution_passes import continues_quotation, next_sentence_of_run
from .attribution_pronouns import named_in_quote
from .attribution_reported_fragment import NAMED_AS, sentence_speaks
from .quotes import QuoteSpan, title_case
from ..entities.names import starts_with_given_name
from ..lexicon import (
    FEMALE_PRONOUNS,
    FIRM_NOUNS,
    INSTITUTIONS,
    MALE_PRONOUNS,
    PEOPLE_NOUNS,
    SUBJECT_DEPS,
    SUBJECTS_FOR_ONE_NAMED,
    VIEW_LEMMAS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# a verb's object or complement, where a phrase in marks is a term of the act ("plays a “date doctor”")
_OBJECTS = frozenset({"dobj", "attr", "oprd"})
# one word for a body or people that may speak itself ("The crowd wants"); a role ("The senator")
# may be the person named, so only a plural of one counts ("Critics want")
_MAY_SPEAK = PEOPLE_NOUNS | INSTITUTIONS | FIRM_NOUNS
_GENDER = {**{w: "m" for w in MALE_PRONOUNS}, **{w: "f" for w in FEMALE_PRONOUNS}}


def sole_person_nearby(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote still unattributed that the module's rules give to the one person named."""
    out = list(found)
    for n, (q, f) in enumerate(zip(ctx.quotes, found)):
        if f is None and ctx.sents and not in_headline(ctx.text, q):
            ent = _the_one_person(ctx, q)
            if ent is not None:
                out[n] = named(ent, ctx.names.fullest(ent), "")
    # The quotation that goes on right after a phrase given here, in its paragraph, is the same
    # person's ("... Rooney, who believes “if we can get past Milan, we have a great chance”. “As
    # soon as I knew ...”"): previous_speaker ran before this pass had given the phrase.
    for n in range(1, len(out)):
        if out[n] is None and found[n - 1] is None and out[n - 1] is not None:
            if next_sentence_of_run(ctx, n) or continues_quotation(ctx, n):
                out[n] = out[n - 1]
    return out


def _the_one_person(ctx: Context, q: QuoteSpan) -> Entity | None:
    text, k = ctx.text, sent_index(ctx.sents, q.start)
    last = sent_index(ctx.sents, max(q.start, q.end - 1))
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    pe = len(text) if pe < 0 else pe
    doc, s = ctx.parsed.get(k), ctx.sents[k][0]
    if doc is None or not re.search(r"[A-Za-z]", own_words(text, ctx.sents[k], q, ctx.quotes)):
        return None  # unread, or a quotation standing as a sentence of its own
    if any(sentence_speaks(text, ctx.sents, j, ctx.quotes) for j in range(k, last + 1)):
        return None  # "..., he said" that the rules gave no one is not for this one to give
    if NAMED_AS.search(text[max(ps, q.start - 40) : q.start].rstrip(" \"“‘'")):
        return None
    ws, we = max(ps, ctx.sents[max(0, k - 1)][0]), min(pe, ctx.sents[last][1])
    people = [
        ent
        for ent in ctx.names.ents
        if ent.label in PERSON_NAME_LABELS
        and ws <= ent.start < we
        and not any(a - 1 <= ent.start < b + 1 for a, b in ctx.marked)
    ]
    if len({ctx.names.fullest(ent) for ent in people}) != 1 or people[0].start > q.start:
        return None
    ent = max((e for e in people if e.start < q.start), key=lambda e: e.start)
    name = ctx.names.fullest(ent)
    words = re.findall(r"[\w'’-]+", text[q.start : q.end])
    if (
        not starts_with_given_name(name)
        or title_case(words)
        or named_in_quote(text, name, [q])
        or (len(words) < 2 and not _under_their_view(doc, s, q, people))
    ):
        return None
    gender = ctx.genders.of(ent)
    if _a_subject_for_others(ctx, doc, s, people, gender) or _on_a_passive_verb(doc, s, q):
        return None
    if _a_term_of_their_act(doc, s, q, people, gender):
        return None
    return ent


def _named(tok: Token, base: int, people: list[Entity]) -> bool:
    """The word is in a mention of the person's name."""
    return any(e.start <= base + tok.idx < e.end for e in people)


def _theirs(tok: Token, base: int, people: list[Entity], gender: str | None) -> bool:
    """The word is the person's name, or "he"/"she" of their gender (any, where it is unknown)."""
    return _named(tok, base, people) or (tok.lower_ in _GENDER and gender in (None, _GENDER[tok.lower_]))


def _main_subjects(doc: Doc) -> list[Token]:
    """The subjects of the root verb and of the verbs joined to it."""
    heads = [t for t in doc if t.dep_ == "ROOT"]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    return [c for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS]


def _a_subject_for_others(ctx: Context, doc: Doc, base: int, people: list[Entity], gender: str | None) -> bool:
    """A main subject, outside the marks, that may be another speaker: a pronoun standing for no
    one person of theirs ("someone", "they", "he" for a woman), a word for people or a body ("The
    crowd wants", "Critics want", "MPs are deciding"), another name ("Labour wants")."""
    for t in _main_subjects(doc):
        if any(a <= base + t.idx < b for a, b in ctx.marked) or _theirs(t, base, people, gender):
            continue
        low = t.lower_
        if t.pos_ == "PRON" and (low not in SUBJECTS_FOR_ONE_NAMED or low in _GENDER):
            return True
        single = low[:-1] if low.endswith("s") else low
        if t.pos_ == "NOUN" and {low, single} & _MAY_SPEAK:
            return True
        if t.tag_ in ("NNS", "NNPS") and human_noun(t):
            return True  # "Critics want", "MPs are deciding"
        if t.pos_ == "PROPN" and ctx.names.at(base + t.idx, base + t.idx + len(t)) is not None:
            return True
    return False


def _on_a_passive_verb(doc: Doc, base: int, q: QuoteSpan) -> bool:
    """A verb outside the quotation that its words hang on is passive, or the quotation opens on
    a verb made passive outside it ("has been “reminded of his responsibilities”")."""
    first = first_word(doc, base, q)
    if first is None:
        return False
    if first.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("auxpass", "nsubjpass") and not q.start <= base + c.idx < q.end for c in first.children
    ):
        return True
    return any(
        not q.start <= base + t.idx < q.end
        and t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
        for t in first.ancestors
    )


def _a_term_of_their_act(doc: Doc, base: int, q: QuoteSpan, people: list[Entity], gender: str | None) -> bool:
    """The quotation is in the object or complement of the main verb, a verb of no view, whose
    subject is the person ("will find out “within a month”" is no object)."""
    first = first_word(doc, base, q)
    if first is None:
        return False
    chain = [first, *first.ancestors]
    at = next((i for i, t in enumerate(chain) if t.pos_ in ("VERB", "AUX")), None)
    if not at:
        return False
    verb = chain[at]
    if verb.dep_ != "ROOT" or verb.lemma_ in VIEW_LEMMAS or chain[at - 1].dep_ not in _OBJECTS:
        return False
    return any(c.dep_ in SUBJECT_DEPS and _theirs(c, base, people, gender) for c in verb.children)


def _under_their_view(doc: Doc, base: int, q: QuoteSpan, people: list[Entity]) -> bool:
    """The quotation's words hang on a verb of a view whose subject is the person's name."""
    first = first_word(doc, base, q)
    if first is None:
        return False
    return any(
        t.lemma_ in VIEW_LEMMAS and any(c.dep_ in SUBJECT_DEPS and _named(c, base, people) for c in t.children)
        for t in first.ancestors
    )
