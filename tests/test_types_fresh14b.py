"""Names and types (issue 10, session 14, helper typ14b): real BBC articles in a real index, with
the real spaCy model. A possessive NER glued into one name ("Henry's Arsenal", "Mr Brown's
Budget") is the owner's mention and the owned name's when the article names the owner alone
(possessors.py). A rugby position or an owner right after a name makes it a club's ("Bath prop Duncan
Bell", "Dumbarton full-back"; lexicon.CLUB_ROLES_AFTER); so does a society, a station or a bookmaker
named before it or in apposition ("radio station Cadena Ser", "rights society, Tono";
lexicon.BAND_WORDS). A speaker named before an apposition that names their employer
('"...," Julio Hegedus, chief economist with Lopes Filho & Associates ..., told') is the person,
not the employer (appositive_speakers.py). A lower-case web address in prose ("his napster.no
site") is a website's mention, an organisation (web_domains.py)."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index_of_first

PHRASES = (
    "made to Henry's Arsenal club-mate Jose Antonio Reyes",
    "Mr Brown's Budget was not about",
    "Fellow Bath prop Duncan Bell",
    "The former Dundee United and Dumbarton full-back",
    "Norway's performing rights society, Tono",
    "Spanish radio station Cadena Ser",
    "Julio Hegedus, chief economist with Lopes Filho",
    "Simon Yates, a senior analyst for Forrester, said",
)


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    index, rows = bbc_index_of_first(tmp_path_factory, "typ14b", PHRASES)
    out = {}
    with Reader(index) as reader:
        for aid in rows:
            view = reader.article(aid)
            out[aid] = (view.article.text, view.mentions, view.quotes)
    return out


def _article(articles, words):
    """The text and the mentions of the article that writes `words`."""
    return next(v[:2] for v in articles.values() if words in v[0])


def _at(text, mentions, words, surface):
    """The mentions over `surface` inside the first occurrence of `words`."""
    start = text.index(words) + words.index(surface)
    return [m for m in mentions if m.start <= start < m.end]


def test_a_glued_possessive_is_the_owner_and_the_owned_name(articles):
    # sport: "Aragones ... called Thierry Henry ... the comments, made to Henry's Arsenal
    # club-mate Jose Antonio Reyes": Henry is the player named before, Arsenal his club; NER
    # wrote "Henry's Arsenal" as one organisation's name, an actor of its own
    text, mentions = _article(articles, "Henry's Arsenal club-mate")
    words = "made to Henry's Arsenal club-mate"
    (henry,) = _at(text, mentions, words, "Henry")
    (arsenal,) = _at(text, mentions, words, "Arsenal")
    assert henry is not arsenal
    assert text[henry.start : henry.end] == "Henry"
    full = [m for m in mentions if text[m.start : m.end] == "Thierry Henry"]
    assert full and henry.actor == full[0].actor
    assert arsenal.actor is not None and arsenal.actor.startswith("org:")


def test_a_possessive_joined_with_an_honorific_leaves_the_person(articles):
    # politics: "Mr Brown's Budget was not about what ...": the chancellor's mention (the
    # article's Gordon Brown), not a person called "Mr Brown's Budget"; the Budget names nothing
    text, mentions = _article(articles, "Mr Brown's Budget was not about")
    (brown,) = _at(text, mentions, "Mr Brown's Budget was not about", "Brown")
    assert text[brown.start : brown.end] in ("Brown", "Mr Brown")
    assert brown.actor == "person:gordon-brown"


def test_a_rugby_position_after_a_name_makes_it_a_club(articles):
    # sport-334: "England have named Bath prop Matt Stevens ... Fellow Bath prop Duncan Bell will
    # start": NER took "Fellow Bath" for a person; a prop is a club's (as "Charlton defender X")
    text, mentions = _article(articles, "Fellow Bath prop Duncan Bell")
    (bath,) = _at(text, mentions, "Fellow Bath prop Duncan Bell", "Bath")
    assert bath.actor is not None and bath.actor.startswith("org:")


def test_a_full_back_after_a_town_makes_it_its_club(articles):
    # sport-212: "The former Dundee United and Dumbarton full-back is from the managerial old
    # school": Dumbarton is the club he played for, not the town
    text, mentions = _article(articles, "Dumbarton full-back")
    (club,) = _at(text, mentions, "Dundee United and Dumbarton full-back", "Dumbarton")
    assert club.actor is not None and club.actor.startswith("org:")


@pytest.mark.parametrize(
    ("words", "name"),
    [("performing rights society, Tono", "Tono"), ("Spanish radio station Cadena Ser", "Cadena Ser")],
)
def test_a_society_or_a_station_before_a_name_makes_it_an_organisation(articles, words, name):
    # tech-092: "filed by groups including Norway's performing rights society, Tono, and the
    # Norwegian branches of Sony Music"; sport-245: "Guti told private Spanish radio station Cadena
    # Ser": NER labels both people, named nowhere else in their articles
    text, mentions = _article(articles, words)
    (org,) = _at(text, mentions, words, name)
    assert org.actor is not None and org.actor.startswith("org:")


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("Julio Hegedus, chief economist with Lopes Filho", "Julio Hegedus"),
        ("Simon Yates, a senior analyst for Forrester, said", "Simon Yates"),
    ],
)
def test_the_speaker_before_an_employers_apposition_is_the_person(articles, words, speaker):
    # business-490: '"The data is favourable ...," Julio Hegedus, chief economist with Lopes Filho &
    # Associates consultancy in Rio de Janeir, told Reuters' (NER missed his name); tech-242:
    # '"Today's products ...," Simon Yates, a senior analyst for Forrester, said'
    text, mentions, quotes = next(v for v in articles.values() if words in v[0])
    (person,) = _at(text, mentions, words, speaker)
    assert person.actor is not None and person.actor.startswith("person:")
    cue_at = text.index(words)
    (quote,) = [q for q in quotes if 0 <= cue_at - q.end < 5]
    assert quote.speaker_id == person.actor


def test_a_web_address_in_prose_is_a_websites_mention(articles):
    # tech-092: "He was a student when he set up his napster.no site ... not associated with the
    # napster.com site in the USA": NER labels neither; websites are organisations (gold README)
    text, mentions = _article(articles, "performing rights society, Tono")
    for words, address in (("set up his napster.no site", "napster.no"), ("with the napster.com site", "napster.com")):
        (site,) = _at(text, mentions, words, address)
        assert text[site.start : site.end] == address
        assert site.actor is not None and site.actor.startswith("org:")
