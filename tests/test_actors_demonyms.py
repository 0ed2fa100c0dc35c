"""Nationality words are groups, whatever noun follows them: real BBC articles, the real model.

Seen on the 2,225 BBC articles: "British" (419 mentions), "French", "Irish", "Australian" typed
organisations near the top of the actors list, because "British firm" and "the French
government", "British troops", "French singer X" put an organisation's or a member's noun after
them. The rule is for words shaped like nationalities only: NER gives its group label to
companies too (Euronext, Symantec)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.entities import names as N
from dossier.index.read import Reader

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc-news.jsonl"

# "British troops" (politics-093); "British singer", "French singer" (entertainment-111);
# "the French striker" (sport-246)
PICKS = ("bbc-politics-093", "bbc-entertainment-111", "bbc-sport-246")


@pytest.fixture(scope="module")
def actors(tmp_path_factory):
    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    with BBC.open(encoding="utf-8") as f:
        rows = [r for r in map(json.loads, f) if r["id"] in PICKS]
    root = tmp_path_factory.mktemp("demonyms")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "bbc.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    build_index(corpus, root / "index", workers=1)
    with Reader(root / "index") as reader:
        return {a.name: a for a in reader.actors()}


def test_nationality_words_followed_by_an_organisations_noun_are_groups(actors):
    assert actors["British"].type == "group"
    assert actors["French"].type == "group"


@pytest.mark.parametrize(
    "word, shaped",
    [("British", True), ("Chinese", True), ("Russians", True), ("Iraqi", True), ("French", True)]
    + [("Euronext", False), ("Symantec", False), ("Valve", False), ("Inbev", False)],
)
def test_the_shape_of_a_nationality_word(word, shaped):
    assert N.looks_demonym(word) is shaped
