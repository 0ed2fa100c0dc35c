"""The members of a body speaking as one (issue 10, session 12, helper spk12c): "the MPs said"
after "The Constitutional Affairs Select Committee said ..." is the committee's report. Without
this the speaker is "MPs" (a word the recogniser takes for an organisation, and no actor), and so
are the "they said" that go on from it; the article named the body whose members speak, so the
body is the speaker. A pass of attribution.PASSES.
"""

from __future__ import annotations

import re

from ..entities.names import drop_possessive, fold_case
from ..lexicon import BODY_OF_MEMBERS_HEADS, MEMBER_NOUNS
from .attribution_context import Context, Entity, Found, named


def members_speak_for_their_body(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote's attribution, with a speaker that is a plural for the members of a body ("MPs",
    "the peers", "they" standing for them) given as the body the article names before
    (`body_of_the_members`); the rest as they were."""
    out = list(found)
    for n, f in enumerate(found):
        if f is None or not f.speaker or not _members(f.speaker):
            continue
        body = body_of_the_members(ctx, f.start if f.start is not None else ctx.quotes[n].start)
        if body is not None:
            out[n] = named(body, ctx.names.fullest(body), f.cue)
    return out


def _members(speaker: str) -> bool:
    """ "MPs", "the peers": a plural noun for the members of a body, alone."""
    words = [fold_case(w) for w in re.findall(r"[\w’'-]+", speaker) if fold_case(w) != "the"]
    return len(words) == 1 and words[0] in MEMBER_NOUNS


# how far after the members a body may be named: the news lead's "MPs have warned", then "the
# Environmental Audit Committee said" in the next sentence
_NAMED_AFTER = 400


def body_of_the_members(ctx: Context, start: int) -> Entity | None:
    """The one committee, commission, panel or inquiry the article names outside quotations before
    `start`, else right after it (the lead's "MPs have warned" before the committee is named);
    None when it names none, or two different ones (which one the text does not say)."""
    bodies: list[Entity] = []
    for ent, inq in zip(ctx.names.ents, ctx.names.inq):
        if inq or ent.label != "ORG" or not ent.text.split():
            continue
        if fold_case(drop_possessive(ent.text.split()[-1])) in BODY_OF_MEMBERS_HEADS:
            bodies.append(ent)
    if len({fold_case(e.text) for e in bodies}) != 1:
        return None
    before = [e for e in bodies if e.end <= start]
    if before:
        return before[-1]
    return bodies[0] if bodies[0].start - start <= _NAMED_AFTER else None
