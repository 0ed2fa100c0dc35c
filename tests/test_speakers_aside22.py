""" "“A,” said X. <a sentence about X, or about a thing>. “B.”": B goes on from X, real BBC articles
and the real model (attribution_aside_subject, session 22).

attribution_continuation.across_an_aside carried a speaker across a sentence of the reporter's only
where it named no one and had no person's pronoun; "This was the case with the one he created for a
political party in Uruguay, Cambiemos, ..." (tech-157) is about Mr Frasca himself ("he"), and the
quotation after it was left unattributed. An aside whose own subject may speak stays a stop."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

ARTICLES = ("bbc-tech-157",)


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "aside22", lambda r: r["id"] in ARTICLES)) as reader:
        yield reader


def _quote(reader, opening: str):
    return next(q for q in reader.quotes() if q.text.startswith(opening))


def test_an_aside_about_the_speaker_does_not_stop_the_run(reader):
    text = reader.article("bbc-tech-157").article.text
    assert "This was the case with the one he created for a political party in Uruguay" in text
    quote = _quote(reader, "It's up to us to explore")
    assert quote.speaker_id and "Frasca" in reader.actor(quote.speaker_id).name
