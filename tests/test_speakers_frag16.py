"""Speakers of phrases quoted in the sentence after one that reports a source's statement (issue
10, session 16, helper frag16; attribution_reported_fragment.py), on a real index of BBC articles
(real spaCy model): the source goes on speaking, an organisation as well as a person; a phrase
whose own sentence has someone else who could speak it stays unattributed."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

PICKS = ("bbc-business-172", "bbc-business-143", "bbc-business-434", "bbc-entertainment-221", "bbc-business-236")


@pytest.fixture(scope="module")
def views(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "frag16", lambda r: r["id"] in PICKS)) as reader:
        return {aid: reader.article(aid) for aid in PICKS}


def _quote(view, words: str):
    return next(q for q in view.quotes if q.text.startswith(words))


@pytest.mark.parametrize(
    ("aid", "words", "source"),
    [
        # "... will see 4.6% growth, the United Nations Economic Commission for Europe (UNECE) said.
        # In contrast, the 12 Euro zone countries will put in a “lacklustre” performance"
        ("bbc-business-172", "lacklustre", "United Nations Economic Commission for Europe"),
        # "Cadbury said its underlying sales were up by 4% in 2004. Growth was helped by its
        # confectionery brands ... which enjoyed a “successful” year"
        ("bbc-business-143", "successful", "Cadbury"),
        # "In its first overview of the disaster, the ADB said the impact on economic growth would be
        # slight ... . But the blow to many low-income people could be “enormous”."
        ("bbc-business-434", "enormous", "Asian Development Bank"),
    ],
)
def test_a_phrase_after_a_reported_statement_is_its_sources(views, aid, words, source):
    quote = _quote(views[aid], words)
    assert quote.speaker is not None and source in quote.speaker


def test_a_phrase_whose_sentence_has_a_speaker_of_its_own_stays_unattributed(views):
    # '"...," William Hill spokesman Rupert Adams said. However, a Big Brother spokeswoman was
    # “satisfied” that ...': the spokeswoman's view, not the bookmaker's; unattributed (she has no
    # name) rather than Rupert Adams
    assert _quote(views["bbc-entertainment-221"], "satisfied").speaker is None


def test_a_term_of_the_writers_own_after_a_reported_statement_stays_unattributed(views):
    # "Anti-fraud consultancy Retail Decisions says 'card-not-present' fraud ... has risen since the
    # start of 2005. The introduction of 'chip and pin' cards has tightened security ...": the name
    # of the cards, in marks because it is a term (a noun modifying the noun after the marks), no
    # one's words; not Retail Decisions'
    assert _quote(views["bbc-business-236"], "chip and pin").speaker is None
