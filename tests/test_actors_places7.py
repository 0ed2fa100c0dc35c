"""Places (session 11, helper places7), on real BBC articles with the real model: a town's name
is a place where its own article says so, whatever its club is elsewhere."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

# sport-161: "sacked as Valencia coach" (the club); sport-469: "two years ago in Valencia" (the city).
PICKS = ("bbc-sport-161", "bbc-sport-469")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return bbc_index(tmp_path_factory, "places7", lambda r: r["id"] in PICKS)


def _types_of(index, article: str, surface: str) -> set[str]:
    with Reader(index) as reader:
        types = {a.id: a.type for a in reader.actors()}
        view = reader.article(article)
        return {types[m.actor] for m in view.mentions if m.actor and m.surface.strip() == surface}


def test_a_town_is_a_place_where_its_article_says_so(index):
    # towns_apart: "in Valencia" is the city, though "Valencia" is the club in the other article.
    assert _types_of(index, "bbc-sport-469", "Valencia") == {"place"}
    assert _types_of(index, "bbc-sport-161", "Valencia") == {"org"}
