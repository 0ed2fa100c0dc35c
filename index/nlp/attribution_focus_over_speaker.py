"""Attribution: whom a described speaker ("the singer said", "the striker added") stands for when
an earlier speaker of the same sort and the person the sentence before is about are two people.

"“..., ” said keyboard player Nick Rhodes. ... / Simon Le Bon said earlier this year that the group
were not trying ... . “...,” the singer said.": the sentence before, in the same paragraph and after
the earlier speaker's quote, puts another person in focus; the description goes on from it, not
back over it to the speaker before (issue 10, session 15, bbc-entertainment-208).
"""

from __future__ import annotations

from .attribution_context import PERSON_NAME_LABELS, Context, Entity, Found, main_subject, sent_index, sentence_before
from ..entities.names import fold_case, speaker_name


def person_in_focus_instead(ctx: Context, f: Found, earlier: Entity, earlier_quote_end: int) -> Entity | None:
    """The person named as the subject of the sentence before the description's, when that
    sentence comes after the earlier speaker's quote (`earlier_quote_end`) with no paragraph break
    before the description, and the person is not the earlier speaker; else None (the earlier
    speaker stands)."""
    if f.start is None or not ctx.sents:
        return None
    k = sent_index(ctx.sents, f.start)
    j = sentence_before(ctx.text, ctx.sents, k, ctx.quotes)
    if j is None or ctx.sents[j][0] < earlier_quote_end or "\n" in ctx.text[ctx.sents[j][0] : f.start]:
        return None
    doc = ctx.parsed.get(j)
    ent = main_subject(ctx.names, doc, ctx.sents[j][0], PERSON_NAME_LABELS) if doc is not None else None
    if ent is None or ent not in ctx.names.ents or ent.label not in PERSON_NAME_LABELS:
        return None
    mine, theirs = speaker_name(ent.text), speaker_name(earlier.text or "")
    if not mine or (theirs and fold_case(mine.split()[-1]) == fold_case(theirs.split()[-1])):
        return None  # the earlier speaker again
    return ent
