"""A town the hand-written gazetteer lacks, read as a place where the mention's own words say one
(session 17, helper gaz17; index/entities/gazetteer_towns.py), on real BBC articles with the real
model: "a bruising 55-3 defeat followed for Wales in Hamilton in 2003" is the New Zealand city,
though the corpus votes the name a person's (a team sheet's "Gross, Hamilton;") and people.py made
one person of both; "I want industry to succeed in Norwich" (NER: a person) is the city, though the
sport articles make the name's actor the club (town_mentions.py reads the gazetteer's towns)."""

from __future__ import annotations

from dossier.index.read import Reader
from helpers import bbc_text, picked_index

# sport-371: "defeat followed for Wales in Hamilton in 2003" (a rugby history; NER: a place).
# sport-293: a team sheet's "Isaacson, Long, Ward; Gross, Hamilton; McCarthy" (NER: a person).
# politics-198: "If you come to Norwich on a Friday", "I want industry to succeed in Norwich and I
# want Norwich to be the recognised nightspot" (NER: people); sport-176, sport-186, sport-205 and
# sport-220 name the club ("the Canaries").
PICKS = (
    "bbc-sport-371",
    "bbc-sport-293",
    "bbc-politics-198",
    "bbc-sport-176",
    "bbc-sport-186",
    "bbc-sport-205",
    "bbc-sport-220",
)


index = picked_index("gaz17", PICKS)


def _actor_at(index, article: str, words: str, surface: str) -> tuple[str, str]:
    """(the actor id, its type) of the mention `surface` inside the first `words` of the article."""
    with Reader(index) as reader:
        types = {a.id: a.type for a in reader.actors()}
        view = reader.article(article)
        start = view.article.text.index(words) + words.index(surface)
        (m,) = [m for m in view.mentions if m.start == start and m.actor]
        return m.actor, types[m.actor]


def test_a_gazetteer_town_after_in_leaves_a_persons_actor(index):
    # gazetteer_towns.gazetteer_town_moves: the name's actor is a person's (people.py's surname
    # group), which no vote of the mention changes; the mention "in Hamilton" reads the gazetteer's
    # town and moves to the town's actor, a place. The player stays a person.
    town, town_type = _actor_at(index, "bbc-sport-371", "Wales in Hamilton", "Hamilton")
    player, player_type = _actor_at(index, "bbc-sport-293", "Gross, Hamilton;", "Hamilton")
    assert town_type == "place"
    assert player_type == "person"
    assert town != player


def test_a_gazetteer_town_after_in_leaves_a_clubs_actor(index):
    # town_mentions: "succeed in Norwich" reads the gazetteer's town, though NER calls it a person
    # and no other words of a place are on the name; nothing in the article says the club, so its
    # other mentions go with it ("come to Norwich on a Friday"). The club stays the club.
    town, town_type = _actor_at(index, "bbc-politics-198", "succeed in Norwich", "Norwich")
    other, _ = _actor_at(index, "bbc-politics-198", "come to Norwich", "Norwich")
    assert town_type == "place"
    assert other == town
    clubs = {
        _actor_at(index, aid, "Norwich", "Norwich")
        for aid in ("bbc-sport-176", "bbc-sport-186", "bbc-sport-205", "bbc-sport-220")
        if "Norwich" in bbc_text(aid)
    }
    assert all(typ == "org" for _, typ in clubs)
