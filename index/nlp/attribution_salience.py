"""Whom "he" or "she" stands for when the sentence before it gives no person as its subject: the
person most in focus, as centering theory ranks the people of a discourse. A name in the main
clause of a sentence carries the focus: its subject first (that of its last main verb, or of a
reporting aside: "The answer, says Prof Brewer, is wi-fi"), then its objects, then a name in a
phrase of the main clause ("the withdrawal of tycoon Steve Morgan"), then the owner of its subject
("Mr Campbell's e-mail"); a name inside a subordinate clause does not take the focus over ("Tony
Blair said he would ... . But changes to the bill must not overturn the law set when a court ruled
that doctors could withdraw ... from coma victim Tony Bland. “...,” he said": Blair, not Bland).
So the sentences before are read back, nearest first (up to four, over one paragraph break at
most); the first that has such a person (of the pronoun's gender, not named in the quote) gives
the antecedent. Two people of one rank ("Smith and Jones said"), a subject that is a capitalised
word NER left, or a described subject ("A spokesman said", "the 25-year-old Dubliner") leave the
choice to the caller's fallback. A sentence that says the same pronoun goes on with someone named
before (centering's first rule: "The crowd screamed when he arrived"), so names after the pronoun
in it are passed over. And in "the prime minister said he had ...", he is the reporting verb's
subject (`reporting_description`). Used by attribution_pronouns.gendered_antecedent before its
fallback, the latest person named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from collections.abc import Callable

from ..lexicon import PERSON_ROLES, PERSON_TITLES_BEFORE
from .attribution_context import (
    PERSON_NAME_LABELS,
    Context,
    Entity,
    described,
    is_speech,
    main_subject,
    sent_index,
    sentence_before,
)
from .attribution_described_subjects import described_person
from .attribution_described_surnames import a_description
from .attribution_gender import gender_of_pronoun
from .attribution_last_clause import last_sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Range
    from .quotes import QuoteSpan

# how many sentences of the reporter's before the pronoun's are read for the person in focus, and
# how many paragraph breaks the reading may cross
_SENTENCES_BACK = 4
_BREAKS = 1

# the dependencies of a main clause's objects ("rapped skipper Olof Mellberg", "gave Smith",
# "was beaten by Jones": the agent's object)
_OBJECTS = ("dobj", "dative", "attr", "oprd")


def salience_sentences(text: str, sents: list[Range], quotes: list[QuoteSpan], k: int) -> list[int]:
    """The sentences with words of the reporter's before sentence k that `salient_person` reads,
    nearest first (attribution.sentences_to_parse parses them)."""
    out: list[int] = []
    first = k
    while len(out) < _SENTENCES_BACK:
        j = sentence_before(text, sents, k, quotes)
        if j is None or len(re.findall(r"\n\s*\S", text[sents[j][1] : sents[first][0]])) > _BREAKS:
            break
        out.append(j)
        k = j
    return out


def salient_person(
    ctx: Context, s0: int, want: str, usable: Callable[[Entity, Doc, int, bool], bool], named: Callable[[Entity], bool]
) -> Entity | None:
    """The person in focus for a "he" or "she" (want: "m" or "f") at s0: the people of the main
    clauses of the sentences before, nearest first, subjects before objects. usable(ent, doc,
    base, subject): the name (a subject or not) is a person who may be of that gender;
    named(ent): the quote names them (a speaker does not name himself), so they are passed over.
    None when the sentences read give no one person: the caller's fallback decides."""
    k = sent_index(ctx.sents, s0)
    for j in _sentences(ctx, k):
        doc = ctx.parsed.get(j)
        if doc is None:
            return None
        # "... 6-2. Melzer has now beaten Agassi" (run into one sentence): its last
        doc, base = last_sentence(doc, ctx.sents[j][0])
        subjects, kind = _subjects(ctx, doc, base, want)
        if kind == "described" and not subjects:
            return None  # "A spokesman said", "the 25-year-old Dubliner underlined ...": not named here
        people = [e for e in subjects if usable(e, doc, base, True) and not named(e)]
        if len(people) > 1:
            return None  # "Smith and Jones said": either may be the one
        if people:
            return people[0]
        if any(ctx.names.at(e.start, e.end) is None for e in subjects):
            return None  # "Use of games ... has been patchy": a capitalised word NER left, whoever it is
        # "The crowd screamed when he arrived": he is the one in focus, further back; a name before
        # the pronoun may be its own ("the withdrawal of Steve Morgan, who ... what he claimed")
        until = _pronoun_at(ctx, doc, base, want)
        for rank in (_objects(ctx, doc, base), _in_main_clause(ctx, doc, base), _possessors(ctx, doc, base)):
            people = [e for e in rank if e.start < until and usable(e, doc, base, False) and not named(e)]
            if len(people) > 1:
                return None
            if people:
                return people[0]
    return None


def _pronoun_at(ctx: Context, doc: Doc, base: int, want: str) -> int:
    """Where the sentence first says "he" or "she" (want) outside quotation marks and outside a
    relative clause, else its end: a sentence that says it goes on about someone named before
    (centering's first rule), so the names after it are not the one in focus."""
    inside = ctx.inside(base)
    for t in doc:
        if (
            gender_of_pronoun(t.lower_) == want
            and t.pos_ == "PRON"
            and t.dep_ != "poss"  # "during his keynote speech Mr Allard gave": his own
            and not any(a <= t.idx < b for a, b in inside)
            and not any(h.dep_ == "relcl" for h in t.ancestors)
        ):
            return base + t.idx
    return base + len(doc.text)


def reporting_description(pron: Token) -> Token | None:
    """The described person whose speech verb reports the clause a "he" or "she" is the subject
    of ("But the prime minister said he had discussed these claims with the chancellor"): in
    "X said he ...", he is X, the most salient person of the sentence; the head noun of that
    description, for attribution_pronouns to hand on (as a description, resolved later)."""
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or not is_speech(clause.head):
        return None
    for c in clause.head.children:
        if c.dep_ == "nsubj" and c.i < pron.i:
            return c if c.pos_ == "NOUN" and (c.lower_ in PERSON_ROLES or c.lower_ in PERSON_TITLES_BEFORE) else None
    return None


def _sentences(ctx: Context, k: int) -> list[int]:
    return salience_sentences(ctx.text, ctx.sents, ctx.quotes, k)


def _roots(doc: Doc) -> list[Token]:
    """The main verbs of a parsed sentence's last paragraph, the last first: its roots, the verbs
    conjoined with them ("Mr Brown has headed ... but Mr Milburn is taking that role") and a
    reporting clause set in it ("The answer, says Prof Brewer, is wi-fi")."""
    par = doc.text.rstrip().rfind("\n") + 1
    out = []
    for root in (t for t in doc if t.dep_ == "ROOT" and t.idx >= par):
        out.append(root)
        out.extend(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        out.extend(c for c in root.children if c.dep_ == "parataxis" and is_speech(c))
    return sorted(out, key=lambda t: t.i, reverse=True)


def _subjects(ctx: Context, doc: Doc, base: int, want: str) -> tuple[list[Entity], str | None]:
    """The people named as the subject of the last main verb that has one (with those conjoined
    to them: "Smith and Jones said"), and what the subject is when it names no one: "pronoun" (of
    the pronoun's gender) or "described" (a person described: "a spokesman", "the chancellor",
    "the 25-year-old Dubliner")."""
    kind = None
    for verb in _roots(doc):
        found: list[Entity] = []
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for h in [c] + [d for d in c.children if d.dep_ == "conj"]:
                ent = _person_at(ctx, h, base)
                if ent is not None and a_description(ctx.names, ent, described(ctx.text, ent)):
                    kind = kind or "described"  # "the 25-year-old Dubliner" (NER: a person)
                elif ent is not None:
                    found.append(ent)
                elif h.pos_ == "PRON" and gender_of_pronoun(h.lower_) == want:
                    kind = kind or "pronoun"
                elif _a_described_person(h):
                    kind = kind or "described"
        if found:
            return _distinct(found), None
        if kind == "described":
            return [], kind
        # a pronoun subject ("Henman came ..., so he knows"): the subject of a verb before it
    if kind is not None:
        return [], kind
    last = _speaker_at_the_end(ctx, doc, base)
    if last is not None:
        return [last], None
    if described_person(doc, base, ctx.marked, want):
        return [], "described"
    ent = main_subject(ctx.names, doc, base, PERSON_NAME_LABELS, proper=True)
    return ([ent] if ent is not None else []), None


def _speaker_at_the_end(ctx: Context, doc: Doc, base: int) -> Entity | None:
    """The person named just before the speech verb a sentence ends with ("Others targeted include
    Oliver Letwin ..., Lib Dem's elections chief Lord Rennard said."): the reporting clause's
    subject, the sentence's source, whatever the parser made of it."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if len(words) < 2 or not is_speech(words[-1]):
        return None
    before = words[-2]
    return ctx.names.at(base + before.idx, base + before.idx + len(before), PERSON_NAME_LABELS)


def _a_described_person(head: Token) -> bool:
    """A subject that describes a person rather than naming one: a person's role ("a spokesman",
    "the chancellor"), or "the" before a capitalised noun, an age or a clause with "who" ("the
    Dubliner", "the 25-year-old", "The seventh seed, who has never gone beyond ...")."""
    if head.pos_ == "NOUN" and (head.lower_ in PERSON_ROLES or head.lower_ in PERSON_TITLES_BEFORE):
        return True
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    who = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in head.children)
    return the and (head.pos_ == "PROPN" or who or "year-old" in "".join(t.text_with_ws for t in head.subtree))


def _objects(ctx: Context, doc: Doc, base: int) -> list[Entity]:
    """The people named as objects of the main verbs, or as the agent of a passive one."""
    found: list[Entity] = []
    for verb in _roots(doc):
        for c in verb.children:
            if c.dep_ in _OBJECTS:
                heads = [c]
            elif c.dep_ == "agent":  # "was beaten by Jones"
                heads = [g for g in c.children if g.dep_ == "pobj"]
            else:
                continue
            for h in heads:
                for t in [h] + [d for d in h.children if d.dep_ == "conj"]:
                    ent = _person_at(ctx, t, base)
                    if ent is not None:
                        found.append(ent)
    return _distinct(found)


# the dependencies that open a clause of its own below a main verb, and the possessive: a name
# inside one is not in focus
_CLAUSES = frozenset({"poss", "relcl", "advcl", "ccomp", "xcomp", "acl", "csubj", "csubjpass", "pcomp", "parataxis"})


def _in_main_clause(ctx: Context, doc: Doc, base: int) -> list[Entity]:
    """The other people named in the main clause, outside quotation marks: in a phrase of its own
    ("the withdrawal of tycoon Steve Morgan"), not in a clause below it ("which Steve Bruce's
    side won", "when a court ruled that doctors could withdraw ... from Tony Bland") nor as a
    possessor ("Mr Howard's seat is at the top of the list")."""
    roots = {t.i for t in _roots(doc)}
    found: list[Entity] = []
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if inq or ent.label not in PERSON_NAME_LABELS or not base <= ent.start < base + len(doc.text):
            continue
        toks = [t for t in doc if ent.start <= base + t.idx < ent.end]
        if not toks or any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in roots for t in toks):
            continue
        tok = toks[-1]
        while tok.i not in roots and tok.head.i != tok.i and tok.dep_ not in _CLAUSES:
            tok = tok.head
        if tok.i in roots:
            found.append(ent)
    return _distinct(found)


def _possessors(ctx: Context, doc: Doc, base: int) -> list[Entity]:
    """The people who own a main verb's subject ("Mr Campbell's e-mail ... suggested they should
    get Trevor Beattie ... to issue a statement. In it, he said"): last in rank, as what the
    sentence is about is theirs."""
    found: list[Entity] = []
    for verb in _roots(doc):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                for p in c.children:
                    if p.dep_ == "poss":
                        ent = ctx.names.at(base + p.idx, base + p.idx + len(p), PERSON_NAME_LABELS)
                        if ent is not None:
                            found.append(ent)
    return _distinct(found)


def _person_at(ctx: Context, tok: Token, base: int) -> Entity | None:
    """The person's name in apposition to a noun phrase's head ("the skipper, Olof Mellberg",
    "Argentina's President, Nestor Kirchner"), else the one its head is."""
    tok = next((a for a in tok.children if a.dep_ == "appos" and a.pos_ == "PROPN"), tok)
    ent = ctx.names.at(base + tok.idx, base + tok.idx + len(tok), PERSON_NAME_LABELS)
    if ent is not None or tok.pos_ != "NOUN":
        return ent
    # "Fund manager Florian Hamm - Borussia Dortmund's largest investor - said": the parser made the
    # name a compound of the role
    for t in tok.subtree:
        if t.i >= tok.i or t.pos_ != "PROPN" or t.dep_ == "poss":
            continue
        found = ctx.names.at(base + t.idx, base + t.idx + len(t), PERSON_NAME_LABELS)
        if found is not None and found.end <= base + tok.idx:
            return found
    return None


def _distinct(ents: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in ents:
        if all((e.start, e.end) != (o.start, o.end) for o in out):
            out.append(e)
    return out
