"""Attribution: a partial quotation in the reporter's next sentence whose verb is backshifted
("Sir John said “substantial progress” had been made since, adding that this was “only the
beginning”. The government and its partners would “need to be creative and responsive”."): the
reported speech goes on, so the words are the speaker's of the sentence before.

Narrowly: the quote comes right after "would", "could", "should" or "might" (the tense of reported
speech, not of the reporter's own news), in the sentence after the previous quote's, in the same
paragraph; that quote has a person's name as its speaker; and the reporter's words of the quote's
sentence name no person and say no one speaks (whom the modal's clause is about, "the government
and its partners", may be people: the reported speaker talks about them). Anything else leaves it unattributed (issue 10, session 13, bbc-politics-080).
"""

from __future__ import annotations

import re

from ..lexicon import BACKSHIFTED_MODALS
from .attribution_context import PERSON_NAME_LABELS, Context, Found, sent_index
from .attribution_names_someone import names_someone

_MODAL_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(BACKSHIFTED_MODALS)) + r")\s+[\"“‘']?$")


def backshifted_continuation(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Each unattributed quote right after a backshifted modal in the sentence after a person's
    quote (as the module says): that person's words."""
    out = list(found)
    text, sents, quotes = ctx.text, ctx.sents, ctx.quotes
    for n in range(1, len(quotes)):
        prev, q, p = out[n - 1], quotes[n], quotes[n - 1]
        if out[n] is not None or prev is None or prev.how != "name" or prev.label not in PERSON_NAME_LABELS:
            continue
        if "\n" in text[p.end : q.start] or not _MODAL_BEFORE.search(text[max(0, q.start - 12) : q.start]):
            continue
        k = sent_index(sents, q.start)
        if k != sent_index(sents, max(p.start, p.end - 1)) + 1:
            continue
        if not names_someone(ctx, *sents[k], people=False):  # whom the clause is about may be people
            out[n] = prev
    return out
