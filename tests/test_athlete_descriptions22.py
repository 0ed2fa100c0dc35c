"""An athlete described is one person (lexicon.ONE_PERSON_HEADS, session 22): a real BBC article,
the real model.

bbc-sport-090: 'Campbell agreed receiving the honour capped off what has been a difficult year for
the sprinter. "I think the MBE is important ...," said the Newport-based athlete.' "athlete" was
no noun for a person, so the description was read as a thing said to speak, and its speaker
became the town in its words, "Newport" (three quotes). As "the sprinter" is, it is the person
in focus, Darren Campbell.
"""

from __future__ import annotations

from helpers import picked_index

from dossier.index.read import Reader

index = picked_index("athlete22", ("bbc-sport-090",))


def test_the_town_based_athlete_is_the_person_in_focus(index):
    with Reader(index) as reader:
        quotes = [q for q in reader.quotes(article="bbc-sport-090") if "MBE is important" in q.text]
        people = {a.id: a.name for a in reader.actors() if a.type == "person"}
    assert quotes, "the quote is not found"
    assert all(people.get(q.speaker_id) == "Darren Campbell" for q in quotes), [
        (q.speaker, q.speaker_id) for q in quotes
    ]
