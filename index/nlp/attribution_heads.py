"""Attribution's reading of "the festival", "the institute" as speakers: the one name of the
article with that head word ("the Berlin Film Festival") (helper fresh8b, issue 10).

A thing or body described by the head word of a name the article gave in full ("The festival
praises him for his “sensational start”" after "at the Berlin Film Festival") is that name, when
the article names only one with that head before the description; otherwise it stays a
description.
"""

from __future__ import annotations

import re

from ..entities.names import fold_case
from .attribution_context import Context, Entity, Found


def named_by_its_head(ctx: Context, f: Found, head: str) -> Entity | None:
    """The one name of two words or more before the description "the <head>" whose last word is
    that head ("Berlin Film Festival" for "The festival"), outside quotations; else None."""
    if f.start is None or not head or not re.match(r"the\s+" + re.escape(head) + r"\b", f.speaker or "", re.I):
        return None
    found: dict[str, Entity] = {}
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        words = ent.text.split()
        if inq or ent.start >= f.start or len(words) < 2 or fold_case(words[-1]) != head:
            continue
        found.setdefault(fold_case(re.sub(r"^[Tt]he\s+", "", ent.text)), ent)
    return next(iter(found.values())) if len(found) == 1 else None
