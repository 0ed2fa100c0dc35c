"""Attribution rule: a quotation the reporter presents with a colon and no verb, from someone named
right after "Here's" or from something of someone's after "From" (issue 10, session 20, helper
spk20q, on US news).

"Here's Porter in December 1992: “Our schools must teach ...”", "From Reed's Facebook post: “The
party has to pull together ...”": a sentence that opens with "Here's" (or "Here is") and a person's name
hands over to that person's words; one that opens with "From" and a person's or a body's
possessive hands over to the words of the thing they wrote. The name must stand right after the
opener: "Here's how the plan works:", "From the report:", "From Washington:" name no one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution_colon import named_elsewhere
from .attribution_context import PERSON_NAME_LABELS, SPEAKER_LABELS, Context, Found, named
from .quotes import QuoteSpan

# the sentence that opens with the opener and ends with the colon right before the quotation
_PRESENTED = re.compile(r"(?:^|[.!?][\"”’']?[ \t]+)(From|Here[’']s|Here is)[ \t]+([^\n:.]{2,80}):[ \t]*$", re.MULTILINE)


def presented_colon(ctx: Context, q: QuoteSpan) -> Found | None:
    """The person named right after "Here's", or the person or body whose possessive follows
    "From", in a sentence ending with the colon right before the quote."""
    text = ctx.text
    before = text[: q.start - 1].rstrip("\"“‘'").rstrip()  # and a no-break space before the mark
    line = text.rfind("\n", 0, len(before)) + 1
    m = _PRESENTED.search(text, line, len(before))
    if m is None:
        return None
    here = m.group(1) != "From"
    ent = ctx.names.at(m.start(2), m.start(2) + 1, PERSON_NAME_LABELS if here else SPEAKER_LABELS)
    if ent is not None and m.start(1) <= ent.start < m.start(2):
        # "’s Porter" read as one name with the opener's "’s": the name is the words after it
        ent = replace(ent, start=m.start(2), text=text[m.start(2) : ent.end])
    if ent is None and not here:
        # "From Reed's Facebook post:" where the recogniser missed the name it gave "Tom Reed"
        own = re.match(r"(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*(?=[’']s\b)", text[m.start(2) : m.end(2)])
        ent = named_elsewhere(ctx, m.start(2), m.start(2) + own.end()) if own else None
    if ent is None or ent.start != m.start(2):
        return None
    if not here and not re.match(r"[’']s\b", text[ent.end : ent.end + 3]):
        return None  # "From Washington Post writers:", not a possessive: no one's thing
    return named(ent, ctx.names.fullest(ent), text[m.start(1) : m.end(2) + 1])
