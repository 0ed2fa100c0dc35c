"""A role in apposition after a name makes a person: a real BBC article, the real model.

Seen in the 2,225 BBC articles' quotes (session 12): "Alexandra Tower, a spokeswoman for the North
Carolina-based bank, told ..." was a place (NER's label, and "Tower" is a place's head word), and
her words a place's."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "role-apposition", lambda r: r["id"] == "bbc-business-185")) as reader:
        yield reader


def test_a_spokeswoman_named_like_a_building_is_a_person(reader):
    assert "Alexandra Tower, a spokeswoman for" in reader.article("bbc-business-185").article.text
    tower = next(a for a in reader.actors() if a.name == "Alexandra Tower")
    assert tower.type == "person"
    assert any(q.speaker_id == tower.id for q in reader.quotes())
