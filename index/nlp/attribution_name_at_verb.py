"""Attribution: the person named right before the speech verb, where the parser took another word
of the sentence for its subject (issue 10, session 19, helper spk19w):

- a title word: "Acme Radio Vice President for news and talk Jane Doe called the show ...": the
  subject is "President", the name a conjunct; the words are Jane Doe's, not "Vice President";
- a preposition: "Of Smith, Brown, who backed him in 2001, said": a fronted "of" phrase (what the
  words are about) that the parser made the subject;
- a name with a person described and named in apposition: "Perhaps John Smith, party pollster
  Ann Brown says": the first name is what the second one speaks of; two people in apposition
  are never one, and the one whose phrase closes at the verb speaks.

In each the speaker's name (with a relative clause of its own: ", who ..., said") ends right
before the verb: only then is it taken, else the rules after this one decide as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from ..entities.names import fold_case, speaker_name
from ..lexicon import TITLE_WORDS
from .attribution_context import Context, Found, named
from .quotes import QuoteSpan


def name_at_verb(ctx: Context, q: QuoteSpan, subj: Token, base: int) -> Found | None:
    """The person named right before the verb, when the parsed subject is a title word, a
    preposition or a name with another person named in apposition (see the module's docstring)."""
    verb = subj.head
    if verb.i <= subj.i or subj.dep_ != "nsubj":
        return None
    title = subj.lower_ in TITLE_WORDS and subj.pos_ == "PROPN"
    if subj.pos_ == "ADP" or title:
        start = subj.i + 1  # the name after the preposition or the title
    elif subj.pos_ == "PROPN" and (other := _other_person(subj)) is not None:
        start = other.left_edge.i
        between = subj.doc[start : verb.i]
        if not any(t.pos_ == "NOUN" for t in between) or any(t.lemma_ in _ALIAS_WORDS for t in between):
            return None  # "Prince Charles, Prince of Wales, said", "Jay-Z, real name Shawn Carter": one person
    else:
        return None
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if inq or ent.label != "PERSON" or not (base + subj.doc[start].idx <= ent.start and ent.end <= base + verb.idx):
            continue
        toks = [t for t in subj.doc if ent.start <= base + t.idx < ent.end]
        if not toks or not _next_to_verb(toks[-1], verb) or not _joined_to(toks[-1], subj, title):
            continue
        if subj.pos_ == "PROPN" and subj.lower_ not in TITLE_WORDS and _same_surname(ctx, subj, base, ent.text):
            return None
        return named(ent, ctx.names.fullest(ent))
    return None


# words that give another name of the same person ("Jay-Z, real name Shawn Carter, said")
_ALIAS_WORDS = frozenset("name née nee aka alias".split())


def _joined_to(tok: Token, subj: Token, title: bool) -> bool:
    """The name hangs on the subject as the parser read it: after a title, as its conjunct or
    apposition only ("Vice President for news and talk Jane Doe", the parser's conjunct), never
    through a preposition ("The MP for Sittingbourne and Sheppey", "A spokesman for John Smith");
    after a preposition, as its object or beside it ("Of Smith, Brown"); beside a name, as the
    apposition or second subject itself ("X, consultant Y says"), not a name inside that
    apposition ("X, then adviser to President Y, told", "X, a specialist at firm Y, said")."""
    if subj.pos_ == "PROPN" and not title:
        other = _other_person(subj)
        return other is not None and tok.i == other.i
    path = []
    t = tok
    while t.i != subj.i:
        if t.head.i == t.i:
            return False
        path.append(t)
        t = t.head
    allowed = {"conj", "appos", "compound", "flat"} | ({"pobj"} if subj.pos_ == "ADP" else set())
    return all(a.dep_ in allowed for a in path) and (subj.pos_ != "ADP" or any(a.dep_ == "pobj" for a in path))


def _next_to_verb(tok: Token, verb: Token) -> bool:
    """The name's last word stands right before the verb, commas and a relative clause of its own
    (", who ..., said") aside; not a name inside a relative clause ("who gave money to Y, said")."""
    if any(a.dep_ in ("relcl", "acl") for a in tok.ancestors if a.i < verb.i):
        return False
    doc, j = tok.doc, tok.i + 1
    while j < verb.i and doc[j].is_punct:
        j += 1
    if j < verb.i and doc[j].lower_ == "who" and doc[j].head.dep_ == "relcl":
        j = doc[j].head.right_edge.i + 1
        while j < verb.i and doc[j].is_punct:
            j += 1
    return j == verb.i


def _other_person(subj: Token) -> Token | None:
    """A name in apposition to the subject, or a second subject of its verb after it (the parser
    reads "X, consultant Y says" either way)."""
    appos = next((c for c in subj.children if c.dep_ == "appos"), None)
    if appos is not None:
        return appos
    return next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i and c.pos_ == "PROPN"), None)


def _same_surname(ctx: Context, subj: Token, base: int, other: str) -> bool:
    """The subject's name and the one in apposition end alike: one person named twice."""
    mine = ctx.names.at(base + subj.idx, base + subj.idx + len(subj))
    a, b = speaker_name(mine.text if mine else subj.text), speaker_name(other)
    return bool(a and b and fold_case(a.split()[-1]) == fold_case(b.split()[-1]))
