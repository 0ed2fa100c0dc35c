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


@pytest.mark.parametrize("form", ["Tiga", "the European Roma Rights Centre"])
def test_what_says_or_represents_after_which_is_an_organisation(actors, form):
    assert holder(actors, form).type == "org"


def test_a_country_before_which_stays_a_place(actors):
    assert holder(actors, "Scotland").type == "place"


@pytest.mark.parametrize("form", ["Maserati", "Liffe"])
def test_a_name_qualifying_a_firms_noun_is_the_firm(actors, form):
    assert holder(actors, form).type == "org"


def test_a_city_before_stock_exchange_stays_a_place(actors):
    assert holder(actors, "Milan").type == "place"


@pytest.mark.parametrize("form", ["Diageo", "Mengniu Dairy", "Arthur Andersen"])
def test_a_market_leader_and_a_firm_of_auditors_are_organisations(actors, form):
    assert holder(actors, form).type == "org"


def test_one_analyst_before_a_name_is_a_person(actors):
    assert holder(actors, "Bill Thompson").type == "person"


@pytest.mark.parametrize("form", ["Sundance", "Soccerex"])
def test_a_name_qualifying_a_gatherings_noun_is_the_event(actors, form):
    assert holder(actors, form).type == "event"


def test_a_city_before_motor_show_stays_a_place_and_a_party_before_conference_the_party(actors):
    assert holder(actors, "Geneva").type == "place"
    assert holder(actors, "Labour").type == "org"


def test_a_capitalised_role_of_a_name_makes_it_the_employer(actors):
    assert holder(actors, "the Media Center").type == "org"
