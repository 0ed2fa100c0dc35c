"""A phrase quoted in the reporter's sentence about what a named person did, with no speech verb:
"Liberal Democrat leader Charles Kennedy has begun a week-long tour to persuade voters they are
the “real opposition”", "Tory leader Michael Howard accepted his decision “with regret”", "Mr Wong
... he thinks that having a “colour memory” makes ...". Under a verb of voicing a view, a feeling
or a thought (lexicon.FRAGMENT_OWNER_VERBS: "accepted", "thanked", "to persuade", "thinks",
"attributed ... to"; and REPORTING_LEMMAS: "believes", "argues") the reporter
marks the phrase as the words of the person the sentence is about: its subject's. Under another
("Smith plays a New York “date doctor”") the marks hold a term or a title as often.

Under any other verb the phrase is the subject's too when the subject is a name (not "he", whose
sentence in a profile says what the person was: "he was “the ultimate hack”") and the phrase sits
in a clause below the main verb, not in one of the main verb's own nouns ("Jane Roe feared that
the scheme would become “a licence to print money”", "Roe reckoned that there were “at most a
dozen” rebels"); not "Smith plays a New York “date doctor”" (a term that names the object), nor
a phrase in Title Case ("ran on the slogan “Time For Change”", a film's title): a title's writing.

Only a phrase of two words or more (one word in marks is a term as often as anyone's: Paula
showed real “bouncebackability”), and a person named (or "he"/"she" standing for one, by
attribution_pronouns) as the subject of the sentence's main verb (active, not "was branded “a
liar”", whose words are someone else's), with no other person, organisation or people named and no
quotation between the name and the phrase ("X met Y for “frank talks”" may be Y's words):
otherwise the quote is left as it was, unattributed being better than wrong."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution_context import PERSON_NAME_LABELS, Context, Found, described, first_word, named
from .attribution_pronouns import pronoun_antecedent
from .quotes import QuoteSpan, title_case
from ..lexicon import VIEW_LEMMAS, VOICE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# a pronoun subject that stands for one person ("He thinks its power lies in ...")
_PERSON_PRONOUNS = {"he", "she"}


def subject_of_fragment(ctx: Context, q: QuoteSpan) -> Found | None:
    """The named person whom the quote's sentence is about, for a phrase quoted in its predicate."""
    if len(re.findall(r"[\w’'-]+", ctx.text[q.start : q.end])) < 2:
        return None  # one word in marks is a term as often as someone's ("bouncebackability", "pause")
    own = ctx.region(q)[0]
    if len(own) != 1 or (doc := ctx.parsed.get(own[0])) is None:
        return None
    base = ctx.sents[own[0]][0]
    if not re.search(r"[A-Za-z]{2}", ctx.text[max(base, ctx.text.rfind("\n", 0, q.start) + 1) : q.start]):
        return None  # no words of the reporter's before it in its sentence: no fragment
    first = first_word(doc, base, q)
    if first is None:
        return None
    root = first
    while root.head.i != root.i:
        root = root.head
    if _content_of_a_noun(first, base, q):
        return None
    if base + root.idx >= q.start or root.pos_ not in ("VERB", "AUX"):
        return None  # the phrase is no part of the predicate of a verb before it
    owner_verb = _under_owner_verb(doc, root, first)
    if not owner_verb and not _in_a_clause_below(ctx, q, base, root, first):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or base + subj.idx >= q.start:
        return None
    if any(o.start <= base + subj.idx < o.end for o in ctx.quotes):
        return None  # the subject is inside another quotation ("“... the [mayor's] “plan” is ...”")
    end = base + subj.idx + len(subj)  # where the subject's words end in the sentence
    # a name between the subject and the phrase that may own the words instead
    if any(end <= e.start and e.end <= q.start and e.label in VOICE_LABELS for e in ctx.names.ents):
        return None
    if any(end <= o.start < q.start for o in ctx.quotes):
        return None
    cue = ctx.text[base + subj.idx : base + root.idx + len(root)]
    if subj.lower_ in _PERSON_PRONOUNS:
        # under another verb, a profile's "he was “the ultimate hack”", "he assumed the “dumb
        # name”": what is said of the person he stands for, as often as his words
        return _pronoun_owner(ctx, q, subj, base, cue) if owner_verb else None
    ent = ctx.names.at(base + subj.idx, end, PERSON_NAME_LABELS)
    if ent is None or described(ctx.text, ent):
        return None
    return named(ent, ctx.names.fullest(ent), ctx.text[ent.start : base + root.idx + len(root)])


def _under_owner_verb(doc: Doc, root: Token, first: Token) -> bool:
    """A verb of voicing a view from the main verb to the phrase ("accepted", "thinks")."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in VIEW_LEMMAS and root.i <= t.i < first.i for t in doc)


def _in_a_clause_below(ctx: Context, q: QuoteSpan, base: int, root: Token, first: Token) -> bool:
    """The phrase hangs from a verb below the main one, outside the marks ("feared that the scheme
    would become “a licence to print money”"), not from one of the main verb's nouns ("plays a
    New York “date doctor”"), and is not written in Title Case (a title, a slogan)."""
    if title_case(re.findall(r"[\w’'-]+", ctx.text[q.start : q.end])):
        return False
    return any(
        a.pos_ in ("VERB", "AUX") and not q.start <= base + a.idx < q.end for a in first.ancestors if a.i != root.i
    )


def _pronoun_owner(ctx: Context, q: QuoteSpan, subj: Token, base: int, cue: str) -> Found | None:
    """ "He thinks its power lies in its “over-hyped” promise": the person "he" stands for, when
    the antecedent machinery finds one by name (attribution_pronouns), else None."""
    found = pronoun_antecedent(ctx, subj, base, q)
    if found is None or found.how != "pronoun" or found.label not in PERSON_NAME_LABELS or not found.speaker:
        return None
    return Found(cue, found.speaker, found.start, found.end, found.label, found.how)


def _content_of_a_noun(first: Token, base: int, q: QuoteSpan) -> bool:
    """ "Mr Allan thinks the answer could lie between the cries of “impossible to regulate” and
    ...": a phrase under "of" after a noun outside the marks is what that noun names (cries,
    claims, accusations), someone else's words as often as the subject's."""
    for a in first.ancestors:
        if q.start <= base + a.idx < q.end:
            continue
        if a.lower_ == "of" and a.dep_ == "prep" and a.head.pos_ == "NOUN":
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False
