"""Whole quotes the article's own words give a speaker (issue 10, session 16, helper cont16), with
the real spaCy model on real BBC passages: a name closing the quotation's sentence after a verb no
list holds, or alone (attribution_trailing_name), and "added the <description>" after a named
speaker's quotation (attribution_added_description); and where they must not give one."""

from helpers import bbc_text, speaker_of


def passage(aid: str, first: str, last: str) -> str:
    """The article's words from `first` to the end of `last`."""
    text = bbc_text(aid)
    a = text.index(first)
    return text[a : text.index(last, a) + len(last)]


def test_a_name_after_a_verb_of_manner_closes_the_quotation(pipes):
    # bbc-tech-364: "thinks" is on no speech list; "Curry" is the Adam Curry of the article
    text = passage("bbc-tech-364", "Adam Curry", "thinks Curry.")
    assert speaker_of(pipes, text, "It is totally going to kill") == "Adam Curry"


def test_a_name_alone_after_the_closing_comma(pipes):
    # bbc-business-244: the reporter left the verb out: '“...,” Mr Champion.'
    text = passage("bbc-business-244", "Aurora", "Mr Champion.")
    assert speaker_of(pipes, text, "Carnival has an incredibly strong") == "Simon Champion"


def test_added_the_description_is_the_speaker_just_named(pipes):
    # bbc-tech-157: "added the Uruguayan-born researcher" right after "said Gonzalo Frasca"
    text = passage("bbc-tech-157", "The phenomenon has astonished", "added the Uruguayan-born researcher,")
    assert speaker_of(pipes, text, "I must admit") == "Gonzalo Frasca"


def test_added_the_description_stops_where_someone_else_is_reported_speaking(pipes):
    # bbc-tech-157 with a sentence of bbc-tech-364 between: Ian Fogg reported speaking after
    # Frasca's words, "added the ... researcher" may be his; unattributed is better than wrong
    text = passage("bbc-tech-157", "The phenomenon has astonished", "University of Copenhagen.")
    text += " Ian Fogg, Jupiter Research analyst, says there could be potential for business. "
    text += passage("bbc-tech-157", '"I must admit', "added the Uruguayan-born researcher,")
    assert speaker_of(pipes, text, "I must admit") is None


def test_added_the_description_after_a_described_speaker_gives_no_one(pipes):
    # bbc-sport-253: the quotation before is "An SFA spokesman"'s, no person named: "added the
    # spokesman" has no name to take
    text = passage("bbc-sport-253", "An SFA spokesman said", "added the spokesman.")
    assert speaker_of(pipes, text, "Once Rangers receive") is None
