"""A firm described through a place does not make the place speak: a real BBC article, the real
model.

Seen in the 2,225 BBC articles' quotes (session 12): 'The UK's biggest coal producer blamed
geological problems, industrial action and "operating flaws"' went to the United Kingdom, read as
the owner of a thing said to speak (as "Trump's statement said" is Trump's). A producer is one who
does something, no thing its owner made: the words stay with the description."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    with Reader(bbc_index(tmp_path_factory, "agent-nouns", lambda r: r["id"] == "bbc-business-042")) as reader:
        yield reader


def test_the_place_that_owns_a_producer_does_not_speak(reader):
    assert "The UK's biggest coal producer blamed" in reader.article("bbc-business-042").article.text
    quote = next(q for q in reader.quotes() if q.text == "operating flaws")
    assert quote.speaker_id is None or reader.actor(quote.speaker_id).type != "place"
    assert "producer" in (quote.speaker or "")
