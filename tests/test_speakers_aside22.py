""" "“A,” said X. <a sentence about X, or about a thing>. “B.”": B goes on from X, real BBC articles
and the real model (attribution_aside_subject, session 22).

attribution_continuation.across_an_aside carried a speaker across a sentence of the reporter's only
where it named no one and had no person's pronoun; "This was the case with the one he created for a
political party in Uruguay, Cambiemos, ..." (tech-157) is about Mr Frasca himself ("he"), and the
quotation after it was left unattributed. An aside whose own subject may speak stays a stop."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index, speaker_of

ARTICLES = ("bbc-tech-157",)


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "aside22", lambda r: r["id"] in ARTICLES)) as reader:
        yield reader


def _quote(reader, opening: str):
    quote = next((q for q in reader.quotes() if q.text.startswith(opening)), None)
    assert quote is not None, f"no quote opens with {opening!r}"
    return quote


def test_an_aside_about_the_speaker_does_not_stop_the_run(reader):
    text = reader.article("bbc-tech-157").article.text
    assert "This was the case with the one he created for a political party in Uruguay" in text
    quote = _quote(reader, "It's up to us to explore")
    assert quote.speaker_id and "Frasca" in reader.actor(quote.speaker_id).name


# Made-up articles: an aside about the speaker ("she") carries the run on; one whose subject is a
# body that may speak next, a person through "who", or whose words name another person's pronoun
# ("him" after a woman) stops it: unattributed is better than wrong.
GOES_ON = (
    '"The bridge was our lifeline," said Maria Ruiz, a ferry clerk. Born in Porto, she moved to the '
    'island after the war and voted for Tom Hale every time. "Now it is gone."'
)
STOPS = [
    '"We will fight on," said John Ruiz. The firm hired a new chief executive last week. "Nothing changes."',
    '"We will fight on," said John Ruiz. He works for Ann Hale, who disagrees with him. "Nothing changes."',
    '"We will fight on," said Maria Ruiz. The decision cost him his job last week. "Nothing changes."',
]


def test_an_aside_about_her_goes_on(pipes):
    assert speaker_of(pipes, GOES_ON, "Now it is") == "Maria Ruiz"


@pytest.mark.parametrize("text", STOPS)
def test_an_aside_that_may_be_someone_elses_turn_stops(pipes, text):
    assert speaker_of(pipes, text, "Nothing changes") is None
