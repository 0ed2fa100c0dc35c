"""Words NER labels as names that name no actor, and competitions typed as events: real BBC
articles, the real model.

Seen near the top of the 2,225 BBC articles' actors list: "GMT" an organisation (71 mentions),
"Budget" an organisation (59), "Premiership" a person (44), "Grand Slam" a place (74)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.read import Reader

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc-news.jsonl"

# The first articles that write "GMT", "the Budget", "Premiership" and "Grand Slam".
PICKS = ("bbc-business-005", "bbc-business-052", "bbc-business-106", "bbc-politics-077")
PICKS += ("bbc-sport-101", "bbc-sport-102", "bbc-sport-287", "bbc-sport-290")
# NER's spans that hold them with more: "2300 GMT - 0100 GMT" (an event), "pre-Budget report".
PICKS += ("bbc-entertainment-231", "bbc-politics-021")


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    with BBC.open(encoding="utf-8") as f:
        rows = [r for r in map(json.loads, f) if r["id"] in PICKS]
    assert sum("GMT" in r["text"] for r in rows) >= 2 and sum("the Budget" in r["text"] for r in rows) >= 2
    root = tmp_path_factory.mktemp("not-names")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "bbc.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    build_index(corpus, root / "index", workers=1)
    with Reader(root / "index") as reader:
        return list(reader.actors())


def _holding(actors, form: str):
    return [a for a in actors if form in a.aliases]


def test_time_zones_and_the_budget_are_no_actors(actors):
    assert _holding(actors, "GMT") == []
    assert _holding(actors, "Budget") == [] and _holding(actors, "the Budget") == []


@pytest.mark.parametrize("form", ["Premiership", "Grand Slam"])
def test_competitions_are_events(actors, form):
    held = _holding(actors, form)
    assert held and {a.type for a in held} == {"event"}
