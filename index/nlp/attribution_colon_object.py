"""Attribution: a speech verb with its object or an adverbial before the colon of a quote is the
verb that hands over to it: "The News of the World reports that Anelka told a French magazine:
“...”", "the firm said in a statement: “...”". The quotation is the words of that verb's subject,
not of a verb above it (the paper that reports it), whatever clause the parser hung the quote on.

Two readings of the words between the verb and the colon, one function (`introduces_with_colon`):
a name or a pronoun, whatever the parse ("told Mr Blair:"); or any words the verb itself governs,
as long as no other verb and no clause opener ("that", "whether") comes between (issue 10,
session 14, helper spk14a; bbc-sport-206). The sentence before a quote hands over to it by the
second only.
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

# a speech verb's object, if any, then the colon that opens the quote: "told Mr Blair: “"
_COLON_AFTER_VERB = re.compile(
    r"(?:\s+(?:[A-Z][\w’'.-]*|the|a|an|his|her|their|its|reporters|him|them|us|me))*\s*:\s*[\"“‘']?\s*"
)


def introduces_with_colon(verb: Token, quote_start: int, *, short_object: bool = True) -> bool:
    """The verb (a token of the quote's sentence; `quote_start` in that sentence's offsets)
    introduces the quote with a colon: the words between are the verb's own object or adverbials
    ("told a French magazine:", "said in a statement:"); or, with `short_object`, at most a name
    or a pronoun as its object, read from the text alone ("told Mr Blair:", "said:")."""
    vend = verb.idx + len(verb)
    if short_object and vend <= quote_start and _COLON_AFTER_VERB.fullmatch(verb.doc.text[vend:quote_start]):
        return True
    return _after_its_words(verb, quote_start)


def _after_its_words(verb: Token, quote_start: int) -> bool:
    """The words between the verb and the colon before quote_start are all the verb's own."""
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
    the sentence's offsets) by a colon after its own words (`introduces_with_colon`, no short object
    read from the text alone): in the sentence before a quote, it is the verb whose quotation the
    quote goes on with."""
    n = len(verb.doc.text)
    return any(0 <= a < n and introduces_with_colon(verb, a + 1, short_object=False) for a, _ in spans)
