"""Speakers on real BBC articles with the real model (issue 10, session 15, helper spk15b). Each
test names the rule it holds: speaker_mentions.py (a speaker NER missed is mentioned where the
attribution names him), attribution_focus_over_speaker.py ("the singer said" after a sentence about
another person than the speaker before) and attribution_pronoun_aside.py (a quotation after
one sentence about the speaker as "she").

business-334 (annotations-spk15b.txt): "Lt Col Eric Schnaible of the PCO told the Associated
Press ...", then "he added": NER saw no name, the attribution read him from the parse.
entertainment-187 (dev): "Caprice, who left in the scheduled fourth eviction ..., afterwards said".
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index, speaker_of

PICKS = ("bbc-business-334", "bbc-entertainment-187")


@pytest.fixture(scope="module")
def views(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "spk15b", lambda r: r["id"] in PICKS)) as reader:
        return {aid: reader.article(aid) for aid in PICKS}


@pytest.mark.parametrize(
    ("aid", "opening", "name"),
    [
        ("bbc-business-334", "Some parts of the country", "Eric Schnaible"),
        ("bbc-entertainment-187", "I am so happy", "Caprice"),
    ],
)
def test_a_speaker_ner_missed_is_mentioned_where_the_attribution_names_him(views, aid, opening, name):
    # speaker_mentions.py: the speaker's name where the attribution found it is a mention of the
    # speaker's actor, so that the speaker is an actor the article mentions.
    view = views[aid]
    quote = next(q for q in view.quotes if q.text.startswith(opening))
    assert quote.speaker == name
    mentions = [m for m in view.mentions if m.actor == quote.speaker_id]
    assert [m.surface for m in mentions][:1] == [name]
    assert mentions[0].start >= (quote.speaker_start or 0)


# bbc-entertainment-208 (dev), cut short
SINGER = (
    "\"When we started playing together, we didn't try and make a really sort of mature album. We just really "
    'wanted to make a great Duran Duran album," said keyboard player Nick Rhodes. "It\'s pretty much in line with '
    "a lot of stuff out there.\" Duran Duran are currently promoting the album's second single, What Happens "
    "Tomorrow.\n\n"
    'Simon Le Bon said earlier this year that the group were not trying to update their sound too much. "We '
    "wouldn't want to lose them [older fans] by trying too hard by trying to connect with a new audience,\" the "
    "singer said."
)


def test_a_described_speaker_is_the_person_the_sentence_before_is_about(pipes):
    # attribution_focus_over_speaker.py: "Simon Le Bon said ... . “...,” the singer said": the
    # person in focus, not the earlier speaker of the same sort (Nick Rhodes)
    from test_attribution_speakers import run

    got, _, _ = run(pipes, SINGER)
    said = next(k for k in got if k.startswith("We wouldn't want"))
    assert got[said].speaker == "Simon Le Bon"
    rhodes = next(k for k in got if k.startswith("When we started"))
    assert got[rhodes].speaker == "Nick Rhodes"


# bbc-entertainment-369 (dev), cut short
ARNOLD = (
    "Since she presented children's TV shows Number 73 and Motormouth in the 1980s, Andrea Arnold has kept a low "
    "profile and is having trouble adapting to this sudden onslaught of attention. \"I'm not interested in the "
    "publicity. It's not my personality. I'm overwhelmed by all the fuss,\" she said.\n\n"
    'Asked what the nomination means to her, Arnold says she feels "flattered and honoured". "We\'ve all been '
    "overwhelmed by the response and can't get it in perspective yet. I'm still reeling.\"\n\n"
    "And she won't commit to an opinion of Hollywood yet. \"I'm just in the middle of it, living moment to moment, "
    'day to day." But despite her reservations about the Academy Awards and the media frenzy that surrounds it, she '
    'accepts that it has opened doors for her. "People will definitely listen to what I want to do now, and the '
    "phone didn't stop ringing for a week after I got nominated.\""
)


def test_a_quote_after_one_sentence_about_the_speaker_as_she_is_hers(pipes):
    # attribution_pronoun_aside.py: "“...” / And she won't commit ... . “...”": Arnold, quoted
    # just before and the "she" of the one sentence between
    from test_attribution_speakers import run

    got, _, _ = run(pipes, ARNOLD)
    after = [k for k in got if k.startswith(("I'm just in the middle", "People will definitely"))]
    assert len(after) == 2
    assert [got[k].speaker for k in after] == ["Andrea Arnold"] * 2


# the same shape with a man quoted before "she": the pronoun is not his
OTHER = (
    "Since he presented children's TV shows in the 1980s, Mr John Arnold has kept a low profile. \"I'm not "
    'interested in the publicity," he said.\n\n'
    "And she won't commit to an opinion of Hollywood yet. \"I'm just in the middle of it, living moment to moment, "
    'day to day."'
)


def test_a_quote_after_a_sentence_about_someone_of_the_other_gender_is_not_his(pipes):

    assert speaker_of(pipes, OTHER, "I'm just in the middle") != "John Arnold"


@pytest.mark.parametrize(
    ("passage", "name", "alone"),
    [
        ("Lt Col Eric Schnaible of the PCO told the Associated Press", "Eric Schnaible", True),  # business-334
        ("In a statement the RSPCA said it had", "RSPCA", True),  # tech-202
        ("\"It wasn't the best display but it's all about the result,\" the Irishman said.", "Irishman", False),
        ("Number 10 said ministers were interested", "Number", False),  # politics-095
        ('"... put negativity behind us," 50 Cent said.', "Cent", False),  # entertainment-288
        ("said Professor Nadia Magnenat-Thalman of the Swiss research group", "Thalman", False),  # tech-115
        ("Lloyds of London told the Financial Times", "Lloyds", False),  # business-346
    ],
)
def test_a_speakers_name_is_no_mention_where_it_is_a_piece_of_another(passage, name, alone):
    # speaker_mentions._stands_alone: a speaker the attribution read as "Cent" of "50 Cent" or
    # "Irishman" of "the Irishman" is no name of its own there, and gets no mention
    from dossier.index.entities.speaker_mentions import _stands_alone

    start = passage.index(name)
    assert _stands_alone(passage, start, start + len(name)) is alone
