"""Attribution's reading of an organisation's national arm: "Amnesty International UK also
questioned ..." (helper fresh8b, issue 10).

The recogniser cuts such a name in two, the organisation and a place ("Amnesty International",
"UK"), and the parser makes the place the head of the subject; the speaker is then the country.
A country's name written right after an organisation's name, with nothing between, is the name's
last word (the organisation's arm in that country, as "Nintendo Europe"), so the organisation
speaks; not after a possessive ("says Deutsche Bank's Simon Champion", the person the recogniser
took for a place: the organisation's person speaks, issue 10, session 14, helper spk14a).
"""

from __future__ import annotations


from ..entities.names import strip_possessive
from ..lexicon import PLACE_LABELS
from .attribution_context import Context, Entity


def organisation_before(ctx: Context, ent: Entity) -> Entity | None:
    """The organisation whose name the place `ent` ends ("Amnesty International" before "UK",
    one space between), outside quotations; else None. An organisation written possessive
    ("Deutsche Bank's Simon Champion") owns what follows rather than ending in it."""
    if ent.label not in PLACE_LABELS:
        return None
    for org, inq in zip(ctx.names.ents, ctx.names.inq):
        if not inq and org.label == "ORG" and org.end + 1 == ent.start and ctx.text[org.end] == " ":
            name = ctx.text[org.start : org.end]  # "Deutsche Bank's": owns what follows
            return None if strip_possessive(name) != name.strip() else org
    return None
