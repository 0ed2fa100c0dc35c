"""A dash the model never learnt reads as the em dash (nlp/typography.py, session 24), with the
real pipelines: HuffPost writes its dashes as a horizontal bar (U+2015), which the model alone
tags a verb, so that a phrase in marks before it became the bar's subject and lost its speaker.
The text and its offsets keep the bar."""

from __future__ import annotations

import pytest

from helpers import speaker_of

BAR, EM = "\u2015", "\u2014"
SENTENCE = (
    "Harry Reid, in particular, has been steadily pounding Trump as a “con artist” {dash} just as he did with Romney."
)


@pytest.mark.parametrize("dash", [BAR, EM])
def test_the_bar_is_read_as_the_em_dash(pipes, dash):
    fast, parse = pipes
    for nlp in (fast, parse):
        doc = nlp(SENTENCE.format(dash=dash))
        token = next(t for t in doc if t.text == dash)
        assert doc.text == SENTENCE.format(dash=dash)
        if nlp is parse:
            assert token.pos_ == "PUNCT"


def test_a_quote_before_the_bar_keeps_its_speaker(pipes):
    assert speaker_of(pipes, SENTENCE.format(dash=BAR), "con artist") == "Harry Reid"
