"""A speaker's words that name no actor of the article get no actor of their own unless they are
a name: real BBC articles, the real model.

Seen in the 2,225 BBC articles' actors: people called "Some" ("Some liken them to talking ..."),
"Others", "Witnesses" and "Research", each with quotes and no mention; and "Lib Dems", typed a
person, beside the Liberal Democrats."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

NO_ONE = {
    "bbc-tech-364": "Some",  # "Some liken them to talking ..."
    "bbc-business-428": "Others",
    "bbc-entertainment-169": "Witnesses",  # "Witnesses have already told the trial ..."
    # "Research conducted by the EOC ... revealed" (bbc-politics-003) was a case until session 14,
    # when a document's maker named as its agent became its speaker (attribution_document_agents)
    "bbc-tech-119": "One",  # "One told ..."
}
PARTY = ("bbc-politics-001", "bbc-politics-007")  # the Lib Dems speak in -007


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    wanted = set(NO_ONE) | set(PARTY)
    with Reader(bbc_index(tmp_path_factory, "no-one", lambda r: r["id"] in wanted)) as reader:
        yield reader


@pytest.mark.parametrize(("article", "word"), sorted(NO_ONE.items()))
def test_words_that_name_no_one_are_no_speakers_actors(reader, article, word):
    said = [q for q in reader.quotes(article=article) if q.speaker == word]
    assert said, f"the model no longer gives {word!r} as a speaker in {article}: pick another case"
    assert all(q.speaker_id is None for q in said)
    assert not [a for a in reader.actors() if a.name == word]


def test_a_party_named_by_a_speaker_is_the_party(reader):
    (party,) = [a for a in reader.actors() if "Liberal Democrats" in a.aliases]
    assert party.type == "org"
    assert [q for q in reader.quotes(article="bbc-politics-007") if q.speaker_id == party.id]
    assert not [a for a in reader.actors() if a.type == "person" and a.name.startswith("Lib Dem")]
