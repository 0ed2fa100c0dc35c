"""Places: a building's head word, on real BBC articles with the real model. In the dev gold,
"Staples Center" and Gateshead's "Sage Centre" were typed organisations (NER's label)."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index


# entertainment-139: the Grammys at the Staples Center; politics-175: the Sage Centre in Gateshead.
PICKS = ("bbc-entertainment-139", "bbc-politics-175")


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "places", lambda r: r["id"] in PICKS)) as reader:
        return list(reader.actors())


@pytest.mark.parametrize("form", ["Staples Center", "Sage Centre"])
def test_buildings_are_places(actors, form):
    held = [a for a in actors if any(alias == form or alias.endswith(" " + form) for alias in a.aliases)]
    assert held and {a.type for a in held} == {"place"}, [(a.name, a.type) for a in held]
