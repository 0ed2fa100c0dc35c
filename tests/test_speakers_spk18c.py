"""A speech verb that opens its sentence before the speaker and a colon ("Stated Marsh:", "Continued
Marsh: “...”") introduces that speaker's words, in its paragraph or the paragraph after
(attribution_colon.inverted_verb_colon; issue 10, session 18, helper spk18c, read on US news), with
the real spaCy model. BBC's few "Said Mr X: “...”" the speech-verb rule already reads: these
passages are written in the style of a US interview write-up (PolNeAR's text has no licence and is
never copied here)."""

from helpers import speaker_of

_OPENING = (
    "Marsh on the vote.\n\nThere is concern about the count in the coming election, the longtime "
    "adviser Roger Marsh said on Monday.\n\nMarsh was speaking on a radio programme in Ohio.\n\n"
)


def test_an_inverted_verb_in_a_paragraph_of_its_own_introduces_the_next(pipes):
    text = (
        _OPENING + "Stated Marsh:\n\n“I think the stakes are so high that the count must be watched in every county.”\n"
    )
    # without the rule: unattributed (the parser reads "Stated" as a name's word, no subject)
    assert speaker_of(pipes, text, "I think the stakes") == "Roger Marsh"


def test_the_name_the_recogniser_missed_after_said_is_the_articles(pipes):
    text = _OPENING + "Said Marsh:\n\n“I think the stakes are so high that the count must be watched.”\n"
    assert speaker_of(pipes, text, "I think the stakes") == "Roger Marsh"


def test_an_inverted_verb_glued_to_the_name_is_not_the_speakers(pipes):
    text = (
        _OPENING + "“I think the stakes are so high,” he said.\n\nThe cities are not the only worry.\n\n"
        "Continued Marsh: “So I think it is a very real problem for the campaign.”\n"
    )
    # without the rule: "Continued Marsh", the recogniser's one name
    assert speaker_of(pipes, text, "So I think it is") == "Roger Marsh"
