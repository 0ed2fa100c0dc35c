"""Places: a building's head word, on real BBC articles with the real model. In the dev gold,
"Staples Center" and Gateshead's "Sage Centre" were typed organisations (NER's label)."""

from __future__ import annotations

import pytest

from helpers import picked_actors


# entertainment-139: the Grammys at the Staples Center; politics-175: the Sage Centre in Gateshead.
PICKS = ("bbc-entertainment-139", "bbc-politics-175")


actors = picked_actors("places", PICKS)


@pytest.mark.parametrize("form", ["Staples Center", "Sage Centre"])
def test_buildings_are_places(actors, form):
    held = [a for a in actors if any(alias == form or alias.endswith(" " + form) for alias in a.aliases)]
    assert held and {a.type for a in held} == {"place"}, [(a.name, a.type) for a in held]
