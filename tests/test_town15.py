"""A town's mentions against its club's (session 15, helper town15), on real BBC articles with the
real model: a match report's "the Chelsea area" is the club's penalty area, not the town; "Hazel
Gilbert, 23, an information manager from Newcastle" is the town."""

from __future__ import annotations


from dossier.index.read import Reader
from helpers import picked_index

# sport-246 (Chelsea hold Arsenal): "from the edge of the Chelsea area", a penalty area, in a match
# report that names the club throughout ("Chelsea appeared unruffled"); sport-168 and sport-169
# ("Chelsea boss Jose Mourinho") make Chelsea's actor a club.
# entertainment-022: "Hazel Gilbert, 23, an information manager from Newcastle,", her home, where
# sport-138 and sport-250 ("Newcastle boss Graeme Souness") make Newcastle's actor a club and
# sport-024 ("staged in Newcastle") the town. politics-259: "Irfan Hanif, a 25-year-old doctor from
# Bolton," where sport-105, sport-184 and sport-185 name the club.
PICKS = (
    "bbc-sport-246",
    "bbc-sport-168",
    "bbc-sport-169",
    "bbc-entertainment-022",
    "bbc-sport-024",
    "bbc-sport-138",
    "bbc-sport-250",
    "bbc-politics-259",
    "bbc-sport-105",
    "bbc-sport-184",
    "bbc-sport-185",
)


index = picked_index("town15", PICKS)


def _type_at(index, article: str, words: str, surface: str) -> str:
    """The type of the actor of the mention `surface` inside the first `words` of the article."""
    with Reader(index) as reader:
        types = {a.id: a.type for a in reader.actors()}
        view = reader.article(article)
        start = view.article.text.index(words) + words.index(surface)
        (m,) = [m for m in view.mentions if m.start == start and m.actor]
        return types[m.actor]


def test_a_clubs_penalty_area_is_no_town(index):
    # town_mentions: "the Chelsea area" is read by a noun after the name only, in an article that
    # reads Chelsea as the club: no place vote, no move to the town.
    assert _type_at(index, "bbc-sport-246", "edge of the Chelsea area", "Chelsea") == "org"


def test_a_persons_home_after_her_age_and_job_is_the_town(index):
    # town_mentions: "X, 23, an information manager from Newcastle" reads the town like "X, from
    # Derby" does, though the corpus's "Newcastle" is mostly the club.
    assert _type_at(index, "bbc-entertainment-022", "manager from Newcastle", "Newcastle") == "place"
    assert _type_at(index, "bbc-sport-138", "Newcastle boss", "Newcastle") == "org"


def test_a_persons_home_after_her_age_is_the_town(index):
    # town_mentions: "a 25-year-old doctor from Bolton" is his home, not the club of the sport articles.
    assert _type_at(index, "bbc-politics-259", "doctor from Bolton", "Bolton") == "place"
