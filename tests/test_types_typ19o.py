"""Organisations NER types a person or a place, read by the words around them (issue 10, session
19, helper typ19o): real BBC articles in one real index, with the real spaCy model.

kind_lists.py: the plural of a firm's word before a list of names makes each an organisation, as
the singular before one name does: "start-up companies Gizmondo and Tapwave Zodiac" (tech-153;
NER: a place there and in tech-127 and tech-361, which say nothing more of it: a tie the place won);
"British casino operators London Clubs International, Rank Group and Stanley Leisure" (politics-187;
NER: a person). Not a name alone after the noun, a relative clause's subject: "two handmade
wedding bands Ozzy gave her" (entertainment-141) is Ozzy Osbourne.
"""

from __future__ import annotations

import pytest

from helpers import holder, picked_actors

PICKS = (
    "bbc-tech-127",
    "bbc-tech-153",
    "bbc-tech-361",
    "bbc-politics-187",
    "bbc-entertainment-141",
)


actors = picked_actors("typ19o", PICKS)


@pytest.mark.parametrize("form", ["Gizmondo", "Stanley Leisure"])
def test_a_firms_plural_noun_before_a_list_makes_organisations(actors, form):
    assert holder(actors, form).type == "org"


def test_a_name_alone_after_the_noun_is_no_member_of_a_list(actors):
    ozzy = holder(actors, "Ozzy")
    assert ozzy.type == "person" and "Ozzy Osbourne" in ozzy.aliases
