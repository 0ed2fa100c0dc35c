"""Actor types from the words around a name, on real BBC dev articles with the real model (issue 10,
session 10, types4). Each test names the rule it holds; without the rule the type is NER's label,
which is wrong in these sentences."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

# tech-136: "BT is offering customers free internet telephone calls" (NER: a place).
# tech-270: "chief security architect at Cisco" (a place); "net provider Pipex" (a person).
# sport-071: "international meets in Madrid and Lievin" (a person).
# entertainment-002: "Anderson's hometown of Odense" (an organisation).
# entertainment-074: "A milder review in the New York Times" (a place).
# tech-318: "Google acquired Pyra Labs, makers of the Blogger software" (a person).
# business-506: "Spain's most powerful bank, Santander Central Hispano" (a person).
# business-077: "an analyst at brokerage Aton" (a person).
# sport-353: "Leeds Tykes flanker Jon Dunbar" (a person).
PICKS = (
    "bbc-tech-136",
    "bbc-tech-270",
    "bbc-sport-071",
    "bbc-entertainment-002",
    "bbc-entertainment-074",
    "bbc-tech-318",
    "bbc-business-506",
    "bbc-business-077",
    "bbc-sport-353",
)


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "types4", lambda r: r["id"] in PICKS)) as reader:
        return list(reader.actors())


def types_of(actors, form: str) -> set[str]:
    held = [a for a in actors if form in a.aliases]
    assert held, f"no actor has the alias {form!r}"
    return {a.type for a in held}


def test_initials_labelled_a_place_are_an_organisation(actors):
    # Places are named by initials only as the gazetteer's countries are ("US", "UAE").
    assert types_of(actors, "BT") == {"org"}


def test_a_job_at_a_name_makes_it_the_employer(actors):
    # "Paul King, chief security architect at Cisco".
    assert types_of(actors, "Cisco") == {"org"}


def test_a_preposition_of_place_governs_each_name_of_a_list(actors):
    # "pulled out of international meets in Madrid and Lievin".
    assert types_of(actors, "Lievin") == {"place"}


def test_hometown_of_makes_a_place(actors):
    # "in Anderson's hometown of Odense".
    assert types_of(actors, "Odense") == {"place"}


def test_a_newspapers_head_word_makes_an_organisation(actors):
    # "a milder review in the New York Times": a paper, though New York is a place.
    assert types_of(actors, "New York Times") == {"org"}


def test_an_organisations_noun_in_apposition_makes_an_organisation(actors):
    # after the name: "Pyra Labs, makers of the Blogger software"
    assert types_of(actors, "Pyra Labs") == {"org"}
    # before it: "Spain's most powerful bank, Santander Central Hispano"
    assert types_of(actors, "Santander Central Hispano") == {"org"}


def test_a_firms_trade_before_a_name_makes_an_organisation(actors):
    # "an analyst at brokerage Aton", "spokeswoman for net provider Pipex"
    assert types_of(actors, "Aton") == {"org"}
    assert types_of(actors, "Pipex") == {"org"}


def test_a_rugby_position_after_a_name_makes_it_a_club(actors):
    # "Leeds Tykes flanker Jon Dunbar also trained with the squad"
    assert types_of(actors, "Leeds Tykes") == {"org"}
