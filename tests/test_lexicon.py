"""The lexicon: each word written once, the lists that callers build on each other hold, and the
speech verbs written as forms are forms of the speech lemmas (by the real spaCy model)."""

from __future__ import annotations

import pytest

from dossier.index import lexicon as L


def test_a_word_written_twice_is_refused():
    with pytest.raises(ValueError, match="'aide' is written twice"):
        L._table("aide envoy | title\nspokesman aide | title role\n")


def test_a_line_without_a_bar_goes_on_with_the_lists_above():
    lists = L._table("""
    aide envoy | title role   # a comment
    spokesman
    club | org
    """)
    assert lists == {"title": {"aide", "envoy", "spokesman"}, "role": {"aide", "envoy", "spokesman"}, "org": {"club"}}


def test_lists_that_callers_take_as_included():
    # names._title_cut strips honorifics before any label and titles before a person's name;
    # actors takes an honorific before a name as a person's title.
    assert L.HONORIFICS <= L.TITLE_WORDS
    assert L.HONORIFICS <= L.PERSON_TITLES_BEFORE
    # attribution tests the special speech verbs only once they are speech verbs
    assert L.INVERTED_SPEECH <= L.SPEECH_LEMMAS
    assert L.NOT_SPEECH_WITH_OBJECT <= L.SPEECH_LEMMAS
    assert L.ORG_ALONE <= L.ORG_WORDS
    assert L.HUMAN_NOUNS == L.PERSON_ROLES | L.INSTITUTIONS | L.PEOPLE_NOUNS


def test_the_two_title_lists_differ_where_their_callers_differ():
    # written apart, kept apart (see the module doc): a sports title is stripped from an entity's
    # name for the corpus, and "US" from a speaker's name in one article
    assert "striker" in L.TITLE_WORDS and "striker" not in L.SPEAKER_TITLES
    assert "us" in L.SPEAKER_TITLES and "us" not in L.TITLE_WORDS


@pytest.fixture(scope="module")
def nlp():
    import spacy

    from dossier.index.nlp.model import resolve_model

    return spacy.load(resolve_model(None))


@pytest.mark.parametrize("form", L.SPEECH_FORMS_AFTER_NAME)
def test_speech_forms_after_a_name_are_forms_of_speech_lemmas(nlp, form):
    doc = nlp(f"The minister {form} the plan was dead.")
    verb = doc[2]
    assert verb.text == form
    assert verb.lemma_.lower() in L.SPEECH_LEMMAS
