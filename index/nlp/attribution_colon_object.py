"""Attribution: a speech verb with its object or an adverbial before the colon of a quote is the
verb that hands over to it: "The News of the World reports that Anelka told a French magazine:
“...”", "the firm said in a statement: “...”". The quotation is the words of that verb's subject,
not of a verb above it (the paper that reports it), whatever clause the parser hung the quote on.

attribution_speech_verbs._introduces allows only a name or a pronoun between the verb and the
colon ("told Mr Blair:"); here any words the verb itself governs may stand there, as long as no
other verb and no clause opener ("that", "whether") comes between (issue 10, session 14, helper
spk14a; bbc-sport-206).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import CLAUSE_OPENERS

if TYPE_CHECKING:
    from spacy.tokens import Token

# the colon, then the quote's opening mark, right before the quotation's first word
_COLON_THEN_MARK = re.compile(r":\s*[\"“‘']?\s*$")

# at most this many words of the verb's own between it and the colon
_MOST_WORDS = 8


def introduces_after_its_words(verb: Token, quote_start: int) -> bool:
    """The verb (a token of the quote's sentence; `quote_start` in that sentence's offsets)
    introduces the quote with a colon, the words between being the verb's own object or
    adverbials ("told a French magazine:", "said in a statement:")."""
    doc = verb.doc
    vend = verb.idx + len(verb)
    if vend > quote_start:
        return False
    between = doc.text[vend:quote_start]
    m = _COLON_THEN_MARK.search(between)
    if m is None or "\n" in between:
        return False
    colon = vend + m.start()
    words = [t for t in doc if vend <= t.idx < colon and not t.is_space]
    if len(words) > _MOST_WORDS:
        return False
    below = {t.i for t in verb.subtree}
    return all(
        t.i in below
        and t.pos_ not in ("VERB", "AUX")
        and t.lower_ not in CLAUSE_OPENERS
        and not t.is_punct
        or t.text in ("'s", "’s")
        for t in words
    )


def hands_over_to_one_of(verb: Token, spans: list[tuple[int, int]]) -> bool:
    """The verb introduces one of the marked spans of its sentence (`spans` with their marks, in
    the sentence's offsets) by a colon, as `introduces_after_its_words` says: in the sentence before
    a quote, it is the verb whose quotation the quote goes on with."""
    n = len(verb.doc.text)
    return any(0 <= a < n and introduces_after_its_words(verb, a + 1) for a, _ in spans)
