"""A subject written in capitals is an initialism, not a pronoun (helper spk14c, session 14).

"A $2bn “funding gap” still stood in the way of hitting the 2005 target, the WHO said": "WHO" is
the World Health Organisation, but read in lower case it is the relative pronoun "who", which
names nobody (attribution_speech_verbs.resolve_subject), so the quote went unattributed. A
pronoun is written in capitals only as a sentence's first letter or as "I"; a word of two letters
or more all in capitals ("WHO", "IT") is a name, left to the subject rules like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def initialism(tok: Token) -> bool:
    """The token is a word of two letters or more, all in capitals."""
    return len(tok.text) > 1 and tok.text.isalpha() and tok.text.isupper()
