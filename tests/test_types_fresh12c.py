"""Types (issue 10, session 12, helper typ12c): real BBC articles in real indexes, with the real
spaCy model. A list of firms joins names of one kind: its odd member, a person or a place to NER
alone, is a firm too (org_lists.py); the places and people of the same article stay."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index_of_first

LIST_PHRASES = ("TW Garments, Lesotho Hats and Vogue Landmark",)


@pytest.fixture(scope="module")
def list_types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "oddlist", LIST_PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_the_odd_member_of_a_list_of_firms_is_a_firm(list_types):
    # "the six factories were Leisure Garments, Modern Garments, Precious Six Garments, TW Garments,
    # Lesotho Hats and Vogue Landmark": NER calls Lesotho Hats a person, Vogue Landmark a place
    for firm in ("Leisure Garments", "TW Garments", "Lesotho Hats", "Vogue Landmark"):
        assert list_types.get(firm) == "org", firm


def test_places_and_people_beside_the_list_stay(list_types):
    # "two from Taiwan, two from China, one from Mauritius and one from Malaysia"; the union's man
    for place in ("Lesotho", "Taiwan", "Malaysia", "Mauritius", "Maseru"):
        assert list_types.get(place) == "place", place
    assert list_types.get("Billy Macaefa") == "person"


SURNAME_PHRASES = ("Lords Bingham, Steyn, Hope and Carswell", "Replacements (from): Bozzi, Coutts, Anglesea, Lund")


@pytest.fixture(scope="module")
def surname_types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "surnames", SURNAME_PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_surname_alone_in_a_list_is_no_firm_for_its_neighbours(surname_types):
    # "Lords Bingham, Steyn, Hope and Carswell" (NER calls three of the four law lords
    # organisations) and a rugby team sheet's bench: surnames of people, whatever their neighbours
    for surname in ("Bingham", "Lund", "Martens", "Bozzi"):
        assert surname_types.get(surname, "person") == "person", surname


POSSESSED_PHRASES = (
    "Oxfam's Barbara Stocking said",
    "Atticus' David Slager told",
    "Everton's Thomas Gravesen after",
    "Mike Leigh's Vera Drake",
)


@pytest.fixture(scope="module")
def possessed_types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "possessed", POSSESSED_PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_name_whose_possessive_holds_a_person_is_an_organisation(possessed_types):
    # "Everton's Thomas Gravesen", "Atticus' David Slager told": a club's player, a hedge fund's
    # manager; NER calls the club a person, the fund a place (Oxfam, "Oxfam's Barbara Stocking said",
    # stays a person by "Oxfam says in a report" in a one-article index)
    for org in ("Everton", "Atticus"):
        assert possessed_types.get(org) == "org", org


def test_a_persons_possessive_and_the_people_possessed_stay(possessed_types):
    # "Mike Leigh's Vera Drake" (his film); the people possessed are people
    for person in ("Mike Leigh", "Barbara Stocking", "David Slager", "Thomas Gravesen"):
        assert possessed_types.get(person) == "person", person


@pytest.fixture(scope="module")
def republic_types(tmp_path_factory) -> dict[str, str]:
    phrases = (
        "The Republic of Ireland have arranged",
        "Steve Finnan believes the Republic of Ireland",
        "Republic of Ireland v Cyprus",
        "Republic of Ireland international Reid",
    )
    index, _ = bbc_index_of_first(tmp_path_factory, "republic", phrases)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_country_by_its_long_name_is_a_place_whatever_its_verb(republic_types):
    # "The Republic of Ireland have arranged friendlies against China and Italy": the national side
    # is the country (a place), though a plural verb after a subject, a fixture list's "v" and
    # "international" after it made it an organisation
    assert republic_types.get("Republic of Ireland") == "place"
    assert republic_types.get("China") == "place"
