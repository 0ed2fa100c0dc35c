"""Types of people (issue 10, session 15, helper typ15a): real BBC articles in a real index, with
the real spaCy model. A team sheet written as initials and surnames is a list of people even where
NER labels most of one side's players organisations or places ("Mirco Bergamasco, C Stoica, A
Masi, L Nitoglia; L Orquera, A Troncon": initialled_lists.py counts the initialled names as the
sheet's people); a full name whose first word is a common given name of the languages the news
covers is a person's ("Darius Vassell", "Micah Hyde", "Carolina Kluft": lexicon.OTHER_GIVEN_NAMES),
a surname's particles not counted ("Rodrigo de Rato": names.starts_with_given_name); a
nationality's word NER took into a player's name is no part of it ("Frenchman Arnaud Clement",
"Russian Irina Shevchenko": demonym_titles.py), so the name is the player's and a person's; a
"duo" before two names joined by "and" introduces two people, no organisation ("Leicester duo
Ollie Smith and Andy Goode": member_lists.py), while "band" before a name still makes a band."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index_of_first

PHRASES = (
    "Mirco Bergamasco, C Stoica, A Masi, L Nitoglia; L Orquera, A Troncon",
    "The return to fitness of Darius Vassell",
    "Micah Hyde is expected to recover",
    "Kelly Holmes and Carolina Kluft are among",
    "hold on to Dimitar Berbatov's weak drive",
    "Rodrigo de Rato, the IMF's managing director",
    "seven league appearances this season for Luigi del Neri's side",
    "meet Frenchman Arnaud Clement in the first round",
    "favourite Russian Irina Shevchenko trailing",
    "Leicester duo Ollie Smith and Andy Goode",
    "Irish duo Malcolm O'Kelly and Paul O'Connell",
)


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    index, rows = bbc_index_of_first(tmp_path_factory, "typ15a", PHRASES)
    out = {}
    with Reader(index) as reader:
        actors = list(reader.actors())
        types = {a.id: a.type for a in actors}
        types.update({("name", a.id): a.name for a in actors})
        for aid in rows:
            view = reader.article(aid)
            out[aid] = (view.article.text, view.mentions)
    return out, types


def _type_at(articles, words, surface) -> str:
    """The type of the actor of the mention over `surface` inside the first occurrence of `words`."""
    found, types = articles
    text, mentions = next(v for v in found.values() if words in v[0])
    start = text.index(words) + words.index(surface)
    (m,) = [m for m in mentions if m.start <= start < m.end]
    return types[m.actor]


def test_a_team_sheets_initialled_players_are_people_however_ner_labels_them(articles):
    # sport-322: Italy's side, one full name and five initialled ones, most of them NER's
    # organisations or places; Scotland's sheet beside it is all people already
    sheet = "Mirco Bergamasco, C Stoica, A Masi, L Nitoglia; L Orquera, A Troncon"
    for player in ("C Stoica", "A Masi", "L Nitoglia", "L Orquera", "A Troncon"):
        assert _type_at(articles, sheet, player) == "person", player


@pytest.mark.parametrize(
    "words, name",
    [
        ("The return to fitness of Darius Vassell", "Darius Vassell"),  # sport-162 (NER: org)
        ("Micah Hyde is expected to recover", "Micah Hyde"),  # sport-179 (NER: place)
        ("Kelly Holmes and Carolina Kluft are among", "Carolina Kluft"),  # sport-029 (NER: org)
        ("hold on to Dimitar Berbatov's weak drive", "Dimitar Berbatov"),  # (NER: org)
        ("Rodrigo de Rato, the IMF's managing director", "Rodrigo de Rato"),  # (NER: org)
        ("this season for Luigi del Neri's side", "Luigi del Neri"),  # (NER: org)
    ],
)
def test_a_full_name_opened_by_a_common_given_name_is_a_person(articles, words, name):
    assert _type_at(articles, words, name) == "person"


@pytest.mark.parametrize(
    "words, surface, name",
    [
        ("meet Frenchman Arnaud Clement in the first round", "Arnaud Clement", "Arnaud Clement"),  # NER: org
        ("favourite Russian Irina Shevchenko trailing", "Irina Shevchenko", "Irina Shevchenko"),  # NER: org
    ],
)
def test_a_nationality_before_a_players_name_is_no_part_of_it(articles, words, surface, name):
    found, types = articles
    text, mentions = next(v for v in found.values() if words in v[0])
    start = text.index(words) + words.index(surface)
    (m,) = [m for m in mentions if m.start <= start < m.end]
    assert types[m.actor] == "person"
    assert types[("name", m.actor)] == name


@pytest.mark.parametrize(
    "words, name",
    [
        ("Leicester duo Ollie Smith and Andy Goode", "Ollie Smith"),  # sport-334
        ("Irish duo Malcolm O'Kelly and Paul O'Connell", "Malcolm O'Kelly"),  # sport-338
    ],
)
def test_a_duo_before_two_names_introduces_two_people(articles, words, name):
    assert _type_at(articles, words, name) == "person"
