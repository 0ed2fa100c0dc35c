"""Types and actors of clubs, players and names NER ran over a sentence's end (issue 10, session
24): real BBC articles in one real index, with the real spaCy model; made-up text for the rule of
club_towns.py alone.

- club_towns.py: "AC Milan" then "Milan beat Juventus", "Milan coach Carlo Ancelotti" (sport-152),
  "Real Madrid striker Fernando Morientes" then "I have told Madrid" (sport-272): the town alone is
  the club, one actor with it; "Inter Milan's ... star" then "he was in Milan" (sport-168) stays the
  city.
- names.diminutive_name: "They can bring Serginho in" (sport-152; NER: an organisation).
- spans.py: "... Hoobastank and Jay-Z. Soul singer Stevie Wonder" (entertainment-150): NER's span
  over the sentence's end is cut, so "Jay-Z" is a person and, with no band's word glued on, the
  list of nominees no longer turns "Kanye West" into an organisation.
"""

from __future__ import annotations

import pytest

from dossier.index.entities.club_towns import club_of_town
from dossier.index.records import Mention
from helpers import actor_at, picked_seen

PICKS = ("bbc-sport-152", "bbc-sport-272", "bbc-sport-168", "bbc-entertainment-150")

seen = picked_seen("s24types", PICKS)


@pytest.mark.parametrize(
    ("article", "full", "written", "town"),
    [
        ("bbc-sport-152", "against AC Milan", "Milan beat Juventus", "Milan"),
        ("bbc-sport-152", "against AC Milan", "Milan coach Carlo Ancelotti", "Milan"),
        ("bbc-sport-272", "sign Real Madrid striker", "I have told Madrid", "Madrid"),
    ],
)
def test_a_town_alone_is_the_club_its_article_names_with_a_clubs_word(seen, article, full, written, town):
    club = actor_at(seen, article, full, town)
    alone = actor_at(seen, article, written, town)
    assert club.type == "org"
    assert alone.id == club.id


def test_the_town_after_inter_milan_is_the_city(seen):
    city = actor_at(seen, "bbc-sport-168", "he was in Milan talking", "Milan")
    assert city.type == "place"
    assert "Inter Milan" not in city.aliases


def test_a_players_portuguese_diminutive_is_a_person(seen):
    assert actor_at(seen, "bbc-sport-152", "bring Serginho in", "Serginho").type == "person"


def test_a_name_ner_ran_over_a_sentences_end_is_cut_there(seen):
    jay = actor_at(seen, "bbc-entertainment-150", "and Jay-Z. Soul", "Jay-Z")
    assert jay.type == "person"
    assert not any("Soul" in alias for alias in jay.aliases)
    assert actor_at(seen, "bbc-entertainment-150", "OutKast, Kanye West,", "Kanye West").type == "person"


def _mention(text: str, written: str, name: str) -> Mention:
    start = text.index(written) + written.index(name)
    return Mention("a", start, start + len(name), name, "GPE")


CLUB = "AC Milan lost at home. "


@pytest.mark.parametrize(
    ("text", "is_club"),
    [
        (CLUB + "Milan coach Carlo Ancelotti was calm.", True),
        (CLUB + "Fans in Milan were angry.", False),  # a place's words before it
        ("Inter Milan lost at home. Milan coach Carlo Ancelotti was calm.", False),  # Inter's short form is Inter
        ("Real Madrid beat Atletico Madrid. Madrid coach Luis Garcia was calm.", False),  # two clubs of the town
        ("The fashion week opened. Milan coach Carlo Ancelotti was calm.", False),  # no club named
    ],
)
def test_club_of_town_wants_one_club_and_no_place_words(text, is_club):
    written = "Fans in Milan" if "Fans in" in text else "Madrid coach" if "Madrid coach" in text else "Milan coach"
    town = "Madrid" if written.startswith("Madrid") else "Milan"
    assert club_of_town(_mention(text, written, town), text) is is_club
