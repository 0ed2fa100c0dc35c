"""Types (issue 10, session 13, helper typ13a): real BBC articles in real indexes, with the real
spaCy model. A team sheet's paragraph is a list of players (team_sheets.py); a name that opens
with "St" is no person (saint_names.py)."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index_of_first

PHRASES = (
    "Replacements (from): Bozzi, Coutts, Anglesea, Lund",  # sport-325, Worcester v Sale
    "He could then return to St James' Park",  # sport-138, Bellamy and Souness
    "AC Milan, Bayer Leverkusen, Internazionale, Juventus, Lyon.",  # sport-237, a draw's pots
)


@pytest.fixture(scope="module")
def types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "fresh13a", PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_bench_of_surnames_is_people(types):
    # "Replacements (from): Bozzi, Coutts, Anglesea, Lund, Martens, Riley, Duffy, C Jones.":
    # NER calls Coutts, Anglesea, Riley and Duffy organisations
    for player in ("Coutts", "Anglesea", "Riley", "Duffy", "Bozzi", "Lund"):
        assert types.get(player) == "person", player


def test_a_side_of_surnames_is_people(types):
    # "Hanley; Mayor, Payne, Rhys Jones, Wigglesworth; Hercus, Redpath (capt); ..."
    for player in ("Hanley", "Redpath", "Chabal", "Delport", "Van Niekerk"):
        assert types.get(player, "person") == "person", player


def test_the_club_and_the_ground_beside_a_team_sheet_stay(types):
    # "Sale are missing 14 players": the club; "Sixways" (a heading) is no player
    assert types.get("Sale") != "person"
    assert types.get("Celtic") == "org"


def test_a_paragraph_of_five_clubs_is_no_team_sheet(types):
    # a draw's pots: "AC Milan, Bayer Leverkusen, Internazionale, Juventus, Lyon."
    for club in ("AC Milan", "Bayer Leverkusen", "Juventus"):
        assert types.get(club) != "person", club


def test_a_saints_name_is_no_person(types):
    # "He could then return to St James' Park": NER calls "St James" a person
    saints = {name: typ for name, typ in types.items() if name.startswith("St ")}
    assert saints, types
    for name, typ in saints.items():
        assert typ != "person", name


ROLE_PHRASES = ("Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee Council",)  # politics-370


@pytest.fixture(scope="module")
def role_types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "roles13a", ROLE_PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_post_in_apposition_with_no_article_is_a_persons(role_types):
    # "Maeve Sherlock, chief executive of the Refugee Council, said": NER calls her an organisation
    assert role_types.get("Maeve Sherlock") == "person"
    assert role_types.get("Refugee Council") == "org"


SHARES_PHRASES = ("while Pernod shares in Paris slipped 1.2%",)  # business-005


@pytest.fixture(scope="module")
def shares_types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "shares13a", SHARES_PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_name_whose_shares_trade_is_a_firm(shares_types):
    # "Pernod shares in Paris slipped 1.2%. Pernod said it was seeking acquisitions": NER calls
    # Pernod a person in every sentence
    assert shares_types.get("Pernod") == "org"
    # the whisky firm it tried to buy, "one of Scotland's premier whisky firms", stays a firm
    assert shares_types.get("Glenmorangie") == "org"
