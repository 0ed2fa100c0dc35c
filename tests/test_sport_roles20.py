"""A match official's or a keeper's role before a name is a title, as "striker" and "goalkeeper"
are (lexicon TITLE_WORDS, session 20): real BBC articles, the real model.

Seen in the 2,225 BBC articles: "Referee Graham Poll said ..." opens bbc-sport-248, and NER finds
no name in it at all, so "said Poll" went to an actor "Poll" of nobody's full name; "Keeper Petr
Cech" was a person of that name, the role glued on.
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "sport-roles", lambda r: r["id"] == "bbc-sport-248")) as reader:
        yield reader


def test_a_referee_named_after_his_role_is_the_speaker(reader):
    view = reader.article("bbc-sport-248")
    by_poll = [q for q in view.quotes if q.cue and "Poll" in q.cue]
    assert by_poll, "the referee's quotes are gone"
    assert {q.speaker for q in by_poll} == {"Graham Poll"}


def test_a_keepers_role_is_no_part_of_his_name(reader):
    names = {a.name for a in reader.actors()}
    assert "Petr Cech" in names
    assert "Keeper Petr Cech" not in names
