"""Words NER labels as names that name no actor, and competitions typed as events: real BBC
articles, the real model.

Seen near the top of the 2,225 BBC articles' actors list: "GMT" an organisation (71 mentions),
"Budget" an organisation (59), "Premiership" a person (44), "Grand Slam" a place (74)."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index


# The first articles that write "GMT", "the Budget", "Premiership" and "Grand Slam".
PICKS = ("bbc-business-005", "bbc-business-052", "bbc-business-106", "bbc-politics-077")
PICKS += ("bbc-sport-101", "bbc-sport-102", "bbc-sport-287", "bbc-sport-290")
# NER's spans that hold them with more: "2300 GMT - 0100 GMT" (an event), "pre-Budget report".
PICKS += ("bbc-entertainment-231", "bbc-politics-021")
# "a 160GB hard drive", "6GB": NER labels the unit of a size a person (tech-070, tech-040).
PICKS += ("bbc-tech-070", "bbc-tech-040")


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "not-names", lambda r: r["id"] in PICKS)) as reader:
        texts = [reader.article(aid).article.text for aid in PICKS]
        assert sum("GMT" in t for t in texts) >= 2 and sum("the Budget" in t for t in texts) >= 2
        return list(reader.actors())


def _holding(actors, form: str):
    return [a for a in actors if form in a.aliases]


def test_time_zones_and_the_budget_are_no_actors(actors):
    assert _holding(actors, "GMT") == []
    assert _holding(actors, "Budget") == [] and _holding(actors, "the Budget") == []


def test_a_piece_of_a_word_is_no_name(actors):
    assert _holding(actors, "GB") == []


@pytest.mark.parametrize("form", ["Premiership", "Grand Slam"])
def test_competitions_are_events(actors, form):
    held = _holding(actors, form)
    assert held and {a.type for a in held} == {"event"}
