""" "he said" is never an organisation's or a place's: real BBC articles, the real model.

Seen in the 2,225 BBC articles' quotes (session 13): 39 quotes cued "he said" or "she said" went to
an organisation or a place: Bolton's eight, "captain Fabien Pelous sees hope ... “I get the
impression we are getting better,” he said" to France, a Yukos lawyer's words to Yukos (NER took
the club, the country, the firm for a man in the attribution's sentence). The pronoun stands for a
person, so such a quote is left unattributed rather than given to the organisation; a person's name
typed otherwise keeps its quotes."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

ARTICLES = ("bbc-sport-320", "bbc-business-358")


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "pronoun-types", lambda r: r["id"] in ARTICLES)) as reader:
        yield reader


def test_he_said_is_no_organisations_nor_places(reader):
    said = [q for q in reader.quotes() if (q.cue or "").split()[:1] == ["he"]]
    texts = [q.text for q in said]
    assert any(t.startswith("I get the impression we are getting better") for t in texts)
    assert any(t.startswith("we are prepared to be back in court") for t in texts)
    for q in said:
        assert q.speaker_id is None or reader.actor(q.speaker_id).type == "person", (q.text, q.speaker)
