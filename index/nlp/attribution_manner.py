"""Attribution pass: a quoted word that says how someone spoke is not their words.

"the Home Office announced “prematurely” via press release": the marks put the word of a critic
(or the reporter's irony) on the manner of the announcing; the Home Office did not say it. A
quotation that is nothing but an adverb hanging from the speech verb outside it is nobody's by
that verb: unattributed is better than wrong. An answer the verb introduces is words said, even
one adverb: 'Priebus said, "Probably."', 'he replied: "Never!"' (a comma or a colon before the
marks, or a sentence's end inside them).
"""

from __future__ import annotations

import re

from .attribution_context import Context, Found, is_speech, sent_index
from .quotes import QuoteSpan


def manner_of_speaking(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote's attribution, with none for a quoted adverb of its own cue's speech verb."""
    out = list(found)
    for n, (q, f) in enumerate(zip(ctx.quotes, found)):
        if f is None or not ctx.sents:
            continue
        k = sent_index(ctx.sents, q.start)
        doc = ctx.parsed.get(k)
        if doc is None:
            continue
        base = ctx.sents[k][0]
        words = [t for t in doc if q.start <= base + t.idx < q.end and not t.is_punct]
        if not words or len(words) > 2 or any(t.pos_ != "ADV" for t in words) or _an_answer(ctx.text, q):
            continue
        head = words[-1].head
        if words[-1].dep_ == "advmod" and is_speech(head) and not q.start <= base + head.idx < q.end:
            out[n] = None
    return out


def _an_answer(text: str, q: QuoteSpan) -> bool:
    """The quotation is introduced by a comma or a colon, or ends a sentence inside its marks:
    an utterance of its own ("said, “Probably.”"), not a word on the manner of speaking."""
    before = text[max(0, q.start - 6) : q.start].rstrip(" \"“‘'")
    return before.endswith((",", ":")) or bool(re.search(r"[.!?]\W*$", text[q.start : q.end]))
