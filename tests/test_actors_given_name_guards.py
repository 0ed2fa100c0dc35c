"""The guards of the name rules of session 11 (people7), on real BBC articles with the real model
(issue 10, review of session 11, helper fixa). Each test names the rule it holds; without the guard
the name is the wrong actor the review found.

people._a_given_name_alone: a one-word name joins a longer name it opens only when it is a given
  name NER calls no nationality nor place and no party's form: tech-337 "Yahoo" (22 mentions) was
  a person "Yahoo Messenger", politics-307 "Labour" a person "Labour MPs", tech-379 "Apple" a
  person "Apple Powerbook", business-076 "Palestinian" a person "Palestinian Economic Crisis".
cued_names.not_a_given_names_name (given_name_runs, with_given_name_before,
  spans._with_surname_after): tech-132 "Virginia State Attorney General Jerry Kilgore" made a
  person "Virginia State"; sport-254 "Like Kevin I'd like to see" a person "Kevin I'd";
  entertainment-044 "Martin Luther King Jnr" a person "Martin Luther"; entertainment-021 "the Vic
  Wells Ballet" a person.
cued_names.without_plural_title: sport-173 "Queens Park Rangers" became "Park Rangers", tech-035
  "Reporters Without Borders" "Without Borders", politics-104 "Mrs Parker Bowles" "Parker Bowles"
  ("Mrs" read as the plural of "Mr").
cued_names.initialled_names: sport-320 "T Shanklin (Blues)", "J Bonnaire (Bourgoin)" and
  sport-331 "P Waugh (Aus)" in team sheets made the clubs places ("Bourgoin" a place actor).
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

PICKS = (
    "bbc-tech-337",
    "bbc-politics-307",
    "bbc-tech-379",
    "bbc-business-076",
    "bbc-tech-132",
    "bbc-sport-254",
    "bbc-entertainment-044",
    "bbc-entertainment-021",
    "bbc-sport-173",
    "bbc-tech-035",
    "bbc-politics-104",
    "bbc-sport-320",
    "bbc-sport-331",
)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "given_name_guards", lambda r: r["id"] in PICKS)) as reader:
        actors = {a.id: a for a in reader.actors()}
        views = {aid: reader.article(aid) for aid in PICKS}
    return actors, views


def actors_of(index, aid: str, surface: str):
    actors, views = index
    return [actors[m.actor] for m in views[aid].mentions if m.surface == surface and m.actor in actors]


def surfaces(index, aid: str) -> set[str]:
    return {m.surface for m in index[1][aid].mentions}


@pytest.mark.parametrize(
    ("aid", "word", "longer"),
    [
        ("bbc-tech-337", "Yahoo", "Yahoo Messenger"),
        ("bbc-politics-307", "Labour", "Labour MPs"),
        ("bbc-tech-379", "Apple", "Apple Powerbook"),
        ("bbc-business-076", "Palestinian", "Palestinian Economic Crisis"),
    ],
)
def test_a_word_alone_joins_a_longer_name_only_when_it_is_a_given_name(index, aid, word, longer):
    held = actors_of(index, aid, word)
    assert held
    assert all(a.name != longer and a.type != "person" for a in held), [(a.name, a.type) for a in held]


@pytest.mark.parametrize(
    ("aid", "wrong"),
    [
        ("bbc-tech-132", "Virginia State"),
        ("bbc-sport-254", "Kevin I'd"),
        ("bbc-entertainment-044", "Martin Luther"),
    ],
)
def test_a_given_name_takes_no_place_party_contraction_nor_the_start_of_a_longer_name(index, aid, wrong):
    assert wrong not in surfaces(index, aid)
    assert not any(a.name == wrong for a in index[0].values())


def test_a_given_names_run_ending_on_a_companys_word_is_no_person(index):
    assert all(a.type != "person" for a in actors_of(index, "bbc-entertainment-021", "Vic Wells Ballet"))


@pytest.mark.parametrize(
    ("aid", "whole", "cut"),
    [
        ("bbc-sport-173", "Queens Park Rangers", "Park Rangers"),
        ("bbc-tech-035", "Reporters Without Borders", "Without Borders"),
        ("bbc-politics-104", "Mrs Parker Bowles", None),
    ],
)
def test_a_plural_title_is_cut_only_before_a_given_name_and_never_an_honorific(index, aid, whole, cut):
    found = surfaces(index, aid)
    assert whole in found
    if cut:
        assert cut not in found


@pytest.mark.parametrize(
    ("aid", "club"),
    [("bbc-sport-320", "Bourgoin"), ("bbc-sport-331", "Aus")],
)
def test_a_team_sheets_bracketed_club_is_no_county(index, aid, club):
    # "J Bonnaire (Bourgoin)", "P Waugh (Aus)": no place's label, which would switch off the
    # bracket's votes (brackets.bracket_votes), and no place actor.
    assert not any(m.surface == club and m.label == "GPE" for m in index[1][aid].mentions)
    assert all(a.type != "place" for a in actors_of(index, aid, club))
