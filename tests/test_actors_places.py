"""Places: a building's head word, on real BBC articles with the real model. In the dev gold,
"Staples Center" and Gateshead's "Sage Centre" were typed organisations (NER's label)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.read import Reader

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc-news.jsonl"

# entertainment-139: the Grammys at the Staples Center; politics-175: the Sage Centre in Gateshead.
PICKS = ("bbc-entertainment-139", "bbc-politics-175")


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    with BBC.open(encoding="utf-8") as f:
        rows = [r for r in map(json.loads, f) if r["id"] in PICKS]
    root = tmp_path_factory.mktemp("places")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "bbc.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    build_index(corpus, root / "index", workers=1)
    with Reader(root / "index") as reader:
        return list(reader.actors())


@pytest.mark.parametrize("form", ["Staples Center", "Sage Centre"])
def test_buildings_are_places(actors, form):
    held = [a for a in actors if any(alias == form or alias.endswith(" " + form) for alias in a.aliases)]
    assert held and {a.type for a in held} == {"place"}, [(a.name, a.type) for a in held]
