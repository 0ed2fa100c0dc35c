"""Whether "according to X" governs a quotation it does not dominate in the parse.

"a period that, according to Gartner analyst Carolina Milanesi is “seldom strong”": "according"
hangs on the verb of the clause the quotation is in ("is"), beside the quotation rather than
above it, so it never counts as governing it, and a relative clause then ranks it after an
"according to analysts" of the main clause. The clause "according to" modifies is the one it
attributes: when its verb is above the quotation (or is the quotation's head), X speaks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def according_governs_clause(according: Token, first: Token, qa: int, qb: int) -> bool:
    """The verb that "according" (to X) modifies is the quotation's first token's head or one of
    its ancestors, in the same clause (the quotation's own words, in [qa, qb) of the sentence, do
    not count): the "according to" attributes the quotation."""
    head = according.head
    if head.i == according.i or head.pos_ not in ("VERB", "AUX"):
        return False
    for a in first.ancestors:
        if qa <= a.idx < qb:
            continue
        if a.i == head.i:
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ in ("ccomp", "relcl", "advcl", "conj", "parataxis"):
            return False  # another clause's verb stands between the quotation and "according"
    return False
