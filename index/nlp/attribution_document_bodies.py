"""Attribution's pass over a thing left speaking whose maker the description gives by a common
noun of a body: "the council's ruling said", "said an agency statement" (issue 10, session 16,
helper desc16).

A document's words are its maker's (bench/gold conventions). When the words before the thing's
noun are only a body's common noun ("council", "agency": lexicon.INSTITUTIONS, ORG_WORDS), with
or without a possessive, the maker is the body the article names with that noun as the last
word of its name before it ("The Ugandan Media Council said ... . “...,” the council's ruling
said"; "the International Atomic Energy Agency (IAEA)" ... “...,” said an agency statement"), as
"the council" alone would be (attribution_bodies.body_named_by_head: not when two bodies so named
before it differ). Else the description stays words.
"""

from __future__ import annotations

import re

from ..lexicon import HUMAN_NOUNS, INSTITUTIONS, ORG_WORDS, PERSON_ROLES, PERSON_TITLES_BEFORE, TITLE_WORDS
from .attribution_bodies import body_named_by_head
from .attribution_context import Context, Found, named

# "the council's ruling", "an agency statement": a determiner, one noun, its possessive, a noun
_BODYS_THING = re.compile(r"(?:the|a|an)\s+([a-z]+)(?:['’]s)?\s+([a-z]+)")
# nouns of those who speak themselves ("the company's spokesman"): no thing
_SPEAKING = HUMAN_NOUNS | TITLE_WORDS | ORG_WORDS | PERSON_ROLES | PERSON_TITLES_BEFORE


def things_of_described_bodies(ctx: Context, found: list[Found | None]) -> list[Found | None]:
    """Every quote's attribution, a thing of a body given by its common noun ("the council's
    ruling") left as the speaker given the body the article names with that noun (see the module)."""
    out = list(found)
    for n, f in enumerate(found):
        if f is None or f.how != "description" or f.start is None or f.end is None:
            continue
        m = _BODYS_THING.fullmatch(ctx.text[f.start : f.end].lower())
        if m is None or m.group(1) not in INSTITUTIONS | ORG_WORDS:
            continue
        thing = m.group(2)
        if thing in _SPEAKING or thing.removesuffix("s") in _SPEAKING:
            continue
        ent = body_named_by_head(ctx, f.start, "the " + m.group(1))
        if ent is not None:
            out[n] = named(ent, ctx.names.fullest(ent), f.cue)
    return out
