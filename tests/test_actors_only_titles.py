"""A name written only in titles names no one (spans.only_titles): real BBC articles, the real
model (issue 10, session 19).

Seen in the 2,225 BBC articles' actors: "Dr" (NER's piece of "the Rt Rev Dr Tom Wright") was a
person and the speaker of four of the bishop's quotes; "Jr" (of "Bruce L Castor Jr") the speaker
of the district attorney's; "Lord Chief Justice", "Lord Chancellor", "Prime Minister" and "Chief
Executive" were people named "Justice", "Lord Chancellor", "Minister" and "Executive". A job title
without its holder's name is a description (bench/gold/README.md), and "Jr" ends a name whose
surname NER left out. An honorific before a word that is also a title is a name ("Mr King").
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

PICKS = {
    "bbc-entertainment-009",  # "The Bishop of Durham, the Rt Rev Dr Tom Wright, described ..."
    "bbc-entertainment-204",  # "District Attorney Bruce L Castor Jr, who was in charge of the case, said"
    "bbc-politics-119",  # "The Lord Chief Justice, Lord Woolf, ... said"
    "bbc-politics-295",  # "Prime Minister"
    "bbc-politics-170",  # "Chief Executive"
    "bbc-entertainment-039",  # "Graham King" ... "Mr King"
    "bbc-entertainment-044",  # "the funerals of both Martin Luther King Jnr and Malcolm X"
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "only-titles", lambda r: r["id"] in PICKS)) as reader:
        yield reader


@pytest.mark.parametrize("name", ["Dr", "Jr", "Justice", "Lord Chief Justice", "Minister", "Executive"])
def test_a_name_of_titles_only_is_no_actor(reader, name):
    assert not [a.id for a in reader.actors() if a.name == name or name in a.aliases]


def test_the_holder_named_after_the_titles_is_the_speaker(reader):
    view = reader.article("bbc-entertainment-009")
    said = [q for q in view.quotes if q.text.startswith(("great thriller", "lousy history"))]
    assert len(said) == 2
    assert {q.speaker for q in said} == {"Tom Wright"}


def test_a_suffix_ends_the_name_ner_cut(reader):
    view = reader.article("bbc-entertainment-204")
    attorney = [q for q in view.quotes if q.cue and "Castor" in q.cue]
    assert attorney, "the district attorney's quote is gone"
    assert attorney[0].speaker == "Bruce L Castor Jr"


def test_an_honorific_before_a_title_word_is_a_name(reader):
    view = reader.article("bbc-entertainment-039")
    king = [m for m in view.mentions if m.surface == "Mr King"]
    assert king and king[0].actor == "person:graham-king"


def test_a_title_word_before_a_suffix_is_the_surname(reader):
    """ "Martin Luther King Jnr": "King" is his surname, not a title before a name "Jnr"; the
    British "Jnr" is a suffix as "Jr" is (lexicon.NAME_SUFFIXES, written once)."""
    king = [a for a in reader.actors() if "Martin Luther King Jnr" in {a.name, *a.aliases}]
    assert [(a.name, a.type) for a in king] == [("Martin Luther King Jnr", "person")]
    assert not [a for a in reader.actors() if a.name in ("Jnr", "King Jnr")]
