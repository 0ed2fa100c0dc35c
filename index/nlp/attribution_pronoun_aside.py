"""Attribution pass: a quotation after one sentence of the reporter's about the person just quoted,
as "he" or "she", goes on from that person.

"“... I'm still reeling.” / And she won't commit to an opinion of Hollywood yet. “I'm just in the
middle of it ...”": between two quotations the reporter writes one sentence whose subject is the
pronoun of the speaker before, and names no one else; the quotation after it is still that
speaker's (issue 10, session 15, bbc-entertainment-369). A pronoun of the other gender, another
person named, or any other words between the quotations leave the quote as it was.
"""

from __future__ import annotations

import re

from .attribution_context import PERSON_NAME_LABELS, Context, Entity, Found, outside
from .attribution_continuation import standalone
from .attribution_gender import gender_of_pronoun
from .attribution_names_someone import PERSON_PRONOUNS

# the sentence's subject, a pronoun of one person, after at most a linking word ("And she ...")
# or a fronted clause ("But despite her reservations ..., she accepts")
_OPENING = re.compile(r"\s*(?:(?:And|But|Yet|So|Still|Now)\s+)?(he|she)\b", re.IGNORECASE)
_AFTER_CLAUSE = re.compile(r"^[^.;:]*,\s+(he|she)\s+(?!said\b|told\b|added\b)[a-z]+", re.IGNORECASE)


def pronoun_aside(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote's attribution, a quote of sentences of its own with none given the person the
    quote before was attributed to, when the only words between them are one sentence whose
    subject is that person's pronoun (`_about`)."""
    out = list(found)
    for n in range(1, len(ctx.quotes)):
        prev = out[n - 1]
        if out[n] is not None or prev is None or prev.how == "description" or not prev.speaker:
            continue
        if prev.label not in PERSON_NAME_LABELS or prev.start is None or prev.end is None:
            continue
        if not standalone(ctx, n):
            continue
        p, q = ctx.quotes[n - 1], ctx.quotes[n]
        aside = ctx.text[p.end : q.start].strip(" \t\n\"”“’‘'")
        if not aside or "\n" in aside or len(re.findall(r"[.!?](?:\s|$)", aside)) != 1:
            continue  # one sentence, in the quote's paragraph
        if _about(ctx, p.end, q.start, aside, Entity(prev.start, prev.end, prev.speaker, prev.label)):
            out[n] = prev
    return out


def _about(ctx: Context, s: int, e: int, aside: str, who: Entity) -> bool:
    """The sentence's subject is a pronoun of who's gender, and no other person is named or
    referred to in it."""
    m = _OPENING.match(aside) or _AFTER_CLAUSE.match(aside)
    if m is None or ctx.genders.of(who) != gender_of_pronoun(m.group(1).lower()):
        return False
    if any(s <= ent.start < e and ent.label in PERSON_NAME_LABELS for ent in ctx.names.ents):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", outside(ctx.text, s, e, ctx.quotes))]
    others = {w for w in words if w in PERSON_PRONOUNS} - {"he", "him", "she", "her"}
    wanted = m.group(1).lower()
    other_gender = {"she", "her"} if wanted == "he" else {"he", "him", "his"}
    return not others and not (set(words) & other_gender)
