"""Performers and the bodies that sign them, read by the words around them (issue 10, session 18,
helper typ18p): real BBC articles in one real index, with the real spaCy model.

performer_words.py: a performer's noun in the plural before one name makes it a band, an
organisation by bench/gold's convention ("the organisers have revealed Scots favourites Travis as
well as soulman James Brown", entertainment-267; NER: a person); in the singular a person ("Cuban pianist Bebo Valdes", entertainment-241; NER: an
organisation).

founded_bodies.py: what is founded or set up is a body, never one person ("Def Jam was founded in
1984", entertainment-117; "Air Deccan was set up last year", business-339; "Laura Ashley was
founded by its late namesake", business-393; NER: people).

evidence.py (lexicon.PREPOSITIONS): "its" after a name and a preposition is not the name's: "has
Kanye West and Beanie Sigel on its roster" (entertainment-117) is the label's roster, and Beanie
Sigel a person.
"""

from __future__ import annotations

import pytest

from helpers import holder, picked_actors

PICKS = (
    "bbc-entertainment-267",
    "bbc-entertainment-241",
    "bbc-entertainment-117",
    "bbc-business-339",
    "bbc-business-393",
)


actors = picked_actors("typ18p", PICKS)


def test_a_plural_performer_noun_before_one_name_makes_a_band(actors):
    assert holder(actors, "Travis").type == "org"
    assert holder(actors, "James Brown").type == "person"  # "soulman": a noun of his own


def test_a_singular_performer_noun_before_a_name_makes_a_person(actors):
    assert holder(actors, "Bebo Valdes").type == "person"


@pytest.mark.parametrize("form", ["Def Jam", "Air Deccan", "Laura Ashley"])
def test_what_is_founded_or_set_up_is_an_organisation(actors, form):
    assert holder(actors, form).type == "org"


def test_its_after_a_preposition_is_not_the_names(actors):
    assert holder(actors, "Beanie Sigel").type == "person"
