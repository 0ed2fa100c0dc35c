"""Attribution: a participle after a reported clause is the reporter's. "A senior Labour organiser
said Kendall will have to decide which plan he backs, saying, “...”", "Marsh also wrote the nurses
knew to expect the cuts, saying, “...”": the parser hangs "saying" on the reported clause, whose
subject (Kendall, the nurses) is spoken of; the words are those of the verb that reports the
clause (the organiser, Marsh). Only a participle set off by a comma, hung (through "to" clauses)
on a clause that is the complement of a speech verb before it, outside the quotations; where the
clause's subject is "he" or "she" and one person reports it, the pronoun stands (most likely the
reporter again), and a participle telling "him" is the clause's (issue 10, session 18, helper
spk18w; PolNeAR's train split).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def comma_participle(tok: Token) -> bool:
    """A participle set off by a comma and hung on a clause: "..., saying", '“...,” adding'; not one that tells a
    pronoun, who is the reporter ("Sullivan has said that Mr Ebbers ordered adjustments, telling
    him to “hit our books”": Ebbers tells)."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and tok.i > 0
        and _after_a_comma(tok)
        and not any(c.dep_ in ("dobj", "dative") and c.lower_ in _TOLD_PRONOUNS for c in tok.children)
    )


_TOLD_PRONOUNS = {"him", "her", "them"}
_CLOSING_MARKS = frozenset({"”", '"', "’", "'"})


def _after_a_comma(tok: Token) -> bool:
    """A comma right before the participle, or the one that ends a quotation right before it
    ("Romney “had a crazy policy ...,” adding": the comma inside the marks; session 25)."""
    before = tok.doc[tok.i - 1].text
    return before == "," or (before in _CLOSING_MARKS and tok.i > 1 and tok.doc[tok.i - 2].text == ",")


def reported_clause(clause: Token, is_speech, inside=()) -> bool:
    """clause is what a speech verb before it reports: "said [Kendall will have to ...]"; not a
    verb inside a quotation the parser hung the clause on ("Foster didn't seem pleased ...,
    telling reporters, “Plenty of people said ...”")."""
    verb = clause.head
    return (
        clause.dep_ == "ccomp"
        and verb is not clause
        and verb.i < clause.i
        and not any(a <= verb.idx < b for a, b in inside)
        and is_speech(verb)
    )


def reporter_as_pronoun(subj: Token, clause: Token) -> bool:
    """The reported clause's subject is "he" or "she" and the reporter is one person: most likely
    the reporter again ("Marsh told the audience that she believes in the plan, saying"),
    whom the pronoun resolves the better where a surname is shared; not where the reporters are
    many ("The show's producers ... confirmed that he would still be presenting, saying": theirs)."""
    if subj.lower_ not in ("he", "she"):
        return False
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    return reporter is not None and (reporter.tag_ in ("NN", "NNP") or reporter.lower_ in ("he", "she"))
