"""Speakers of US news constructions found on PolNeAR's tune half (issue 10, session 24), with the
real pipelines, on made-up sentences of the same shape (PolNeAR's text stays out of the project):

- attribution_manner: an answer the verb introduces is words said, even one adverb ('said,
  "Probably."'); a quoted adverb of the manner of speaking is still no one's;
- attribution_coordinated: 'added that "A" and "B"': B is the speaker's of A, also where the
  sentencizer cut inside A;
- attribution_rules.signature: a sign-off line under a quotation, "-Jane Doe, Leeds.";
- attribution_rules.name_colon: a digest's source the recogniser missed, "... - Philip Bump: “...”";
- attribution_sole_person: the quotation that goes on right after a phrase the last resort gave,
  in its paragraph, is the same person's (a real BBC passage, bbc-sport-152: "It is a view shared
  by Rooney, who believes “...”. “As soon as I knew we were playing Milan, ...”");
- attribution_focus_pronoun: a description right after a quotation and its verb ("“...,” said the
  Chelsea star") is the person the "he" of the sentence before stands for, as a description that
  opens its sentence is (real BBC passages).
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index, speaker_of

GIVEN = [
    # (text, the quote's opening, the speaker)
    ('Asked whether he would fire the aide, Tom Hale said, "Probably."', "Probably", "Tom Hale"),
    ("Asked whether she would resign, Ann Ruiz replied: “Never!”", "Never", "Ann Ruiz"),
    (
        'Hale, his campaign spokesman, added that "many of [the senator\'s] closest friends are farmers" and '
        '"there will be no one stronger on farming than him, and his record over many years is proof of this."',
        "there will be",
        "Hale",
    ),
    ("Ann Ruiz called the plan “a mess” and the budget “a complete disgrace for the town.”", "a complete", "Ann Ruiz"),
    (
        "Quotable.\n\n“The whole idea of a crooked council is something we hear about all the time.”\n\n"
        "-Ann Ruiz, Leeds.",
        "The whole idea",
        "Ann Ruiz",
    ),
    # a digest's source before a colon, which the recogniser did not see as a name
    (
        "Polls are tight - Philip Bump: “Two weeks ago, his strongest territory had been the South.”",
        "Two weeks",
        "Philip Bump",
    ),
    (
        "Tom Hale, the senator, spoke in Leeds. It is a view shared by Hale, who believes “if we can scrap the "
        "tolls, we have a great chance”. “As soon as I knew the date, I got excited.”",
        "As soon as",
        "Tom Hale",
    ),
]

LEFT = [
    # a quoted adverb on the manner of the announcing
    ("The Home Office announced “prematurely” via press release that the scheme would end.", "prematurely"),
    # a line after the quotation that opens with a spaced hyphen is running text, no sign-off
    ("The poster carried the words “fair taxes for all.”\n - Labour plans to spend more on schools.", "fair taxes"),
    # capitalised words before the colon that open with no given name: a place, no source
    ("Here is the key line from the memo - New Hampshire: “We will win the state.”", "We will win"),
    # a quotation of a paragraph of its own after a phrase the last resort gave: no run of one speaker
    (
        "Tom Hale, the senator, spoke in Leeds. The plans to scrap “costly and unfair” road tolls would win votes "
        "in the north.\n“We will win the north.”",
        "We will win",
    ),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), GIVEN)
def test_the_speaker_is_found(pipes, text, opening, speaker):
    assert speaker_of(pipes, text, opening) == speaker


@pytest.mark.parametrize(("text", "opening"), LEFT)
def test_no_speaker_is_given(pipes, text, opening):
    assert speaker_of(pipes, text, opening) is None


def test_a_run_after_a_phrase_of_the_last_resort_is_the_same_persons(tmp_path_factory):
    index = bbc_index(tmp_path_factory, "s24run", lambda r: r["id"] == "bbc-sport-152")
    with Reader(index) as reader:
        quotes = [q for q in reader.quotes() if q.article == "bbc-sport-152"]
        run = [q for q in quotes if q.text.startswith(("if we can get past", "As soon as I knew", "Hopefully, we can"))]
        assert len(run) == 3
        assert all(q.speaker_id and "Rooney" in reader.actor(q.speaker_id).name for q in run)


AFTER_HE = {  # article: (the quote's opening, a word of the speaker's name)
    "bbc-sport-217": ("I would have headed", "Duff"),  # "He opted to bring Steve Finnan's cross down ..."
    "bbc-politics-113": ("It was a pretty horrible", "Pound"),  # "He said his first reaction was ..."
    "bbc-entertainment-228": ("I'm not an actor", "Wilson"),  # "He made a cameo appearance in ..."
}


def test_a_description_after_the_quote_is_the_he_before(tmp_path_factory):
    index = bbc_index(tmp_path_factory, "s24he", lambda r: r["id"] in AFTER_HE)
    with Reader(index) as reader:
        quotes = list(reader.quotes())
        for article, (opening, name) in AFTER_HE.items():
            quote = next(q for q in quotes if q.article == article and q.text.startswith(opening))
            assert quote.speaker_id and name in reader.actor(quote.speaker_id).name, (article, quote.speaker)


def test_a_bare_description_after_the_quote_is_left_unnamed(pipes):
    """ "said the woman" after a sentence whose "she" finds no woman named: the article leaves her
    unnamed, no man named before is her (a description with words before its head, "the Chelsea
    star", is the person the "he" before stands for)."""
    text = (
        "“I was shocked,” said Monte Haines, 44. “I told them I was adopted.”"
        "\n\n"
        "After a prison term, he was sent to Seoul. “The first week, I slept in a park.”"
        "\n\n"
        "“I am banned for good - the judge said so,” he said. “Where else would I live?”"
        "\n\n"
        "Many adoptees keep quiet about it."
        "\n\n"
        "One woman adopted from Chile in the 1970s did not learn of her status until 2008, when she asked for a passport."
        "\n\n"
        "She met with lawyers; one told her to marry, and another frightened her so much that she gave up. She learned her father had begun - but never finished - the papers; he died before she could ask him."
        "\n\n"
        "“As a child, my mom always said we were citizens,” said the woman, who asked not to be named."
    )
    assert speaker_of(pipes, text, "As a child") == "woman"
