"""Persons, places and organisations read by a list's title and a person's apposition (issue 10,
session 22, helper typ22b): real BBC articles in one real index, with the real spaCy model.

plural_titles.py: "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said"
(politics-370; NER: "Steyn", "Hope", "Carswell" organisations): one title in the plural over a
list titles each of its names; the speech verb after the list is not its last name's: "Carswell"
does not join John Carvel of politics-376 by it (a speaker's surname alone joins a like surname).

affiliations.py: "WLGA finance spokesman Bob Wellington, of Torfaen, said" (politics-101; NER: a
person, and the speech verb voted one): the name of a person's ", of X," apposition is where the
person is from or works, never the speaker. "Victor Conte, of Balco Laboratories, claims"
(sport-039) and "David Page, of Investec Securities, said" (politics-021) stay organisations. "Brad
Adams, from Human Rights Watch, said" (politics-136; NER: a person, and the verb voted one): the
same with "from" (and "at"); politics-386 and -014 name it too.
"""

from __future__ import annotations

import pytest

from helpers import holder, picked_actors

PICKS = (
    "bbc-politics-370",
    "bbc-politics-376",
    "bbc-politics-101",
    "bbc-politics-021",
    "bbc-sport-039",
    "bbc-politics-136",
    "bbc-politics-386",
    "bbc-politics-014",
)


actors = picked_actors("typ22b", PICKS)


@pytest.mark.parametrize("form", ["Steyn", "Hope", "Carswell"])
def test_each_name_of_a_list_a_plural_title_stands_over_is_a_person(actors, form):
    assert holder(actors, form).type == "person"


def test_the_last_name_of_a_titled_list_is_not_the_speaker_of_the_verb_after_it(actors):
    assert holder(actors, "Carswell").aliases == ["Carswell"]


def test_the_name_of_a_persons_of_apposition_is_no_person(actors):
    assert holder(actors, "Torfaen").type == "place"


def test_the_name_of_a_persons_from_apposition_is_no_person(actors):
    assert holder(actors, "Human Rights Watch").type == "org"


@pytest.mark.parametrize("form", ["Balco Laboratories", "Investec Securities"])
def test_an_employer_in_a_persons_of_apposition_stays_an_organisation(actors, form):
    assert holder(actors, form).type == "org"
