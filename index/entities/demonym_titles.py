"""A nationality's word before a given name and a surname describes the person and is no part of
the name, whatever spaCy's label (issue 10, session 15, helper typ15a).

Sport reports open on a player's nationality: "Frenchman Arnaud Clement", "Russian Irina
Shevchenko", "Kenyan Susan Chepkemei", "Croatian Ivan Ljubicic". NER takes the word into the
entity and labels several of them organisations; names.clean_name then keeps it (a title is cut
only from a person's label), so the name is nobody's ("Croatian Ivan Ljubicic" apart from the
"Ivan Ljubicic" of other reports) and NER's label types it. A nationality's word first
(names.looks_demonym, lexicon.NATIONALITY_NOUNS), then a given name (names.GIVEN_NAMES) and one
or two more words with no place's or organisation's head, is cut as a title is: "American
Express", "British Gas", "Irish Ferries" have no given name after the nationality.
"""

from __future__ import annotations

from ..lexicon import NATIONALITY_NOUNS, ORG_WORDS, PLACE_HEADS


def nationality_before_given_name(words: list[str], lowers: list[str], i: int) -> bool:
    """The i-th word is the first, a nationality's, and a given name and a surname or two follow
    with no place's or organisation's head among them."""
    from . import names as N  # names.py calls this from clean_name

    return (
        i == 0
        and 3 <= len(words) <= 4
        and (N.looks_demonym(words[0]) or lowers[0] in NATIONALITY_NOUNS)
        and lowers[1] in N.GIVEN_NAMES
        and not any(w in PLACE_HEADS or w in ORG_WORDS for w in lowers[1:])
        and not N.kind_of_name(" ".join(words[1:]))  # "Irish Rose Hotel"
    )
