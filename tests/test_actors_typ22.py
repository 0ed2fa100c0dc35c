"""Organisations NER and the votes took for a place or a person, read by the language around them
(issue 10, session 22, helper typ22): real BBC articles in one real index, with the real spaCy
model.

body_verbs.py: "Fred Hasson, head of Tiga, which represents independent developers" (tech-082;
NER: a place), "the European Roma Rights Centre, which said the measures unfairly penalised"
(politics-370; a place by its "Centre"): a body's deed after ", which". A country stays a place:
"Universities Scotland, which represents university principals" (politics-047; NER cut the name).

modified_heads.py: "Fiat is to integrate the Maserati car company" (business-189; NER: a
facility), "Euronext, which owns the Liffe derivatives exchange in London" (business-319; NER: a
facility, a place): a firm's noun the name qualifies. "Fiat's shares on the Milan stock exchange"
(business-160) stays the city. "won top prize at the Sundance film festival" (entertainment-040;
NER: a place), "speaking at the Soccerex football business forum" (business-271; NER: a group):
a gathering's. "the Geneva motor show" (business-141) stays the city, "the Labour spring
conference" (politics-312) the party.

clause_cues.py: "Andrew Nachison, Director of the Media Center, a US-based think-tank" (tech-099;
typed a place by its "Center"): a role with a capital before "of" makes the employer too.

evidence.py (lexicon FIRM_COMPOUNDS_BEFORE, BAND_WORDS): "bought by market leader Diageo"
(business-005; NER: a person), "market leader Mengniu Dairy" (business-338): a market's leader is
a firm; "external auditors Arthur Andersen" (business-059; NER: a person): a plural trade before
one name is a firm of them. "technology analyst Bill Thompson" (tech-184) stays a person.
"""

from __future__ import annotations

import pytest

from helpers import holder, picked_actors

PICKS = (
    "bbc-tech-082",
    "bbc-politics-370",
    "bbc-politics-047",
    "bbc-business-189",
    "bbc-business-319",
    "bbc-business-160",
    "bbc-business-005",
    "bbc-business-338",
    "bbc-business-059",
    "bbc-tech-184",
    "bbc-entertainment-040",
    "bbc-business-271",
    "bbc-business-141",
    "bbc-politics-312",
    "bbc-tech-099",
)


actors = picked_actors("typ22", PICKS)


# (form, type): each cue's cases and its guards' (a city, a country, a party, one analyst)
TYPES = [
    ("Tiga", "org"),  # ", which represents"
    ("the European Roma Rights Centre", "org"),  # ", which said"
    ("Scotland", "place"),  # a country before ", which represents"
    ("Maserati", "org"),  # "the Maserati car company"
    ("Liffe", "org"),  # "the Liffe derivatives exchange"
    ("Milan", "place"),  # "the Milan stock exchange"
    ("Diageo", "org"),  # "market leader Diageo"
    ("Mengniu Dairy", "org"),
    ("Arthur Andersen", "org"),  # "external auditors Arthur Andersen"
    ("Bill Thompson", "person"),  # "technology analyst Bill Thompson"
    ("Sundance", "event"),  # "the Sundance film festival"
    ("Soccerex", "event"),  # "the Soccerex football business forum"
    ("Geneva", "place"),  # "the Geneva motor show"
    ("Labour", "org"),  # "the Labour spring conference"
    ("the Media Center", "org"),  # "Director of the Media Center"
]


@pytest.mark.parametrize(("form", "typ"), TYPES)
def test_the_words_around_a_name_type_it(actors, form, typ):
    assert holder(actors, form).type == typ
