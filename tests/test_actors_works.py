"""Titles of films are no actors; the people and companies around them still are: real BBC
articles, the real model.

Seen in the 2,225 BBC articles' actors lists: "Vera Drake" and "Aviator" organisations (39 and 52
mentions), "Sideways" a place (33), beside the directors and studios that are actors."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

# Articles on the 2005 film awards that write "drama Vera Drake", "comedy Sideways" (both in
# entertainment-030) and name the films elsewhere without the noun; "best film Oscar".
PICKS = ("bbc-entertainment-030", "bbc-entertainment-038", "bbc-entertainment-039", "bbc-entertainment-051")
PICKS += ("bbc-entertainment-075", "bbc-entertainment-062")


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "works", lambda r: r["id"] in PICKS)) as reader:
        texts = [reader.article(aid).article.text for aid in PICKS]
        assert all(any(t in x for x in texts) for t in ("drama Vera Drake", "comedy Sideways", "best film Oscar"))
        return list(reader.actors())


@pytest.mark.parametrize("title", ["Vera Drake", "Sideways"])
def test_titles_of_films_are_no_actors(actors, title):
    assert [a.name for a in actors if title in a.aliases] == []


@pytest.mark.parametrize("name", ["Mike Leigh", "Martin Scorsese"])
def test_their_directors_still_are(actors, name):
    assert [a.type for a in actors if a.name == name] == ["person"]


def test_an_award_after_a_category_is_still_an_event(actors):
    # "won the best film Oscar": a category's noun before the award's name.
    assert [a.type for a in actors if "Oscar" in a.aliases] == ["event"]
