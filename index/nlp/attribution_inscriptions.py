"""Attribution: words printed on a thing ("a campaign hat that says “...”", "shirts that read",
"one council sign read", "water bottles that said") are the thing's, not the words of whoever wears,
carries or hands it out, nor of the body that put up the sign: the thing speaks for no name, so the
speech verb it is the subject of names nobody (unattributed is better than wrong; issue 10, session
19, helper spk19w). Not a document ("the statement read"), whose maker speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from ..lexicon import INSCRIBED_THINGS


def bears_words(subj: Token) -> bool:
    """The subject is a common noun for a thing that bears printed words (INSCRIBED_THINGS)."""
    return subj.pos_ == "NOUN" and subj.lower_ in INSCRIBED_THINGS
