"""A town's mentions against its club's (session 15, helper town15), on real BBC articles with the
real model: a match report's "the Chelsea area" is the club's penalty area, not the town."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

# sport-246 (Chelsea hold Arsenal): "from the edge of the Chelsea area", a penalty area, in a match
# report that names the club throughout ("Chelsea appeared unruffled"); sport-168 and sport-169
# ("Chelsea boss Jose Mourinho") make Chelsea's actor a club.
PICKS = ("bbc-sport-246", "bbc-sport-168", "bbc-sport-169")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return bbc_index(tmp_path_factory, "town15", lambda r: r["id"] in PICKS)


def _type_at(index, article: str, words: str, surface: str) -> str:
    """The type of the actor of the mention `surface` inside the first `words` of the article."""
    with Reader(index) as reader:
        types = {a.id: a.type for a in reader.actors()}
        view = reader.article(article)
        start = view.article.text.index(words) + words.index(surface)
        (m,) = [m for m in view.mentions if m.start == start and m.actor]
        return types[m.actor]


def test_a_clubs_penalty_area_is_no_town(index):
    # town_mentions: "the Chelsea area" is read by a noun after the name only, in an article that
    # reads Chelsea as the club: no place vote, no move to the town.
    assert _type_at(index, "bbc-sport-246", "edge of the Chelsea area", "Chelsea") == "org"
