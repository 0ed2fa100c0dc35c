"""Attribution: whom a described speaker ("the singer said", "the striker added") stands for when
an earlier speaker of the same sort and the person the sentence before is about are two people.

"“..., ” said keyboard player Nick Rhodes. ... / Simon Le Bon said earlier this year that the group
were not trying ... . “...,” the singer said.": the sentence before, in the same paragraph and after
the earlier speaker's quote, puts another person in focus; the description goes on from it, not
back over it to the speaker before (issue 10, session 15, bbc-entertainment-208).

The person must fit the description: one the sentence before has speak ("Le Bon said ...") or one
the article names with the description's noun ("host X", "X, the host"). A person the sentence
before says something else of is no host because a host is described next ("Robert Opal
interrupted proceedings ... Opal was murdered in 1979. ... when the host opened out best picture
envelope and declared “...”": the Oscars' host, not Opal; issue 10, session 16, fix16).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution_context import (
    PERSON_NAME_LABELS,
    Context,
    Entity,
    Found,
    is_speech,
    main_subject,
    sent_index,
    sentence_before,
)
from ..entities.names import fold_case, speaker_name
from ..lexicon import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def person_in_focus_instead(ctx: Context, f: Found, earlier: Entity, earlier_quote_end: int) -> Entity | None:
    """The person named as the subject of the sentence before the description's, when that
    sentence comes after the earlier speaker's quote (`earlier_quote_end`) with no paragraph break
    before the description, the person is not the earlier speaker and fits the description
    (`_fits`); else None (the earlier speaker stands)."""
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
    return ent if _fits(ctx, doc, ctx.sents[j][0], ent, mine, f.speaker or "") else None


def _fits(ctx: Context, doc: Doc, base: int, ent: Entity, name: str, description: str) -> bool:
    """The person in focus may be the one described: the subject of a speech verb in the sentence
    before ("Simon Le Bon said earlier this year that ..."), or named in the article with the
    description's noun ("host Bob Hope", "Hope, the host")."""
    for root in (t for t in doc if t.dep_ == "ROOT" and is_speech(t)):
        if any(c.dep_ in SUBJECT_DEPS and ent.start <= base + c.idx < ent.end for c in root.children):
            return True
    words = description.split()
    if not words:
        return False
    noun, surname = re.escape(words[-1]), re.escape(name.split()[-1])
    return (
        re.search(rf"\b(?i:{noun})\s+(?:[A-Z][\w'-]*\s+)*{surname}\b", ctx.text) is not None
        or re.search(rf"\b{surname},\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?{noun}\b", ctx.text) is not None
    )
