"""Attribution's reading of a speech verb that reports a clause of its own: "“... stand down.'”
But he changed his mind in June 2004, ..., the book claims." (helper fresh8b, issue 10).

A quote's attribution may follow it in the next sentence ("“...” He said."); but a next sentence
whose speech verb already has its reported clause before it, outside quotations ("But he changed
his mind ..., the book claims"), says who claims that clause, not who spoke the quote before it;
so does such a verb in the quote's own sentence, where the splitter ran the two together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token


def reports_its_own_clause(verb: Token, inside: list[tuple[int, int]], after: int) -> bool:
    """The verb, after the quote, has a reported clause between the quote's end (`after`, in the
    parse's offsets) and itself ("..., the book claims"): a clause with a verb and its subject,
    none of whose words is inside a quotation."""
    if verb.idx < after:
        return False
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i > verb.i:
            continue
        words = list(c.subtree)
        if min(t.idx for t in words) < after or any(a <= t.idx < b for t in words for a, b in inside):
            continue
        if any(d.dep_ in SUBJECT_DEPS for d in c.children):
            return True
    return False
