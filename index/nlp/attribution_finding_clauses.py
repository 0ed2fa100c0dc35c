"""Attribution: a finding reports the clause it finds whether or not "that" opens it ("Sir Alan
Budd found a “chain of events” linked Mr Blunkett to ...": the quoted words are his finding's, as
in "the report found that ...", which attribution_speech_verbs._speaks reads already).

Narrowly: "found" or "finds" (not "may find", "find out", nor "show") with a name, a pronoun or a
document as its subject, a finite clause with a subject of its own after it as its complement (not
"found the man dead", "found a way to ..."), and the quote inside that clause (issue 10, session
12, bbc-politics-102).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import DOCUMENT_NOUNS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _a_finder(subj: Token) -> bool:
    """A subject that can report a finding under its name: a proper name, a pronoun, or a
    document ("the report", "A review by the ONS")."""
    return subj.pos_ in ("PROPN", "PRON") or subj.lower_ in DOCUMENT_NOUNS


# the tags of a finite verb: a clause of its own, whose words a finding reports
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finds_the_quote(verb: Token, qs: int, qe: int, inside: list[tuple[int, int]]) -> bool:
    """verb is "found" or "finds" outside the quotations (inside: their spans), and the quote
    [qs, qe) (offsets in the verb's sentence) lies in a finite clause with a subject that the
    verb has as its complement."""
    if verb.lemma_.lower() != "find" or verb.tag_ not in ("VBD", "VBZ") or verb.pos_ != "VERB":
        return False
    if any(a <= verb.idx < b for a, b in inside) or any(c.dep_ == "prt" for c in verb.children):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False  # "may find", "will find": no finding yet
    if not any(c.dep_ == "nsubj" and _a_finder(c) for c in verb.children):
        return False  # "Investigations in the wake of Ms Hughes' resignation found": no one named
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or not any(s.dep_ in SUBJECT_DEPS for s in c.children):
            continue  # not a clause before the verb ("Despite being told he was “...” she found")
        finite = c.tag_ in _FINITE or any(a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE for a in c.children)
        span = [t.idx for t in c.subtree]
        if finite and min(span) <= qs and qe <= max(t.idx + len(t) for t in c.subtree) + 1:
            return True
    return False
