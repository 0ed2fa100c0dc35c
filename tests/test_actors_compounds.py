"""The word before a name is an organisation's noun only when it is a word of its own: real BBC
text, the real model. "open-side Martyn Williams" (a flanker) read "side" as a club's noun and
made the Welsh player an organisation across the 2,225 BBC articles."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader
from helpers import bbc_index


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    index = bbc_index(tmp_path_factory, "compounds", lambda r: "open-side Martyn Williams" in r["text"])
    with Reader(index) as reader:
        return list(reader.actors())


def test_a_compound_ending_in_an_organisations_noun_is_no_cue(actors):
    held = [a for a in actors if "Martyn Williams" in a.aliases]
    assert held and {a.type for a in held} == {"person"}
