"""Organisations NER and the votes took for a person or a place, read by the words around them
(issue 10, session 17, helper org17): real BBC articles in one real index, with the real spaCy
model.

role_cues.py: "its stake in Fuso" (business-117; NER: a person), "substantial stakes in Fairmont
Hotels & Resorts" (business-470; typed a place by its "Hotels"), "about 1.9 million shares in
Sports Entertainment" (entertainment-319; typed a place) are organisations. "shares in London",
a market's city, stays the gazetteer's place.

evidence.py (lexicon BAND_WORDS): "Symantec subsidiary Brightmail" (tech-026; NER: a person), "its
US subsidiary Foodservice" (business-448; typed a place): a subsidiary is a firm.
"""

from __future__ import annotations

import pytest

from helpers import holder, picked_actors

PICKS = (
    "bbc-business-117",
    "bbc-business-470",
    "bbc-entertainment-319",
    "bbc-business-005",
    "bbc-tech-026",
    "bbc-business-448",
)


actors = picked_actors("org17", PICKS)


@pytest.mark.parametrize("form", ["Fuso", "Fairmont Hotels & Resorts", "Sports Entertainment"])
def test_what_shares_or_a_stake_are_held_in_is_an_organisation(actors, form):
    assert holder(actors, form).type == "org"


def test_a_markets_city_stays_a_place(actors):
    # business-005: "Allied Domecq shares in London rose 4%, while Pernod shares in Paris slipped"
    assert holder(actors, "London").type == "place"
    assert holder(actors, "Paris").type == "place"


@pytest.mark.parametrize("form", ["Brightmail", "Foodservice"])
def test_a_name_after_subsidiary_is_a_firm(actors, form):
    assert holder(actors, form).type == "org"
