"""An organisation's short form ("United") joins the organisation its article names in full, and
never merges two organisations or a place into one: real BBC articles, the real model.

Seen on the 2,225 BBC articles: "Bank of England" under the place England, "Air China" under
China, Dundee United and Manchester United one actor (each article's bare "United" joined its own
club, and the bare forms were one key across the corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.index.build import build_index
from dossier.index.read import Reader

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc-news.jsonl"

PICKS = {
    "dundee": "Dundee United eased into the semi-final",  # "United" for Dundee United
    "manchester": "Even without Van Nistelrooy, United made it",  # "United" for Manchester United
    "boe": "Bank of England's rate-setting committee",  # "England and Wales" beside it
    "air": "Air China picked the London Stock Exchange",  # "in China" beside it
}


@pytest.fixture(scope="module")
def bbc(tmp_path_factory):
    if not BBC.exists():
        pytest.skip("the BBC corpus is not here")
    with BBC.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    chosen = {key: next(r for r in rows if words in r["text"]) for key, words in PICKS.items()}
    root = tmp_path_factory.mktemp("short")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "bbc.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chosen.values()), encoding="utf-8")
    build_index(corpus, root / "index", workers=1)
    with Reader(root / "index") as reader:
        views = {key: reader.article(r["id"]) for key, r in chosen.items()}
        actors = {a.id: a for a in reader.actors()}
    return views, actors


def _actors_of(bbc, key: str, surface: str) -> set[str]:
    """The actors of the mentions written `surface` (with "the" before or "'s" after it)."""
    views, _ = bbc
    forms = {surface, "the " + surface, surface + "'s", "the " + surface + "'s"}
    found = {m.actor for m in views[key].mentions if m.surface in forms and m.actor}
    assert found, f"no mention {surface!r} in the {key} article"
    return found


def test_a_short_form_joins_its_own_articles_club_only(bbc):
    _, actors = bbc
    dundee = _actors_of(bbc, "dundee", "Dundee United")
    manchester = _actors_of(bbc, "manchester", "Manchester United")
    assert dundee.isdisjoint(manchester)
    assert _actors_of(bbc, "dundee", "United") == dundee
    assert _actors_of(bbc, "manchester", "United") == manchester
    assert all(actors[a].type == "org" for a in dundee | manchester)


def test_the_object_of_a_preposition_is_not_a_short_form(bbc):
    _, actors = bbc
    bank = _actors_of(bbc, "boe", "Bank of England")
    england = _actors_of(bbc, "boe", "England")
    assert bank.isdisjoint(england)
    assert {actors[a].type for a in england} == {"place"}
    assert {actors[a].type for a in bank} == {"org"}


def test_a_place_is_not_short_for_the_company_named_after_it(bbc):
    _, actors = bbc
    airline = _actors_of(bbc, "air", "Air China")
    china = _actors_of(bbc, "air", "China")
    assert airline.isdisjoint(china)
    assert {actors[a].type for a in china} == {"place"}
