"""A "he" right after a sentence whose subject speaks in the first person singular is that speaker
(issue 10, session 17, helper pron17; attribution_speaker_before), with the real spaCy model on a
real BBC article: the recogniser takes the speaker's name for an organisation's there."""

from helpers import bbc_text, speaker_of

from dossier.index.nlp.attribution_speaker_before import _first_person


def test_he_told_after_the_subject_spoke_as_i_is_that_speaker(pipes):
    # bbc-sport-201: "But Mutu has hit out at the club's decision, saying: “Chelsea have destroyed
    # me.” He told the Sunday Mirror: “...”" (NER: Mutu an organisation; Wenger spoke before, and
    # "Chelsea" is a person to NER further on): Mutu
    text = bbc_text("bbc-sport-201")
    assert speaker_of(pipes, text, "I don't know what I'm going to do") == "Mutu"
    assert speaker_of(pipes, text, "I might as well walk away") == "Mutu"


def test_only_the_singular_first_person_shows_one_speaker():
    assert _first_person("Chelsea have destroyed me.")
    assert _first_person("I'm shocked")
    assert not _first_person("We are disappointed by the decision and will appeal.")
