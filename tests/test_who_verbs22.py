""" "X, who runs ...": "who" with any singular verb makes a person (evidence._WHO_AFTER, session 22):
a real BBC article, the real model.

bbc-tech-401: "EverQuest Daily Grind. Jane, who runs the website, compiles ..." NER labels Jane an
organisation and nothing else in the article says otherwise; "who" with a singular verb ("runs",
as "is", "has") is a person's, where a club or a band takes "who are", "who play".
"""

from __future__ import annotations

from helpers import picked_actors

actors = picked_actors("whoverbs22", ("bbc-tech-401",))


def test_who_with_a_singular_verb_makes_a_person(actors):
    jane = [a for a in actors if "Jane" in a.aliases]
    assert jane and all(a.type == "person" for a in jane), [(a.name, a.type) for a in jane]
