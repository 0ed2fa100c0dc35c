"""A town the hand-written gazetteer lacks, read as a place where the mention's own words say one
(session 17, helper gaz17; index/entities/gazetteer_towns.py), on real BBC articles with the real
model: "Mr Straw told activists in Blackburn" is the town, though NER calls it a person and the
corpus's other "Blackburn" (the club: "Blackburn boss Mark Hughes", "Blackburn have not played")
make a person's actor of the name; the club's mentions stay where they were."""

from __future__ import annotations

from dossier.index.read import Reader
from helpers import picked_index

# politics-403: "Mr Straw told activists in Blackburn on Thursday" (NER: a person); sport-179:
# "Blackburn boss Mark Hughes", "While Blackburn have not played"; sport-250: "a reserve game at
# Blackburn" (a club's "at": no reading).
# sport-014: "major races in Erfurt and Stuttgart" (NER: Erfurt an organisation).
# entertainment-012: "his sermons on a Friday night in Ballymena" (NER: an organisation).
# sport-019: "The camp in Embu was to prepare for" (NER: a person).
# business-058: "cookers and ovens in Spennymoor" (NER: an organisation).
PICKS = (
    "bbc-politics-403",
    "bbc-sport-179",
    "bbc-sport-250",
    "bbc-sport-014",
    "bbc-entertainment-012",
    "bbc-sport-019",
    "bbc-business-058",
)


index = picked_index("gaz17", PICKS)


def _type_at(index, article: str, words: str, surface: str) -> str:
    """The type of the actor of the mention `surface` inside the first `words` of the article."""
    with Reader(index) as reader:
        types = {a.id: a.type for a in reader.actors()}
        view = reader.article(article)
        start = view.article.text.index(words) + words.index(surface)
        (m,) = [m for m in view.mentions if m.start == start and m.actor]
        return types[m.actor]


def test_a_gazetteer_town_after_in_is_a_place(index):
    assert _type_at(index, "bbc-sport-014", "races in Erfurt", "Erfurt") == "place"
    assert _type_at(index, "bbc-entertainment-012", "night in Ballymena", "Ballymena") == "place"
    assert _type_at(index, "bbc-sport-019", "camp in Embu", "Embu") == "place"
    assert _type_at(index, "bbc-business-058", "ovens in Spennymoor", "Spennymoor") == "place"


def test_a_gazetteer_town_after_in_leaves_a_persons_actor(index):
    # gazetteer_towns.gazetteer_town_moves: the name's actor is a person's (people.py), which no
    # place vote changes; the mention read as a place moves to the town's actor.
    assert _type_at(index, "bbc-politics-403", "activists in Blackburn", "Blackburn") == "place"
    assert _type_at(index, "bbc-sport-179", "While Blackburn have", "Blackburn") != "place"
    assert _type_at(index, "bbc-sport-250", "game at Blackburn", "Blackburn") != "place"


def _resolved_types(spans: dict[str, list[tuple[str, str]]]) -> dict[tuple[str, int], str]:
    """The actor type of each mention `resolve_actors` makes of the given NER spans of real BBC
    articles (what NER gave them in the 422-article dev corpus)."""
    from dossier.index.entities.actors import resolve_actors
    from helpers import bbc_text, mentions_at

    texts = {aid: bbc_text(aid) for aid in spans}
    mentions = {aid: mentions_at(aid, texts[aid], s) for aid, s in spans.items()}
    res = resolve_actors(mentions, {}, texts)
    types = {a.id: a.type for a in res.actors}
    return {(aid, m.start): types[m.actor] for aid, ms in res.mentions.items() for m in ms}


def test_a_gazetteer_town_read_as_a_place_leaves_the_persons_actor_ner_made():
    # Where NER calls "Blackburn" a person in a politics article and in a match report (the dev
    # corpus's labels), the corpus votes the name a person's and people.py makes one person of
    # it; "told activists in Blackburn" is the town (gazetteer_town_moves), the club's "While
    # Blackburn have not played" stays where it was.
    spans = {
        "bbc-politics-403": [("Straw", "PERSON"), ("Blackburn", "PERSON")],
        "bbc-sport-179": [("Blackburn", "PERSON"), ("Blackburn", "PERSON"), ("Blackburn", "PERSON")],
    }
    from helpers import bbc_text

    types = _resolved_types(spans)
    politics, sport = bbc_text("bbc-politics-403"), bbc_text("bbc-sport-179")
    assert types[("bbc-politics-403", politics.index("activists in Blackburn") + 13)] == "place"
    assert types[("bbc-sport-179", sport.index("While Blackburn have") + 6)] != "place"
