"""Attribution rule: a quotation a colon introduces is the words of its sentence's subject.

"Mr Dean is confident though: “I think if they see real HD ...”": the reporter's sentence says
something of a person and the colon hands over to that person's words, with no speech verb. Only
a person the recogniser names as the main subject counts (not "the report is clear:", not a
pronoun): anything else is left to the other rules, and unattributed is better than wrong.
"""

from __future__ import annotations

import re

from .attribution_context import PERSON_NAME_LABELS, Context, Found, described, named, sent_index
from .quotes import QuoteSpan


def colon_before(ctx: Context, q: QuoteSpan) -> Found | None:
    """The main subject of the sentence that ends in a colon right before the quote, when it is a
    person's name ("Mr Dean is confident though: “...”")."""
    if not ctx.sents:
        return None
    ps = ctx.text.rfind("\n", 0, q.start) + 1
    before = ctx.text[ps : max(ps, q.start - 1)].rstrip()
    if not before.endswith(":"):
        return None
    k = sent_index(ctx.sents, ps + len(before) - 1)
    doc = ctx.parsed.get(k)
    if doc is None:
        return None
    base = ctx.sents[k][0]
    colon = next((t for t in doc if base + t.idx == ps + len(before) - 1), None)
    verb = colon.head if colon is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # the clause the colon ends, not one inside the quotation
    if verb is None or base + verb.idx >= q.start - 1:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ent = ctx.names.at(base + subj.idx, base + subj.idx + len(subj), PERSON_NAME_LABELS) if subj is not None else None
    if ent is None or described(ctx.text, ent) or re.search(r"[“\"”]", ctx.text[ent.end : ps + len(before)]):
        return None  # no name, or a quotation between the name and the colon: its own attribution's
    return named(ent, ctx.names.fullest(ent), ctx.text[ent.start : ps + len(before)].strip())
