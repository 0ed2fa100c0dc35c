"""A nationality's word that opens a firm's name NER cut is no group: real BBC articles, the real
model.

Seen in the 2,225 BBC articles' quotes (session 12): '"...," said Swiss Re' and "Swiss Re said"
went to the group "Swiss" (NER labels "Swiss" alone a nationality), "the local Arab News said" to
the group "Arab". The same words after the nationality's word twice in an article make one name."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

FIRMS = {"bbc-business-311": "Swiss Re", "bbc-business-043": "Arab News"}


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "demonym-firms", lambda r: r["id"] in FIRMS)) as reader:
        yield reader


@pytest.mark.parametrize(("article", "name"), sorted(FIRMS.items()))
def test_the_firm_speaks_not_the_nationality(reader, article, name):
    assert reader.article(article).article.text.count(name) >= 2
    firm = next(a for a in reader.actors() if a.name == name)
    assert firm.type == "org"
    spoken = [q for q in reader.quotes() if q.article == article and q.speaker_id]
    assert spoken and all(reader.actor(q.speaker_id).type != "group" for q in spoken)
    assert any(q.speaker_id == firm.id for q in spoken)
