"""Attribution: "“...,” said Tory shadow local government secretary Caroline Spelman." A speech
verb right after the quote's closing mark, then a title of several words written in lower case (the
parser takes "shadow" for a verb, and attribution_speech_verbs.name_after_verb reads capitalised
words only), then a person's name that ends the clause: that person speaks (issue 10, session 14,
helper spk14a; bbc-politics-339). Only a name the recogniser labelled a person, and only when no
word between opens a clause of its own ("and", "who"): unattributed is better than wrong.
"""

from __future__ import annotations

import re

from ..lexicon import CLAUSE_WORDS_IN_TITLES
from .attribution_context import PERSON_NAME_LABELS, Context, Found, closes_before_verb, named
from .quotes import QuoteSpan

# at most this many words of title between the verb and the name
_MOST_WORDS = 8

# the title's words: letters, hyphens, possessives, "&" ("Tory shadow local government secretary"),
# a rank's short form ("Pentagon spokesman Navy Capt. Jeff Davis")
_TITLE = re.compile(r"[ \t]+(?:(?:[\w’'&-]+|[A-Z][a-z]{1,4}\.)[ \t]+){1," + str(_MOST_WORDS) + r"}")


def titled_name_after_verb(ctx: Context, q: QuoteSpan, vpos: int, vlen: int) -> Found | None:
    """The person named at the end of the clause after the speech verb at vpos, a title of lower
    case words (or a party's capitalised one) between them, for a quote that closes with a comma,
    "?" or "!" right before the verb."""
    text = ctx.text
    if not closes_before_verb(text, q, vpos):
        return None
    m = _TITLE.match(text, vpos + vlen)
    if m is None:
        return None
    for ent in ctx.names.ents:
        if ent.label not in PERSON_NAME_LABELS or not (vpos + vlen < ent.start <= m.end()):
            continue
        between = text[vpos + vlen : ent.start].split()
        if not between or any(w.lower() in CLAUSE_WORDS_IN_TITLES for w in between):
            return None
        if not any(w[:1].islower() for w in between):
            return None  # capitalised words only: name_after_verb's case ("said Lord Falconer")
        if not re.match(r"[ \t]*(?:[.,;:]|$)", text[ent.end : ent.end + 3]):
            return None  # the name must end the clause
        return named(ent, ctx.names.fullest(ent))
    return None
