"""An institution described ("the government said") is the institution an earlier speaker is only
when that speaker may be called so: a real BBC article, the real model.

Seen in the 2,225 BBC articles' quotes (session 13): "The federation said ... . But the
government said the move would help police 'build safe communities'" went to the Police
Federation, the nearest institution that had spoken. An earlier speaker is taken for the
description when its name holds the description's head noun, when it is a country, or when both
name a government's executive ("Mr Macron's administration" after the Elysee Palace: the seeds'
gold). A company described is still any organisation that spoke before ("In a statement from Lycos
Europe ..., the company denied")."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(
        bbc_index(tmp_path_factory, "institutions", lambda r: r["id"] in ("bbc-politics-239", "bbc-tech-214"))
    ) as reader:
        yield reader


def test_the_government_is_not_the_federation_that_spoke_before(reader):
    text = reader.article("bbc-politics-239").article.text
    assert "The federation said" in text and "But the government said" in text
    quote = next(q for q in reader.quotes() if q.text == "build safe communities")
    assert quote.speaker_id is None
    assert "government" in (quote.speaker or "").lower()


def test_the_federation_described_is_still_the_federation(reader):
    quote = next(q for q in reader.quotes() if q.text == "potentially confrontational")
    assert quote.speaker_id is not None
    assert "Federation" in reader.actor(quote.speaker_id).name


def test_a_company_described_is_the_company_that_spoke_before(reader):
    quote = next(q for q in reader.quotes() if q.text.startswith("There is nothing to suggest that Make Love"))
    assert quote.speaker_id is not None
    assert reader.actor(quote.speaker_id).name.startswith("Lycos")
