"""Who is who: people's names NER missed or mistyped, on real BBC articles with the real model
(issue 10, session 11, people7). Each test names the rule it holds; without the rule the name is
typed as NER's stray label says, or missed.

In the gold (dev), with what NER said:
sport-429: "Argentine wild card Mariano Puerta" (NER: a person once, an organisation once: the
  votes tied, and the tie went to the organisation); a given name of another language than
  English (lexicon.OTHER_GIVEN_NAMES) makes the full name a person's.
sport-422: "beaten 6-3 6-0 by sixth seeded Russian Nikolay Davydenko", "two other Russians, Igor
  Andreev and seventh seed Mikhail Youzhny" (NER: "Russian", "Russians" and nothing else);
  entertainment-017: "Gunter Grass (Germany)", "Kenzaburo Oe (Japan)" in a list of authors;
  politics-128: "Vincent Cable, for the Liberal Democrats, accused" (NER: nothing): a given name
  and surname-shaped words no mention touches (cued_names.given_name_runs).
sport-422: "Marat Safin suffered a shock loss" (NER: "Marat", a nationality), then "Safin showed
  some good touches" (NER: nothing): a given name and the surname after it are one name
  (cued_names.given_name_before_surname), whose surname is then found alone.
sport-106: "a long ball from Talal El Karkouri in the box" (NER: "Talal" and "El Karkouri", two
  places), "Perry, El Karkouri, Young" in the team sheet: a given name before a surname-shaped
  mention is the start of its name (cued_names.with_given_name_before).
sport-101: "Att: 47,111 Ref: S Bennett (Kent)."; sport-106: "29,603 M Riley (W Yorkshire)." (NER:
  nothing): a match report's referee and his county (cued_names.initialled_names); not a middle
  initial (entertainment-017: "Abraham B Yehoshua (Israel)"). "W Yorkshire" is the "West Yorkshire"
  of business-106 (grouping.with_compass_word).
And from the fresh articles of the other helpers of session 11 (orgs7, places7), read only once
this branch's first rules were made:
politics-044: "set up in 1337 by King Edward III"; sport-403: "the era of Gareth Edwards": a given
  name with a regnal number is nobody's surname (people._regnal; "Edward" was one letter off
  "Edwards"). entertainment-243: "performances from Usher and Jennifer Lopez", "Singer Jenifer also
  took home two awards": a first name alone joins a full name only written alike (it folds alike).
entertainment-146: "Singers Jennifer Lopez and husband Marc Anthony" (NER: "Singers Jennifer
  Lopez"): a title word's plural opens no name (cued_names.without_plural_title).
business-210: "on the back foot until the April IMF meetings" (NER: nothing; the IMF is named
  ten times besides): a month or a day before a name is no part of it (missed._after_dates).
sport-196 (speakers7's): "The 55-year-old Frenchman told Arsenal's website"; sport-240: "but the
  Welshman dragged a left-foot shot" (NER: people): a word for a person of a nation names no one,
  and becomes no actor, not even as a speaker (names.nationality_noun).
politics-104: "The Archbishop of Canterbury, Dr Rowan Williams," (one person, by the apposition):
  named by his own name, not by the title used as one (actors._canonical).
sport-053 (orgs7's): "Haile Gebrselassie", then "Haile" (NER: an organisation): a first name alone
  is the one full name of the article it opens, whatever NER's label, when no word makes it a place
  or a firm (people._no_place_nor_firm); sport-353: "Scott" beside Scott Gray and Scott MacLeod is
  neither's (whose is not said).
sport-255: "the gap on Chelsea, Everton and Arsenal", then "four points behind Arsenal" (NER:
  "Everton and Arsenal", one name): the end of a list is two names (cued_names.split_listed_pairs).
entertainment-237: "Jama, 25, lost her sight": an age in commas after a name is a person's cue
  (evidence.age_votes), read here on the node.
sport-429 (people7's): "ousted sixth seed Filippo Volandri of Italy 4-6 6-3" (NER: nothing for
  Italy): a gazetteer's place after a person's name and "of" is where they are from, not the end
  of a longer name as "Prince of Wales" (spans._of_after_a_person).
business-349 (people7's): "LG Card's creditors have given LG group until Wednesday" (NER: "LG"),
  "LG card's creditors fear" (NER: nothing), beside "LG Group" and "LG Card": a lower-case word
  after a name that, capitalised, completes another name of the article is that name
  (cued_names.with_lower_case_head; missed.py where NER found nothing).
business-389 (people7's): "- Bank of Alexandria or Banque du Caire - would be sold first" (NER:
  nothing there; "Bank of Alexandria" earlier); politics-044: "while the Duchy of Cornwall provides
  Prince Charles' annual income": an article's own name with a lower-case word inside is looked
  for whole where NER missed it (missed._names_with_small_words).
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import BBC, bbc_index

PICKS = (
    "bbc-sport-429",
    "bbc-sport-422",
    "bbc-entertainment-017",
    "bbc-politics-128",
    "bbc-sport-106",
    "bbc-sport-101",
    "bbc-business-106",
    "bbc-politics-044",
    "bbc-sport-403",
    "bbc-entertainment-243",
    "bbc-entertainment-146",
    "bbc-business-210",
    "bbc-sport-196",
    "bbc-sport-240",
    "bbc-politics-104",
    "bbc-sport-053",
    "bbc-sport-353",
    "bbc-sport-255",
    "bbc-business-349",
    "bbc-business-389",
)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "people7", lambda r: r["id"] in PICKS)) as reader:
        actors = list(reader.actors())
        views = {aid: reader.article(aid) for aid in PICKS}
    return actors, views


def actor_of(actors, form: str):
    held = [a for a in actors if form in a.aliases]
    assert len(held) == 1, f"{form!r} is held by {[a.id for a in held]}"
    return held[0]


def surfaces(views, aid: str, actor_id: str) -> list[str]:
    return [m.surface for m in views[aid].mentions if m.actor == actor_id]


def test_a_given_name_of_another_language_makes_a_persons_name(index):
    actors, _ = index
    assert actor_of(actors, "Mariano Puerta").type == "person"


@pytest.mark.parametrize(
    ("aid", "name"),
    [
        ("bbc-sport-422", "Nikolay Davydenko"),
        ("bbc-sport-422", "Igor Andreev"),
        ("bbc-entertainment-017", "Gunter Grass"),
        ("bbc-entertainment-017", "Kenzaburo Oe"),
        ("bbc-politics-128", "Vincent Cable"),
    ],
)
def test_a_given_name_and_a_surname_ner_missed_are_a_person(index, aid, name):
    actors, views = index
    actor = actor_of(actors, name)
    assert actor.type == "person"
    assert name in surfaces(views, aid, actor.id)


def test_a_given_name_and_the_surname_after_it_are_one_name(index):
    actors, views = index
    safin = actor_of(actors, "Marat Safin")
    assert safin.type == "person"
    # "Marat" is no actor of its own, and "Safin" alone is found as his surname.
    assert not any(a.name == "Marat" for a in actors)
    assert surfaces(views, "bbc-sport-422", safin.id)[:2] == ["Marat Safin", "Safin"]


def test_a_given_name_before_a_surname_is_the_start_of_its_name(index):
    actors, views = index
    karkouri = actor_of(actors, "Talal El Karkouri")
    assert karkouri.type == "person"
    # The team sheet's surname is his too; "Talal" is no place of its own.
    assert surfaces(views, "bbc-sport-106", karkouri.id) == ["Talal El Karkouri", "El Karkouri"]
    assert not any(a.name == "Talal" for a in actors)


@pytest.mark.parametrize(
    ("aid", "referee", "county"),
    [("bbc-sport-101", "S Bennett", "Kent"), ("bbc-sport-106", "M Riley", "W Yorkshire")],
)
def test_an_initial_and_a_surname_before_a_bracketed_county_are_a_referee_and_his_county(index, aid, referee, county):
    actors, views = index
    person = actor_of(actors, referee)
    assert person.type == "person"
    assert referee in surfaces(views, aid, person.id)
    place = actor_of(actors, county)
    assert place.type == "place"
    assert county in surfaces(views, aid, place.id)
    # A middle initial is no referee's: "Abraham B Yehoshua (Israel)".
    assert not any("B Yehoshua" in a.aliases for a in actors)


def test_a_compass_points_initial_is_the_compass_word(index):
    actors, _ = index
    assert actor_of(actors, "W Yorkshire").id == actor_of(actors, "West Yorkshire").id


def test_a_monarchs_given_name_is_nobodys_surname(index):
    actors, _ = index
    assert actor_of(actors, "King Edward III").id != actor_of(actors, "Gareth Edwards").id


def test_a_first_name_alone_joins_a_full_name_only_written_alike(index):
    actors, _ = index
    assert actor_of(actors, "Jenifer").id != actor_of(actors, "Jennifer Lopez").id


def test_a_title_words_plural_opens_no_name(index):
    actors, views = index
    lopez = actor_of(actors, "Jennifer Lopez")
    assert "Jennifer Lopez" in surfaces(views, "bbc-entertainment-146", lopez.id)
    assert not any("Singers Jennifer Lopez" in a.aliases for a in actors)


def test_a_month_before_a_known_name_is_no_part_of_it(index):
    actors, views = index
    view = views["bbc-business-210"]
    at = view.article.text.index("the April IMF meetings") + len("the April ")
    imf = actor_of(actors, "International Monetary Fund")
    assert (at, "IMF") in [(m.start, m.surface) for m in view.mentions if m.actor == imf.id]


def test_a_word_for_a_person_of_a_nation_names_no_one(index):
    actors, views = index
    assert not any(a.name in ("Frenchman", "Welshman") for a in actors)
    told = next(q for q in views["bbc-sport-196"].quotes if q.text.startswith("My intention has always been clear"))
    assert told.speaker_id is None or not told.speaker_id.endswith("frenchman")


def test_a_person_is_named_by_their_own_name_before_a_title_used_as_one(index):
    actors, _ = index
    assert actor_of(actors, "Archbishop of Canterbury").name == "Rowan Williams"


def test_a_first_name_alone_is_the_one_full_name_it_opens(index):
    actors, views = index
    haile = actor_of(actors, "Haile Gebrselassie")
    assert "Haile" in surfaces(views, "bbc-sport-053", haile.id)
    gray, macleod = actor_of(actors, "Scott Gray"), actor_of(actors, "Scott MacLeod")
    assert "Scott" not in surfaces(views, "bbc-sport-353", gray.id)
    assert "Scott" not in surfaces(views, "bbc-sport-353", macleod.id)


def test_x_and_y_ending_a_list_are_two_names(index):
    actors, views = index
    assert not any("Everton and Arsenal" in a.aliases for a in actors)
    arsenal = actor_of(actors, "Arsenal")
    at = views["bbc-sport-255"].article.text.index("Everton and Arsenal") + len("Everton and ")
    assert (at, "Arsenal") in [(m.start, m.surface) for m in views["bbc-sport-255"].mentions if m.actor == arsenal.id]


BBC_TEXTS: dict[str, str] = {}


def bbc_text(aid: str) -> str:
    import json

    from helpers import BBC

    if not BBC_TEXTS:
        with BBC.open(encoding="utf-8") as f:
            BBC_TEXTS.update((r["id"], r["text"]) for r in map(json.loads, f))
    return BBC_TEXTS[aid]


def test_a_place_after_a_persons_name_and_of_is_found():
    # NER's mentions of the sentence, as it gave them (helpers.mentions_at): Italy is not one.
    from dossier.index.entities.spans import tidy_mentions
    from helpers import mentions_at

    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    text = bbc_text("bbc-sport-429")
    ner = mentions_at("bbc-sport-429", text, [("Spaniard", "NORP"), ("Filippo Volandri", "PERSON")])
    tidy = tidy_mentions("bbc-sport-429", ner, text)
    at = text.index("Volandri of Italy") + len("Volandri of ")
    assert [(m.surface, m.label) for m in tidy if m.start == at] == [("Italy", "GPE")]


def test_an_age_beside_a_name_is_a_persons_cue():
    from dossier.index.entities.nodes import make_node
    from dossier.index.records import Mention

    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    text = bbc_text("bbc-entertainment-237")
    at = text.index("Jama, 25, lost")
    node = make_node(Mention("bbc-entertainment-237", at, at + 4, "Jama", "ORG"), text)
    assert node.person_cue and node.votes["person"] >= 2
    # Not a name without an age: "Jama" as NER's organisation elsewhere would keep its label.
    plain = "The Jama group said it would."
    assert not make_node(Mention("x", 4, 8, "Jama", "ORG"), plain).person_cue


def test_a_lower_case_word_completing_a_name_of_the_article_is_that_name(index):
    actors, views = index
    view = views["bbc-business-349"]
    text = view.article.text
    group, card = actor_of(actors, "LG Group"), actor_of(actors, "LG Card")
    spans = {(m.start, m.surface): m.actor for m in view.mentions}
    assert spans.get((text.index("LG group until"), "LG group")) == group.id
    assert spans.get((text.index("LG card's creditors"), "LG card")) == card.id


@pytest.mark.parametrize(
    ("aid", "phrase", "name"),
    [
        ("bbc-business-389", "Bank of Alexandria or Banque du Caire - would", "Bank of Alexandria"),
        ("bbc-politics-044", "the Duchy of Cornwall provides", "Duchy of Cornwall"),
    ],
)
def test_a_name_with_a_small_word_inside_is_found_where_ner_missed_it(index, aid, phrase, name):
    actors, views = index
    view = views[aid]
    at = view.article.text.index(phrase) + (len("the ") if phrase.startswith("the ") else 0)
    actor = actor_of(actors, name)
    assert (at, name) in [(m.start, m.surface) for m in view.mentions if m.actor == actor.id]
