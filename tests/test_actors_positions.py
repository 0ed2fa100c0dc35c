"""A player's position right before a name is a person's title: real BBC articles, the real model.

Seen in the 2,225 BBC articles' quotes (session 12): "former Wales and Lions prop Dai Young" and
"former England full-back Dusty Hare", each quoted five or six times, were organisations (NER's
label, nothing against it), so their quotes were an organisation's."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index

PLAYERS = {"bbc-sport-359": ("prop Dai Young", "Dai Young"), "bbc-sport-415": ("full-back Dusty Hare", "Dusty Hare")}
# A compound title's last word is the title: "writer-director Sofia Coppola" stays a person once the
# title may be hyphenated (it had turned her into an organisation).
TITLED = {
    "bbc-entertainment-062": ("writer-director Sofia Coppola", "Sofia Coppola"),
    "bbc-entertainment-067": ("directed by Sofia Coppola", "Sofia Coppola"),
}


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "positions", lambda r: r["id"] in PLAYERS | TITLED)) as reader:
        yield reader


@pytest.mark.parametrize(("article", "phrase", "name"), [(a, p, n) for a, (p, n) in sorted(PLAYERS.items())])
def test_a_position_before_a_name_makes_a_person(reader, article, phrase, name):
    assert phrase in reader.article(article).article.text, f"{article} no longer writes {phrase!r}"
    actor = next(a for a in reader.actors() if a.name == name)
    assert actor.type == "person"
    spoken = [q for q in reader.quotes() if q.speaker_id == actor.id]
    assert len(spoken) >= 4, f"{name}'s quotes went elsewhere"


@pytest.mark.parametrize(("article", "phrase", "name"), [(a, p, n) for a, (p, n) in sorted(TITLED.items())])
def test_a_compound_title_makes_a_person(reader, article, phrase, name):
    assert phrase in reader.article(article).article.text, f"{article} no longer writes {phrase!r}"
    assert next(a for a in reader.actors() if a.name == name).type == "person"
