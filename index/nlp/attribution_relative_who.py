"""Attribution: "actor George C Scott who said the whole thing was “demeaning”". A speech verb in a
relative clause whose subject is "who" is the words of the name written right before "who" (a comma
allowed between), whatever noun the parser hung the clause on ("refused Oscars, including actor
George C Scott who said": not the Oscars). Only "who", a person's pronoun, and only a proper noun
that no "of" governs ("Princess Marguerite of Romania, who said" is not Romania's): otherwise the
clause's head stands, as before (issue 10, session 14, helper spk14a;
bbc-entertainment-314).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def name_before_who(pronoun: Token) -> Token | None:
    """The last word of the name right before a relative "who" (", who" too); None for another
    pronoun or when no proper noun stands there."""
    if pronoun.lower_ != "who" or pronoun.i == 0:
        return None
    prev = pronoun.doc[pronoun.i - 1]
    if prev.text == "," and prev.i > 0:
        prev = pronoun.doc[prev.i - 1]
    if prev.pos_ != "PROPN" or (prev.dep_ == "pobj" and prev.head.lower_ == "of"):
        return None  # "Princess Marguerite of Romania, who said": the name "of" qualifies is not whom
    return prev
