"""A body or an event described by its own name's last word (issue 10, session 11, helper fresh8a):
"The festival praises him" after "the Berlin Film Festival", "the Commons standards and privileges
committee said" beside "the Standards and Privileges Committee". Without this the speaker stays a
description ("festival"), an actor of no one; the article named the body, so it is the speaker.
"""

from __future__ import annotations

import re

from ..entities.names import drop_possessive, fold_case
from ..lexicon import ARTICLES, DOCUMENT_NOUNS
from .attribution_context import Context, Entity

# What a body or an event is labelled ("the Berlin Film Festival" is often a building, FAC)
_BODY_LABELS = frozenset({"ORG", "FAC", "EVENT"})


def body_named_by_head(ctx: Context, start: int | None, desc: str) -> Entity | None:
    """The name whose last word is the head of a definite description ("the festival"): the nearest
    named before it outside quotations, else, for a description sharing two words or more with
    it, the first named after it. Not a document ("the report": the body that made it is found
    elsewhere) and not when two different names before it fit."""
    if start is None or not re.match(r"the\b", desc.strip(), re.IGNORECASE):
        return None
    words = [fold_case(drop_possessive(w)) for w in re.findall(r"[\w’'-]+", desc) if w.lower() not in ARTICLES]
    if not words or words[-1] in DOCUMENT_NOUNS:
        return None
    head = words[-1]
    before, after = [], []
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if inq or ent.label not in _BODY_LABELS:
            continue
        name = [fold_case(drop_possessive(w)) for w in re.findall(r"[\w’'-]+", ent.text) if w.lower() not in ARTICLES]
        if not name or name[-1] != head:
            continue
        if ent.end <= start:
            before.append((ent, name))
        elif len(set(words) & set(name)) >= 2:
            after.append(ent)
    if before:
        if len({" ".join(n) for _, n in before}) > 1:
            return None  # "the committee" after two committees: which one the text does not say
        return before[-1][0]
    return after[0] if after else None
