"""Attribution pass: "X added:" says X spoke the quotation just before it.

"... said the machine would appeal to PC-owning consumers. / “They want a further taste of Mac
...” Harris added: “Everybody thought ...”": a paragraph that opens with a quotation standing as
sentences of its own, then "X added:" (or "continued", "went on") and X's next quotation: the
first is X's too, whatever quotation came before the paragraph. Only a quotation that opens its
paragraph: after another speaker's quotation in the same paragraph "X added" may follow that one
loosely (attribution_continuation.between_the_same_speaker: "Simpson-Daniel added" after
Melville).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution_context import Context, Found
from .attribution_continuation import GOES_ON_CUE, standalone


def said_before_added(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote's attribution, with an unattributed quotation that opens its paragraph given to
    the named speaker whose "X added:" follows it in that paragraph."""
    out = list(found)
    text, quotes = ctx.text, ctx.quotes
    for n in range(len(quotes) - 1):
        q, r, nxt = quotes[n], quotes[n + 1], found[n + 1]
        if found[n] is not None or nxt is None or nxt.how != "name" or not nxt.speaker:
            continue
        if nxt.start is None or not q.end <= nxt.start < r.start:
            continue  # the next quotation's speaker is named between the two
        between = text[q.end : r.start]
        if "\n" in between or not GOES_ON_CUE.match(between) or not _opens_paragraph(text, q.start):
            continue
        if standalone(ctx, n):
            out[n] = replace(nxt)
    return out


def _opens_paragraph(text: str, start: int) -> bool:
    """Only quotation marks and spaces between the paragraph's start and the quote."""
    ps = text.rfind("\n", 0, start) + 1
    return not re.search(r"[^\s\"“‘'(]", text[ps:start])
