"""Missed mentions (issue 10, session 13, helper fresh13c): real BBC articles in a real index, with
the real spaCy model. A continental club called by the first word of its name alone ("Real want a
quick deal" after "Real Madrid") is the club its article named in full (club_first_words.py)."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index_of_first

PHRASES = ("but Real are keen to net the cash",)


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    index, rows = bbc_index_of_first(tmp_path_factory, "club_first_words", PHRASES)
    (aid,) = rows
    with Reader(index) as reader:
        view = reader.article(aid)
        return view.article.text, view.mentions


def test_a_clubs_first_word_alone_is_the_club(article):
    # sport-266: "The Real Madrid striker ... 'I'm under contract to Real and they will make any
    # decisions.' The fee could put Liverpool off a prospective deal but Real are keen to net the
    # cash": NER labels neither "Real" (also an English adjective); both are Real Madrid
    text, mentions = article
    full = [m for m in mentions if m.surface == "Real Madrid"]
    assert full
    club = full[0].actor
    alone = [m for m in mentions if text[m.start : m.end] == "Real"]
    assert len(alone) == 2
    assert {m.actor for m in alone} == {club}
