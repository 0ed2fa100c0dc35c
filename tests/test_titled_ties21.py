"""A title breaks a tie between a person's and an organisation's votes (type_votes.actor_type,
session 21): real BBC articles, the real model.

Seen in the BBC dev gold: "watched by England boss Sven-Goran Eriksson" (bbc-sport-139) and "Sven-
Goran Eriksson has got to pick him" (bbc-sport-229) are two mentions NER labels an organisation;
the title gives the first a person's votes, and the tie went to the organisation by the order
that breaks ties. A person's title before a name is what only a person has.
"""

from __future__ import annotations

from helpers import picked_actors

actors = picked_actors("titled-ties", ("bbc-sport-139", "bbc-sport-229"))


def test_a_titled_name_that_ties_is_a_person(actors):
    eriksson = [a for a in actors if a.name == "Sven-Goran Eriksson"]
    assert eriksson, "Sven-Goran Eriksson is no actor"
    assert [a.type for a in eriksson] == ["person"]
