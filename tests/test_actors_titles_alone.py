"""A person's title or role alone names no one: real BBC articles, the real model.

Seen in the 2,225 BBC articles' actors: "MPs" was a person of 38 mentions in 15 articles and the
speaker of "The MPs said they were 'concerned'"; "Labour MPs", "MEP", "MSP" and "Directors" were
actors too. A title that is how one person is named ("the Queen") and a surname that is also a
title ("Mr Major" of John Major) stay, and so does a rank, which names things too ("a new breed
of Commodore computers")."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

TITLES = {
    "bbc-politics-048": "MPs",  # "The MPs said they were "concerned" ..."
    "bbc-politics-068": "Labour MPs",  # "Labour MPs would not get a free vote"
    "bbc-politics-307": "Labour MPs",  # NER: one name "Labour MPs"
    "bbc-politics-292": "MEP",
    "bbc-politics-045": "MSP",
}
NAMED = {"bbc-politics-018": "The Queen", "bbc-politics-353": "Mr Major"}
RANK = ("bbc-tech-128", "Commodore")


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    wanted = set(TITLES) | set(NAMED) | {RANK[0]}
    with Reader(bbc_index(tmp_path_factory, "titles-alone", lambda r: r["id"] in wanted)) as reader:
        yield reader


@pytest.mark.parametrize(("article", "title"), sorted(TITLES.items()))
def test_a_title_alone_is_no_actor(reader, article, title):
    view = reader.article(article)
    assert title in view.article.text, f"{article} no longer writes {title!r}"
    word = title.split()[-1]
    assert not [a for a in reader.actors() if word in a.name.split()]
    assert not [m for m in view.mentions if m.surface.split()[-1] == word]


def test_a_described_speaker_gets_no_actor(reader):
    said = [q for q in reader.quotes(article="bbc-politics-048") if q.speaker == "MPs"]
    assert said, "the model no longer gives 'MPs' as a speaker in bbc-politics-048: pick another case"
    assert all(q.speaker_id is None for q in said)


def test_a_party_before_its_members_title_is_the_party(reader):
    mentions = [m for m in reader.article("bbc-politics-068").mentions if m.surface == "Labour"]
    assert mentions and {reader.actor(m.actor).type for m in mentions} == {"org"}


@pytest.mark.parametrize(("article", "form"), sorted(NAMED.items()))
def test_titles_that_name_one_person_stay(reader, article, form):
    word = form.split()[-1]
    found = [m for m in reader.article(article).mentions if m.surface.split()[-1] == word]
    assert found and all(reader.actor(m.actor).type == "person" for m in found)


def test_a_rank_alone_may_name_a_firm(reader):
    article, word = RANK
    found = [m for m in reader.article(article).mentions if m.surface == word]
    assert found and all(m.actor for m in found)
