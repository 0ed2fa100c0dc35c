"""People wrongly merged and actors wrongly split, on real BBC articles with the real model (issue
10, session 12, helper mrg12). Each test names the rule it holds; without the rule the test fails.

politics-329: "Michael Howard ... Mr Howard later added ... The strategist helped Australia's PM,
  John Howard, win four elections. Mr Howard appointed Mr Crosby as his elections chief": a bare
  surname the article has already used alone for one person goes on naming that person, not the
  second person of the surname named in full since (surname_referents.already_named).
sport-101: "Howard" in a Manchester United team sheet, with no evidence of its own: of the
  corpus's Howards, the one whose articles share the most names with it (sport-240's goalkeeper Tim
  Howard: Manchester United, Alex Ferguson, Paul Scholes), not Michael Howard, whom the corpus names
  in full four times as often and whose politics-335 shares only "Liverpool"
  (surname_links.most_linked).
entertainment-314, -078: "The 77th annual Academy Awards", "2,530 Oscars have been handed out":
  one event (lexicon.NAME_ALIASES, event_names.aliased), while "The Academy officially adopted the
  nickname" is the body that gives them, not the event (event_names.a_givers_name).
business-383: "according to the Federal Reserve", "policy-makers at the Fed": one body.
sport-352: "in this year's RBS Six Nations Championship"; sport-363: "the Six Nations Championship";
  sport-327: "their hardest game of the Six Nations": one event, "X Championship" meeting X of two
  words or more (event_names.event_stem).
business-077: "Russian oil firm Yuganskneftegas", then "Yugansk" seven times: a long one-word
  name cut short (truncated_names.truncations).
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

PICKS = (
    "bbc-politics-329",
    "bbc-sport-101",
    "bbc-sport-240",
    "bbc-politics-335",
    "bbc-politics-022",
    "bbc-politics-122",
    "bbc-politics-374",
    "bbc-entertainment-314",
    "bbc-entertainment-078",
    "bbc-business-383",
    "bbc-sport-352",
    "bbc-sport-327",
    "bbc-sport-363",
    "bbc-business-077",
)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "merges12", lambda r: r["id"] in PICKS)) as reader:
        actors = list(reader.actors())
        views = {aid: reader.article(aid) for aid in PICKS}
    return actors, views


def actor_at(views, aid: str, surface: str, nth: int = 0) -> str | None:
    """The actor of the nth mention of the article written exactly so."""
    found = [m for m in views[aid].mentions if m.surface == surface]
    assert len(found) > nth, f"{aid}: {surface!r} is not a mention {nth + 1} times"
    return found[nth].actor


def test_a_surname_goes_on_naming_the_person_it_named_first(index):
    _, views = index
    michael = actor_at(views, "bbc-politics-329", "Michael Howard")
    john = actor_at(views, "bbc-politics-329", "John Howard")
    assert michael != john
    assert actor_at(views, "bbc-politics-329", "Mr Howard", 0) == michael
    assert actor_at(views, "bbc-politics-329", "Mr Howard", 1) == michael


def test_a_bare_surname_is_the_person_whose_articles_keep_its_company(index):
    _, views = index
    goalkeeper = actor_at(views, "bbc-sport-240", "Tim Howard")
    assert actor_at(views, "bbc-sport-101", "Howard") == goalkeeper
    assert goalkeeper != actor_at(views, "bbc-politics-335", "Michael Howard")


def test_the_oscars_are_the_academy_awards_and_the_academy_gives_them(index):
    actors, views = index
    awards = actor_at(views, "bbc-entertainment-314", "Academy Awards")
    assert actor_at(views, "bbc-entertainment-314", "Oscars") == awards
    assert actor_at(views, "bbc-entertainment-078", "Oscars") == awards
    academy = actor_at(views, "bbc-entertainment-314", "Academy")
    assert academy != awards
    assert next(a for a in actors if a.id == academy).type == "org"


def test_the_fed_is_the_federal_reserve(index):
    _, views = index
    assert actor_at(views, "bbc-business-383", "Fed") == actor_at(views, "bbc-business-383", "the Federal Reserve")


def test_a_championship_is_its_name_without_the_head_word(index):
    _, views = index
    six_nations = actor_at(views, "bbc-sport-327", "the Six Nations")
    assert actor_at(views, "bbc-sport-352", "RBS Six Nations Championship") == six_nations
    assert actor_at(views, "bbc-sport-363", "the Six Nations Championship") == six_nations


def test_a_long_one_word_name_cut_short_is_the_same_firm(index):
    _, views = index
    assert actor_at(views, "bbc-business-077", "Yugansk") == actor_at(views, "bbc-business-077", "Yuganskneftegas")
