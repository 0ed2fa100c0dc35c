"""A name a preposition of place governs is no subject of the speech verb after it (evidence.py,
`_speech_and_place_votes`): in "Judith Moritz, in Melton Mowbray, said" the town is where the
reporter speaks from, not a speaker, so the verb lends it no person's vote and no speaker's flag
(which kept the town a person whatever else said place). Real BBC text (bbc-politics-137)."""

from __future__ import annotations

from helpers import actor_at, picked_seen

ARTICLE = "bbc-politics-137"
seen = picked_seen("placed_speech", {ARTICLE})


def test_a_town_between_a_speaker_and_her_verb_is_a_place(seen) -> None:
    town = actor_at(seen, ARTICLE, "Judith Moritz, in Melton Mowbray, said", "Melton Mowbray")
    assert town.type == "place"


def test_the_speaker_before_the_town_stays_a_person(seen) -> None:
    reporter = actor_at(seen, ARTICLE, "Judith Moritz, in Melton Mowbray, said", "Judith Moritz")
    assert reporter.type == "person"
