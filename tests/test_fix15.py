"""Wrong decisions of session 14's rules, found by its reviewers over the BBC corpus (issue 10,
session 15, helper fix15): real BBC articles in one real index, with the real spaCy model.

- A team sheet's capital "A" before a surname is an initial ("A Jones", "A Troncon"), not the
  article: the player is not the corpus's Stephen Jones, and an initialled player NER labelled
  an organisation stays the player the corpus names in full (names.initial_a, initials.py,
  initialled_lists.py).
"""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

ARTICLES = {
    "bbc-sport-312",  # "G Jenkins, M Davies, A Jones; ..." and "L Orquera, A Troncon;" beside Stephen Jones
    "bbc-sport-305",  # "Alessandro Troncon"
    "bbc-sport-322",  # "C Stoica, A Masi, L Nitoglia; L Orquera, A Troncon;": NER labels them others
    "bbc-sport-350",
    "bbc-sport-407",
    "bbc-sport-383",  # "Abbott, Balshaw, Borthwick, A Brown, Chuter, ...": England's squad
    "bbc-politics-001",  # "announced by Gordon Brown"
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return bbc_index(tmp_path_factory, "fix15", lambda row: row["id"] in ARTICLES)


def _mentions(index, aid: str) -> list:
    with Reader(index) as reader:
        return reader.article(aid).mentions


def _actor(index, actor_id: str):
    with Reader(index) as reader:
        return reader.actor(actor_id)


def _actor_of(index, aid: str, surface: str):
    ms = [m for m in _mentions(index, aid) if m.surface == surface]
    assert ms, (aid, surface)
    return _actor(index, ms[0].actor)


def test_a_team_sheets_a_is_an_initial_not_the_article(index):
    # sport-312 lists Wales "G Jenkins, M Davies, A Jones;" and its report names Stephen Jones;
    # sport-383 lists England's "Borthwick, A Brown, Chuter": "A" dropped as an article made them
    # Stephen Jones and Gordon Brown
    a_jones = _actor_of(index, "bbc-sport-312", "A Jones")
    assert a_jones.id != _actor_of(index, "bbc-sport-312", "Stephen Jones").id
    assert a_jones.type == "person"
    a_brown = _actor_of(index, "bbc-sport-383", "A Brown")
    assert a_brown.id != _actor_of(index, "bbc-politics-001", "Gordon Brown").id


def test_an_initialled_player_labelled_an_organisation_stays_the_player(index):
    # "L Orquera, A Troncon;" (NER: organisations) is Alessandro Troncon of sport-305, a person
    a_troncon = _actor_of(index, "bbc-sport-312", "A Troncon")
    assert a_troncon.type == "person"
    assert a_troncon.id == _actor_of(index, "bbc-sport-305", "Alessandro Troncon").id
