"""Types (issue 10, session 14, helper typ14a): real BBC articles in real indexes, with the real
spaCy model. A name in a list of people named by their given names is a person (people_lists.py);
a side's name before a player's position is a club's (lexicon.CLUB_ROLES_AFTER); a sentence's
subject that a person's pronoun refers back to is a person (subject_pronouns.py); a list of
initialled players keeps its initials (initials.py)."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index_of_first

PHRASES = (
    "Previous winners have included JK Rowling, Jacqueline Wilson and Dick King-Smith",  # entertainment-014
    "whose films include Schindler's List, Michael Collins and Star Wars",  # entertainment-012
    "in the absence of Ospreys loose-head Duncan Jones",  # sport-359
)


@pytest.fixture(scope="module")
def types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "typ14a", PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_the_odd_name_of_a_list_of_people_is_a_person(types):
    # NER calls "JK Rowling" an organisation; Jacqueline Wilson and Dick King-Smith are people
    assert types.get("JK Rowling") == "person"
    assert types.get("Jacqueline Wilson") == "person"


def test_a_title_with_a_possessive_in_a_list_is_no_person(types):
    # "whose films include Schindler's List, Michael Collins and Star Wars": a film's title
    assert types.get("Schindler's List") != "person"


def test_a_side_before_a_players_position_is_a_club(types):
    # "in the absence of Ospreys loose-head Duncan Jones": NER calls the Ospreys a person
    assert types.get("Ospreys") == "org"
    assert types.get("Duncan Jones") == "person"


PRONOUN_PHRASES = (
    "Phillips Idowu lit up the field events, not only with his hair",  # sport-059
    "Aaliyah was a rising star in music and film before she was killed",  # entertainment-230
)


@pytest.fixture(scope="module")
def pronoun_types(tmp_path_factory) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, "pronouns14a", PRONOUN_PHRASES)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_a_sentences_subject_a_persons_pronoun_follows_is_a_person(pronoun_types):
    # "Phillips Idowu lit up the field events, not only with his hair": NER calls him an
    # organisation; "Aaliyah was a rising star ... before she was killed": NER, a place or a firm
    assert pronoun_types.get("Phillips Idowu") == "person"
    assert pronoun_types.get("Aaliyah") == "person"


INITIALS_PHRASES = ("E Miller, G Easterby, D Humphreys, K Maggs",)  # sport-405, Ireland v England


@pytest.fixture(scope="module")
def initialled(tmp_path_factory) -> list:
    index, _ = bbc_index_of_first(tmp_path_factory, "initials14a", INITIALS_PHRASES)
    with Reader(index) as reader:
        return list(reader.actors())


def test_a_list_of_initialled_players_keeps_its_initials(initialled):
    # "S Easterby, J O'Connor, A Foley." and "E Miller, G Easterby, D Humphreys": NER leaves out the
    # initials of "S Easterby", "G Easterby", "J Robinson (capt)", which then joined one Easterby
    # and the coach "Andy Robinson's men"
    holders = [a for a in initialled if any(al.endswith("Easterby") for al in a.aliases)]
    assert len(holders) == 2, [a.aliases for a in holders]
    coach = next(a for a in initialled if "Andy Robinson" in a.aliases)
    assert "J Robinson" not in coach.aliases
    assert any("J Robinson" in a.aliases for a in initialled)
