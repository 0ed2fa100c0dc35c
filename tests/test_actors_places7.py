"""Places (session 11, helper places7), on real BBC articles with the real model: a town's name
is a place where its own article says so, whatever its club is elsewhere; a county's "-shire", a
seat's compass word and "from a town, its county" make places of what NER took for people and
organisations."""

from __future__ import annotations

import re

import pytest

from dossier.index.read import Reader
from helpers import picked_index

# sport-161: "sacked as Valencia coach" (the club); sport-469: "two years ago in Valencia" (the city);
# sport-300: "to face Gloucester", "Gloucester centre Henry Paul" (the club, as in sport-351's
# "Gloucester coach").
# politics-178: "from Pease Pottage, West Sussex;"; politics-238: "The marginals are Aberdeen South,
# Dumfriesshire, Dundee East and West"; politics-335: "constituencies in Somerset and Hampshire",
# "visit Leicester South"; politics-119: "spread to the Midlands, Merseyside, Bristol and Leeds". Not places: the actress Sarah Lancashire (entertainment-214), "handsets
# from NEC, Fujitsu and Mitsubishi" (tech-325).
PICKS = (
    "bbc-sport-161",
    "bbc-sport-469",
    "bbc-politics-178",
    "bbc-politics-238",
    "bbc-politics-335",
    "bbc-politics-119",
    "bbc-business-481",
    "bbc-sport-300",
    "bbc-sport-351",
    "bbc-business-076",
    "bbc-business-136",
    "bbc-entertainment-120",
    "bbc-tech-090",
    "bbc-politics-260",
    "bbc-entertainment-369",
    "bbc-entertainment-214",
    "bbc-tech-325",
)


index = picked_index("places7", PICKS)


def _types_of(index, article: str, surface: str) -> set[str]:
    with Reader(index) as reader:
        types = {a.id: a.type for a in reader.actors()}
        view = reader.article(article)
        return {
            types[m.actor] for m in view.mentions if m.actor and re.sub(r"^[Tt]he\s+", "", m.surface.strip()) == surface
        }


def test_a_town_is_a_place_where_its_article_says_so(index):
    # towns_apart: "in Valencia" is the city, though "Valencia" is the club in the other article.
    assert _types_of(index, "bbc-sport-469", "Valencia") == {"place"}
    assert _types_of(index, "bbc-sport-161", "Valencia") == {"org"}
    # ... not "Gloucester centre Henry Paul", whose "centre" is a position, beside "to face Gloucester"
    assert _types_of(index, "bbc-sport-300", "Gloucester") == {"org"}


@pytest.mark.parametrize(
    ("article", "surface"),
    [
        ("bbc-politics-238", "Dumfriesshire"),
        ("bbc-politics-335", "Hampshire"),
    ],
)
def test_a_shire_is_a_place(index, article, surface):
    # place_name_votes: a county's "-shire" (NER: a person)
    assert _types_of(index, article, surface) == {"place"}


@pytest.mark.parametrize(
    ("article", "surface"),
    [
        ("bbc-politics-238", "Aberdeen South"),
        ("bbc-politics-238", "Dundee East"),
        ("bbc-politics-335", "Leicester South"),
    ],
)
def test_a_seat_named_by_a_town_and_a_compass_word_is_a_place(index, article, surface):
    # place_name_votes: "Leicester South" (NER: a person), "Dundee East" (an organisation)
    assert _types_of(index, article, surface) == {"place"}


def test_a_county_after_a_town_and_a_comma_is_a_place(index):
    # place_context_votes: "from Pease Pottage, West Sussex;" (NER: a person)
    assert _types_of(index, "bbc-politics-178", "West Sussex") == {"place"}


@pytest.mark.parametrize(
    ("article", "surface", "kind"),
    [("bbc-entertainment-214", "Sarah Lancashire", "person"), ("bbc-tech-325", "Fujitsu", "org")],
)
def test_no_place_of_a_person_or_a_firm(index, article, surface, kind):
    assert _types_of(index, article, surface) == {kind}


def test_a_town_before_its_county_is_a_place(index):
    # place_context_votes: "Leslie Gray, 43, of Tuxford, Nottingham;" (NER: an organisation)
    assert _types_of(index, "bbc-politics-178", "Tuxford") == {"place"}


@pytest.mark.parametrize(("article", "surface"), [("bbc-politics-238", "Ochil"), ("bbc-politics-119", "Bristol")])
def test_a_name_in_a_list_of_places_is_a_place(index, article, surface):
    # list_votes: "Dundee East and West, South West Edinburgh, Ochil, Stirling" (NER: a person);
    # "the Midlands, Merseyside, Bristol and Leeds" (NER: an organisation)
    assert _types_of(index, article, surface) == {"place"}


@pytest.mark.parametrize("surface", ["HMV", "Tesco"])
def test_no_place_in_a_list_that_only_ners_labels_make_places(index, surface):
    # list_votes: "retailers - including HMV, Monsoon, Jessops, Body Shop and Tesco" (NER labels
    # Monsoon, Jessops and Body Shop places, and nothing else does)
    assert _types_of(index, "bbc-business-481", surface) == {"org"}


@pytest.mark.parametrize(
    ("article", "surface"),
    [("bbc-business-076", "West Bank"), ("bbc-business-136", "Soviet Union")],
)
def test_a_gazetteer_place_whose_name_holds_an_organisations_word_is_a_place(index, article, surface):
    # the gazetteer's "West Bank" and (added) "Soviet Union" get no organisation's vote for "Bank", "Union"
    assert _types_of(index, article, surface) == {"place"}


def test_a_gazetteer_place_is_not_voted_with_another_spelling_of_its_key(index):
    # gazetteer_keys_apart: "dates in Milan and Turin" (entertainment-120) is the city, though
    # "Millan", a person named eight times in tech-090, folds to the same key
    assert _types_of(index, "bbc-entertainment-120", "Milan") == {"place"}
    assert _types_of(index, "bbc-tech-090", "Millan") == {"person"}


def test_a_seat_of_government_is_the_office_in_it(index):
    # seat_of_government_votes: "Downing Street cited that comment" is the prime minister's office,
    # an organisation, though "Street" is a place's head word (bench/gold's convention)
    assert _types_of(index, "bbc-politics-260", "Downing Street") == {"org"}


def test_a_home_is_a_place(index):
    # place_context_votes: "Set in her native Dartford, Wasp tells the story" (NER: a person)
    assert _types_of(index, "bbc-entertainment-369", "Dartford") == {"place"}
