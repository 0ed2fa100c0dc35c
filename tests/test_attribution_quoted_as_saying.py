""" "X quoted Y as saying" gives Y's words: real BBC articles, the real model.

Seen in the 2,225 BBC articles' quotes (session 12): '"I am proud ...," Arab News quoted Prince
Saud as saying' went to the paper (to the group "Arab", before), and '"...," Reuters quoted one
trader as saying' to Reuters. The one quoted speaks; an unnamed one stays a description; a
document quoted speaks through the one who quotes it ("Immigration minister Des Browne quoted its
five-year plan ... as saying")."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

ARTICLES = ("bbc-business-043", "bbc-business-417", "bbc-politics-122")


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "quoted-as-saying", lambda r: r["id"] in ARTICLES)) as reader:
        yield reader


def test_the_one_quoted_speaks(reader):
    assert "Arab News quoted Prince Saud as saying" in reader.article("bbc-business-043").article.text
    quote = next(q for q in reader.quotes() if q.text.startswith("I am proud to mention"))
    assert quote.speaker_id and "Saud" in reader.actor(quote.speaker_id).name


def test_an_unnamed_one_quoted_is_a_description(reader):
    assert "Reuters quoted one trader as saying" in reader.article("bbc-business-417").article.text
    quote = next(q for q in reader.quotes() if q.text.startswith("The chief executive would be abandoning"))
    assert quote.speaker_id is None and "trader" in (quote.speaker or "")


def test_a_document_quoted_speaks_through_its_reader(reader):
    assert "Des Browne quoted its five-year plan" in reader.article("bbc-politics-122").article.text
    quote = next(q for q in reader.quotes() if q.text.startswith("We are implementing our existing powers"))
    assert quote.speaker_id and reader.actor(quote.speaker_id).name == "Des Browne"
