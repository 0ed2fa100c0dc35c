"""Attribution's reading of a thing said to speak with its sender beside it: "The letter, from
the Home Office, says: ..." (helper fresh8b, issue 10).

attribution_descriptions gives a thing ("the report says") the organisation whose thing an earlier
sentence said it was; a letter or a report can also say whose it is in its own words, in apposition
("The letter, from the Home Office,") or after "from" or "by" ("a report by the World Bank said").
Then the organisation is the speaker, as the README's conventions have it for a statement.
"""

from __future__ import annotations

import re

from .attribution_context import Context, Entity, Found

# ", from the", " by ": the words between the thing and its sender
_FROM = re.compile(r",?\s+(?:from|by)\s+(?:the\s+)?")


def sender_beside(ctx: Context, f: Found) -> Entity | None:
    """The organisation named right after the thing that speaks, after "from" or "by" ("The
    letter, from the Home Office, says"), outside quotations; else None."""
    if f.start is None or f.end is None:
        return None
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if inq or ent.label != "ORG" or not (f.end <= ent.start <= f.end + 30):
            continue
        if _FROM.fullmatch(ctx.text[f.end : ent.start]):
            return ent
    return None
