"""Types and actors (issue 10, session 13, helper typ13b): real BBC articles in real indexes, with
the real spaCy model. One body written two ways in two reports ("Office for / of National
Statistics", "Staples Centre / Center") is one actor (name_variants.py); a nickname several clubs
share ("Blues") is the one its article names (club_nicknames.py); a performer's word before a
name ("star Morrissey") makes a person's (performer_words.py); a national side's nickname ("the All
Blacks") is its country (national_sides.py); a name of one word twice ("Duran Duran") is no person's
(repeated_names.py)."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index_of_first

VARIANT_PHRASES = (
    "Office for National Statistics",
    "Office of National Statistics",
    "Staples Centre",
    "Staples Center",
)


@pytest.fixture(scope="module")
def variant_actors(tmp_path_factory) -> list:
    index, _ = bbc_index_of_first(tmp_path_factory, "variants", VARIANT_PHRASES)
    with Reader(index) as reader:
        return list(reader.actors())


def _holding(actors: list, form: str) -> list:
    return [a for a in actors if form in a.aliases]


def test_a_body_written_with_for_or_of_is_one_actor(variant_actors):
    # business-057 "the Office for National Statistics", politics-025 "the Office of National
    # Statistics": the same statistics office, two spellings of the preposition
    held = _holding(variant_actors, "Office for National Statistics")
    assert len(held) == 1 and "Office of National Statistics" in held[0].aliases
    assert held[0].type == "org"


def test_a_venue_written_centre_or_center_is_one_actor(variant_actors):
    # sport-474 "the Staples Centre", entertainment-139 "the Staples Center": one arena
    held = _holding(variant_actors, "Staples Centre")
    assert len(held) == 1 and "Staples Center" in held[0].aliases


NICKNAME_PHRASES = ("have impressed Blues fans",)


@pytest.fixture(scope="module")
def nickname_actors(tmp_path_factory) -> list:
    index, _ = bbc_index_of_first(tmp_path_factory, "nicknames", NICKNAME_PHRASES)
    with Reader(index) as reader:
        return list(reader.actors())


def test_a_nickname_of_several_clubs_is_the_one_its_article_names(nickname_actors):
    # sport-273: "Birmingham have confirmed Blackburn made a bid for Robbie Savage ... good
    # displays against West Brom and Aston Villa have impressed Blues fans": Birmingham City's
    # fans (Chelsea and Everton are "the Blues" too, and are not named there)
    held = _holding(nickname_actors, "Blues")
    assert len(held) == 1 and "Birmingham" in held[0].aliases
    assert held[0].type == "org"


STAR_PHRASES = ("the ex-Smiths star Morrissey",)


@pytest.fixture(scope="module")
def star_types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "stars", STAR_PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_performer_word_before_a_name_makes_a_person(star_types):
    # entertainment-317: "The punk pioneer follows Morrissey, David Bowie and Nick Cave", "directed
    # by the ex-Smiths star Morrissey" (NER: a place, then an organisation)
    assert star_types.get("Morrissey") == "person"
    assert star_types.get("Patti Smith") == "person"


SIDE_PHRASES = ("over the All Blacks' inclusion of Maori players",)


@pytest.fixture(scope="module")
def side_actors(tmp_path_factory) -> list:
    index, _ = bbc_index_of_first(tmp_path_factory, "sides", SIDE_PHRASES)
    with Reader(index) as reader:
        return list(reader.actors())


def test_a_national_sides_nickname_is_its_country(side_actors):
    # sport-371: "controversy ... over the All Blacks' inclusion of Maori players", beside "New
    # Zealand": the national side is its country (bench/gold/README.md), its nickname too
    held = _holding(side_actors, "All Blacks")
    assert len(held) == 1 and "New Zealand" in held[0].aliases
    assert held[0].type == "place"


REPEATED_PHRASES = ("Chart stars Duran Duran are to appear",)


@pytest.fixture(scope="module")
def repeated_types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "repeated", REPEATED_PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_name_of_one_word_twice_is_no_persons(repeated_types):
    # entertainment-208: "Chart stars Duran Duran are to appear in a VH1 special", "a great Duran
    # Duran album": the band (NER: a person); its members stay people
    assert repeated_types.get("Duran Duran") == "org"
    assert repeated_types.get("Nick Rhodes") == "person"
    assert repeated_types.get("Simon Le Bon") == "person"
