"""Speakers on real BBC articles with the real model (issue 10, session 15, helper spk15b). Each
test names the rule it holds.

business-334 (annotations-spk15b.txt): "Lt Col Eric Schnaible of the PCO told the Associated
Press ...", then "he added": NER saw no name, the attribution read him from the parse.
entertainment-187 (dev): "Caprice, who left in the scheduled fourth eviction ..., afterwards said".
"""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

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
