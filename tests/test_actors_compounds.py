"""The word before a name is an organisation's noun only when it is a word of its own: real BBC
text, the real model. "open-side Martyn Williams" (a flanker) read "side" as a club's noun and
made the Welsh player an organisation across the 2,225 BBC articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.read import Reader

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc-news.jsonl"


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    with BBC.open(encoding="utf-8") as f:
        rows = [r for r in map(json.loads, f) if "open-side Martyn Williams" in r["text"]]
    root = tmp_path_factory.mktemp("compounds")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "bbc.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[:1]), encoding="utf-8")
    build_index(corpus, root / "index", workers=1)
    with Reader(root / "index") as reader:
        return list(reader.actors())


def test_a_compound_ending_in_an_organisations_noun_is_no_cue(actors):
    held = [a for a in actors if "Martyn Williams" in a.aliases]
    assert held and {a.type for a in held} == {"person"}
