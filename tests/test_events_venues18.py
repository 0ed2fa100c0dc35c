"""Events and venues NER and the votes took for organisations (issue 10, session 18, helper
typ18e): real BBC articles in one real index, with the real spaCy model.

lexicon EVENT_HEADS (names.kind_of_name): "pulled out of the Kooyong Classic" (sport-475; typed a
place), "the Gunpowder Plot" (politics-393; an organisation) end with an event's head word; "fair"
does not ("Vanity Fair", the novel, entertainment-056, stays no event).

names.kind_of_name (lexicon NATION_COUNTS): "Ireland last won the title, then the Five Nations, in 1985" (sport-405), "the
Tri-Nations" (sport-364): a count before "Nations" names a tournament (NER: organisations); "the
United Nations" stays an organisation.

clause_cues.py (lexicon VENUE_VERBS): "Oxfam's Tsumani appeal, held at the Bristol Academy on 19
February" (entertainment-238), "the Bafta awards, which take place at London's Odeon Leicester
Square" (entertainment-084): what is held at a name is held in a venue, a place (NER: an
organisation); so is the venue of a gathering after a city's possessive ("Joining the ceremony at New
York's Waldorf Astoria were", entertainment-291; NER: an organisation).

clause_cues.py (lexicon EVENT_VERBS_AFTER): "The 10-day Berlinale runs until 20 February"
(entertainment-058; typed a place) is an event.
"""

from __future__ import annotations

import pytest

from helpers import holder, picked_actors

PICKS = (
    "bbc-entertainment-027",
    "bbc-sport-475",
    "bbc-politics-393",
    "bbc-sport-405",
    "bbc-sport-364",
    "bbc-entertainment-238",
    "bbc-entertainment-084",
    "bbc-entertainment-058",
    "bbc-politics-087",
    "bbc-entertainment-291",
    "bbc-entertainment-056",
)


actors = picked_actors("events18", PICKS)


@pytest.mark.parametrize("form", ["Kooyong Classic", "Gunpowder Plot"])
def test_an_events_head_word_makes_an_event(actors, form):
    assert holder(actors, form).type == "event"


def test_a_fair_is_no_events_head_word(actors):
    # "Thackeray's novel Vanity Fair": a title of a work (works.py), which an event's head word
    # would have kept as an actor typed event
    assert not [a for a in actors if "Vanity Fair" in a.aliases and a.type == "event"]


@pytest.mark.parametrize("form", ["Five Nations", "Tri-Nations"])
def test_a_count_of_nations_is_a_tournament(actors, form):
    assert holder(actors, form).type == "event"


def test_the_united_nations_stays_an_organisation(actors):
    # politics-087: "Withdrawing from the 1951 United Nations Convention on refugees"; the UN itself
    assert holder(actors, "UN").type == "org"


@pytest.mark.parametrize("form", ["Bristol Academy", "Odeon"])
def test_where_a_gathering_is_held_is_a_venue(actors, form):
    assert holder(actors, form).type == "place"


def test_a_gatherings_venue_after_a_citys_possessive_is_a_place(actors):
    assert holder(actors, "Waldorf Astoria").type == "place"


def test_a_name_that_runs_until_a_date_is_an_event(actors):
    assert holder(actors, "Berlinale").type == "event"
