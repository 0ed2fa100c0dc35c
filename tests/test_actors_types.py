"""Actor types from the words around names, on real BBC articles (issue 10, types): each test
names the rule it holds, and fails without it. The articles are picked from
../shared/corpora/bbc-news.jsonl by their words and indexed with the real model."""

from __future__ import annotations


import pytest

from dossier.index.entities.actors import resolve_actors
from dossier.index.read import Reader
from helpers import bbc_index_of_first
from dossier.index.records import Mention


PICKS = [
    "Charlton defender Hermann Hreidarsson",  # a club by a player's role after it; a team sheet
    "this year's MTV Asia",  # an event by a period's possessive before it
    "Edinburgh Lectures discussion",  # an event by its head word
    "won the Golden Lion award",  # an event by the word after it
    "former club Southampton",  # a club by the word before it; England, a country
    "Mike Leigh's latest film",  # a person by a given name (NER: a place)
    "music publisher Bertelsmann",  # a company by the word before it
    "the giant US budget deficit",  # a country, whatever the word before it
    "chief financial officer Tim Howard",  # Fannie Mae's Tim Howard ...
    "forcing Tim Howard to save",  # ... is not Manchester United's goalkeeper
    "Michael Howard",  # another Howard: the surname is no one person's
    "threatened Gary Neville before",  # Gary Neville again, beside Manchester United
    "Anthony duet",  # a lower-case word glued after a name
    "companies such as Nokia",  # a kind noun before a list of names
    "would contest Bethnal Green",  # "the Daily Telegraph" beside a "Telegraph" NER calls a person
    "Primera Liga club",  # a Spanish league's head word
    "Subs Not Used: Howard, Bellion",  # a team sheet's "Keane": Roy Keane, named in full elsewhere
    "Keane's Hope and Fears",  # the band Keane, whose article shares no name with his
    "mobile industry conference, 3GSM,",  # an event by the kind noun set beside it
    "their Hyde Park performance",  # Hyde Park: initials HP, a place
    "pending possible non-Champions League",  # a prefix joined to a name by a hyphen
    "Duchy of Lancaster and Duchy of Cornwall",  # two names joined by "and"
]


@pytest.fixture(scope="module")
def bbc(tmp_path_factory):
    index, chosen = bbc_index_of_first(tmp_path_factory, "bbc-types", PICKS)
    with Reader(index) as reader:
        views = {aid: reader.article(aid) for aid in chosen}
        actors = {a.id: a for a in reader.actors()}
    return views, actors, {aid: r["text"] for aid, r in chosen.items()}


def actor_of(bbc, words: str, surface: str, nth: int = 0):
    """The actor of the nth mention with this surface in the article picked by words."""
    views, actors, texts = bbc
    aid = next(a for a, text in texts.items() if words in text)
    found = [m for m in views[aid].mentions if m.surface in (surface, "the " + surface) and m.actor]
    assert len(found) > nth, f"no mention {surface!r} in the article of {words!r}"
    return actors[found[nth].actor]


def mention_at(bbc, words: str, written: str):
    """The mention that starts where `written` is written in the article picked by words."""
    views, _, texts = bbc
    aid = next(a for a, text in texts.items() if words in text)
    start = texts[aid].index(written)
    found = [m for m in views[aid].mentions if m.start == start and m.actor]
    assert found, f"no mention at {written!r} in the article of {words!r}"
    return found[0]


def test_a_players_role_after_a_name_makes_it_a_club(bbc):
    # "Charlton defender Hermann Hreidarsson", "Charlton goal": NER says person eight times.
    assert actor_of(bbc, "Charlton defender Hermann Hreidarsson", "Charlton").type == "org"


def test_a_band_members_role_after_a_name_makes_it_a_band(bbc):
    # "Franz Ferdinand frontman Alex Kapranos": NER says a person (Archduke Franz Ferdinand).
    assert actor_of(bbc, "Edinburgh Lectures discussion", "Franz Ferdinand").type == "org"


def test_a_kind_noun_before_a_list_gives_its_names_their_type(bbc):
    # "companies such as Nokia, Intel, Philips, Alcatel, France Telecom, Thomson and Telefonica":
    # NER says Philips and Alcatel are places, Telefonica a person.
    words = "companies such as Nokia"
    for name in ("Philips", "Alcatel", "Telefonica"):
        assert actor_of(bbc, words, name).type == "org", name


def test_a_countrys_national_side_stays_the_country(bbc):
    # "the former England coach": the country, though "coach" follows it.
    assert actor_of(bbc, "former club Southampton", "England").type == "place"


def test_an_organisations_word_before_a_name_makes_it_one(bbc):
    assert actor_of(bbc, "former club Southampton", "Southampton").type == "org"
    assert actor_of(bbc, "music publisher Bertelsmann", "Bertelsmann").type == "org"
    # "the giant US budget deficit": an adjective, and a country stays a place.
    assert actor_of(bbc, "the giant US budget deficit", "US").type == "place"


def test_a_periods_possessive_before_a_name_makes_it_an_event(bbc):
    # "this year's MTV Asia music award": NER calls it an organisation.
    assert actor_of(bbc, "this year's MTV Asia", "MTV Asia").type == "event"


def test_an_events_head_word_makes_it_an_event(bbc):
    # "an Edinburgh Lectures discussion": NER says a place.
    assert actor_of(bbc, "Edinburgh Lectures discussion", "Edinburgh Lectures").type == "event"


def test_an_events_word_after_a_name_makes_it_an_event(bbc):
    # "the Golden Lion award at Venice": NER says a facility.
    assert actor_of(bbc, "won the Golden Lion award", "Golden Lion").type == "event"


def test_a_common_given_name_makes_a_person(bbc):
    # "She played Nellie in Mike Leigh's latest film": NER says a place.
    assert actor_of(bbc, "Mike Leigh's latest film", "Mike Leigh's").type == "person"


def test_one_full_name_in_articles_that_share_no_other_name_is_two_people(bbc):
    # The corpus has several Howards (Michael, Tim): "Tim Howard" of Fannie Mae and "Tim Howard"
    # the goalkeeper share no other name of their articles, so nothing says they are one.
    banker = actor_of(bbc, "chief financial officer Tim Howard", "Tim Howard")
    keeper = actor_of(bbc, "forcing Tim Howard to save", "Tim Howard")
    assert banker.type == keeper.type == "person"
    assert banker.id != keeper.id


def test_one_full_name_in_articles_that_share_other_names_is_one_person(bbc):
    # The corpus has two Nevilles (Gary, Phil); Gary Neville's two articles both name Manchester
    # United and Sir Alex Ferguson: one person.
    a = actor_of(bbc, "threatened Gary Neville before", "Gary Neville")
    b = actor_of(bbc, "forcing Tim Howard to save", "Gary Neville")
    assert a.id == b.id


def test_a_team_sheets_short_lines_are_people_without_their_minutes(bbc):
    words = "Charlton defender Hermann Hreidarsson"
    # "Subs Not Used: Cooper, Knight.": two names on a line of their own, under a team sheet.
    knight = mention_at(bbc, words, "Knight.")
    assert knight.surface == "Knight" and bbc[1][knight.actor].type == "person"
    # "Riggott 74, Graham 86.": the scorer is Danny Graham, the minute no part of his name.
    graham = mention_at(bbc, words, "Graham 86")
    assert graham.surface == "Graham"
    assert graham.actor == actor_of(bbc, words, "Danny Graham").id
    # "M Riley (W Yorkshire).": a referee and his county, not a list of players.
    views, actors, texts = bbc
    aid = next(a for a, text in texts.items() if words in text)
    county = texts[aid].index("W Yorkshire")
    assert not [m for m in views[aid].mentions if m.start == county and actors[m.actor].type == "person"]


def test_a_dash_between_spaces_ends_a_name(bbc):
    # "winner of Best First Feature at Cannes - Nair has become": Nair is Mira Nair.
    words = "won the Golden Lion award"
    nair = mention_at(bbc, words, "Nair has become")
    assert nair.surface == "Nair" and nair.actor == actor_of(bbc, words, "Mira Nair").id


def test_a_lower_case_word_after_a_name_is_not_part_of_it(bbc):
    anthony = mention_at(bbc, "Anthony duet", "Anthony duet")
    assert anthony.surface == "Anthony"
    assert anthony.actor == actor_of(bbc, "Anthony duet", "Marc Anthony").id


def test_a_full_name_is_a_persons_when_its_surname_alone_is_a_persons_there(bbc):
    # "according to Carly Fiorina, chief of technology giant Hewlett Packard": NER says an
    # organisation; the article's "Ms Fiorina" is a person, and so is she.
    words = "this year's MTV Asia"
    carly = actor_of(bbc, words, "Carly Fiorina")
    assert carly.type == "person" and carly.id == actor_of(bbc, words, "Ms Fiorina").id
    # Not a name written after "the": "the Daily Telegraph" beside a "Telegraph" NER calls a person.
    assert actor_of(bbc, "would contest Bethnal Green", "Daily Telegraph").type == "org"


def test_liga_ends_a_leagues_name(bbc):
    assert actor_of(bbc, "Primera Liga club", "Primera Liga").type == "event"


def test_a_lower_case_head_word_stays_in_the_name():
    # BBC entertainment: "... rock band Muse won coveted Brit awards during the event's ...": the
    # lower-case word after a name goes, but not a head word that makes it what it is.
    text = "Joss Stone and rock band Muse won coveted Brit awards during the event's first night."
    start = text.index("Brit awards")
    m = Mention("a", start, start + len("Brit awards"), "Brit awards", "ORG")
    res = resolve_actors({"a": [m]}, {"a": []}, texts={"a": text})
    assert [(a.name, a.type) for a in res.actors] == [("Brit awards", "event")]


def test_a_bare_surname_takes_the_person_of_an_article_that_shares_other_names(bbc):
    # Roy Keane is named in full in one article ("opposing skipper Roy Keane"); a Manchester United
    # team sheet of another article ("Keane, Fortune, Fletcher") shares United and its players
    # with it: the same Keane. The band's "Keane's Hope and Fears" shares nothing: not him.
    roy = actor_of(bbc, "threatened Gary Neville before", "Roy Keane")
    views, actors, texts = bbc
    sheet = next(a for a, text in texts.items() if "Subs Not Used: Howard, Bellion" in text)
    start = texts[sheet].index("Keane, Fortune")
    assert [m.actor for m in views[sheet].mentions if m.start == start] == [roy.id]
    assert actor_of(bbc, "Keane's Hope and Fears", "Keane").id != roy.id


def test_a_clubs_first_word_makes_it_a_club(bbc):
    # "moved to Atletico Madrid in 1999": NER says a person.
    assert actor_of(bbc, "Primera Liga club", "Atletico Madrid").type == "org"


def test_a_places_word_after_a_name_makes_it_a_place(bbc):
    # "Brian Barwick was in the Highbury stands": NER says a nationality.
    assert actor_of(bbc, "threatened Gary Neville before", "Highbury").type == "place"


def test_a_kind_noun_set_beside_a_name_gives_it_its_type(bbc):
    # "the start of a major mobile industry conference, 3GSM, which takes place in Cannes".
    assert actor_of(bbc, "mobile industry conference, 3GSM,", "3GSM").type == "event"


def test_an_acronym_joins_the_name_of_its_type_whose_initials_it_is(bbc):
    # "Hewlett Packard" and "HP" in one article; the corpus also names Hyde Park (a place).
    words = "this year's MTV Asia"
    assert actor_of(bbc, words, "HP").id == actor_of(bbc, words, "Hewlett Packard").id
    assert actor_of(bbc, "their Hyde Park performance", "Hyde Park").type == "place"


def test_a_word_after_a_one_word_name_that_names_a_person_alone_joins_it(bbc):
    # "played in the film by Reese Witherspoon": NER finds "Reese", a nationality, and later
    # "Witherspoon", a person.
    words = "won the Golden Lion award"
    first = mention_at(bbc, words, "Reese Witherspoon")
    assert first.surface == "Reese Witherspoon"
    assert first.actor == actor_of(bbc, words, "Witherspoon").id
    assert bbc[1][first.actor].type == "person"


def test_a_prefix_joined_by_a_hyphen_is_no_part_of_the_name(bbc):
    # "pending possible non-Champions League football": the competition, not "League".
    league = mention_at(bbc, "pending possible non-Champions League", "Champions League football")
    assert league.surface == "Champions League" and bbc[1][league.actor].type == "event"
    # "stand against pro-Iraq war Labour MP Oona King": Iraq and Labour, not one name.
    words = "would contest Bethnal Green"
    iraq = mention_at(bbc, words, "Iraq war Labour")
    assert iraq.surface == "Iraq" and bbc[1][iraq.actor].type == "place"
    labour = mention_at(bbc, words, "Labour MP Oona")
    assert labour.surface == "Labour"


def test_and_before_the_names_first_word_again_begins_another_name(bbc):
    # "Aides from the Duchy of Lancaster and Duchy of Cornwall will appear": two duchies.
    views, _, texts = bbc
    aid = next(a for a, text in texts.items() if "Duchy of Lancaster and Duchy of Cornwall" in text)
    at = texts[aid].index("Duchy of Lancaster and Duchy of Cornwall will")
    found = {
        m.surface.removeprefix("the "): m.actor for m in views[aid].mentions if at - 4 <= m.start < at + 41 and m.actor
    }
    assert set(found) == {"Duchy of Lancaster", "Duchy of Cornwall"}
    assert found["Duchy of Lancaster"] != found["Duchy of Cornwall"]


def _resolved(texts: dict[str, str], spans: dict[str, list[tuple[str, str]]]):
    mentions = {}
    for aid, text in texts.items():
        out, pos = [], 0
        for surface, label in spans[aid]:
            start = text.index(surface, pos)
            pos = start + len(surface)
            out.append(Mention(aid, start, start + len(surface), surface, label))
        mentions[aid] = out
    res = resolve_actors(mentions, {aid: [] for aid in texts}, texts=texts)
    return {(m.article, m.surface): m.actor for ms in res.mentions.values() for m in ms}


def test_a_shared_country_is_no_evidence_that_a_bare_surname_is_the_same_person():
    texts = {
        "a": "Chancellor Gordon Brown flew to the US on Monday to meet Treasury officials.",
        "b": "Lawyers for Brown filed papers in the US court on Tuesday.",
        "c": "Lawyers for Brown filed papers with the Treasury on Tuesday.",
    }
    spans = {
        "a": [("Gordon Brown", "PERSON"), ("US", "GPE"), ("Treasury", "ORG")],
        "b": [("Brown", "PERSON"), ("US", "GPE")],
        "c": [("Brown", "PERSON"), ("Treasury", "ORG")],
    }
    actor = _resolved(texts, spans)
    assert actor["b", "Brown"] != actor["a", "Gordon Brown"]  # only the US in common
    assert actor["c", "Brown"] == actor["a", "Gordon Brown"]  # the Treasury in common
