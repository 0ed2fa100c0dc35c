"""Attribution: a name in a document's description after "for" or "to" is whom the document was
written for, not who speaks in it: "“...,” reads a telephone memo for Mr Heath" is the memo's
words (its writer unnamed), not Mr Heath's; "a letter to the chancellor said" is not the
chancellor's. attribution_descriptions reads a thing's speaker from a name inside its description
("the FA statement"); this module says which of those names may be that speaker (issue 10, session
14, helper spk14a; bbc-politics-303).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import RECIPIENT_WORDS, WRITTEN_THINGS, alternation
from .attribution_context import SPEAKER_LABELS, Context, Entity, Found

# a written thing, a recipient word, then at most three words before the name ("a letter to the Tory
# leader Michael Howard"), none of them a word that names the author ("from", "by")
_RECIPIENT_BEFORE = re.compile(
    r"\b"
    + alternation(WRITTEN_THINGS)
    + r"\s+("
    + alternation(RECIPIENT_WORDS)
    + r")\s+(?:(?!(?:from|by)\b)[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def written_for(ctx: Context, f: Found, ent: Entity) -> bool:
    """The name stands in the description `f` after a recipient word ("a memo for Mr Heath")."""
    if f.start is None or not f.start <= ent.start:
        return False
    return bool(_RECIPIENT_BEFORE.search(ctx.text[f.start : ent.start]))


def author_named_in(ctx: Context, f: Found) -> Entity | None:
    """The first name inside the thing's description that is not whom it was written for: "the FA
    statement" is the FA's; "a telephone memo for Mr Heath" names no author."""
    if f.start is None or f.end is None:
        return None
    for ent in ctx.names.ents:
        if ent.start < f.end and ent.end > f.start and ent.label in SPEAKER_LABELS and not written_for(ctx, f, ent):
            return ent
    return None


def without_recipient(ctx: Context, f: Found) -> Found:
    """A thing's description kept as words, without the words that name whom it was written for
    ("telephone memo", not "telephone memo for Mr Heath"): a description that ends in a name would
    be read as that name's later (entities/speakers.py)."""
    if f.start is None or f.end is None or not f.speaker:
        return f
    for ent in ctx.names.ents:
        if f.start <= ent.start < f.end and written_for(ctx, f, ent):
            m = _RECIPIENT_BEFORE.search(ctx.text[f.start : ent.start])
            cut = f.start + m.start(1)
            tail = ctx.text[cut : f.end].strip()
            speaker = f.speaker
            if speaker.lower().endswith(tail.lower()):
                speaker = speaker[: len(speaker) - len(tail)].rstrip(" ,")
            end = cut - (len(ctx.text[f.start : cut]) - len(ctx.text[f.start : cut].rstrip()))
            return replace(f, speaker=speaker, end=end)
    return f
