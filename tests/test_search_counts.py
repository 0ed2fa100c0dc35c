"""Search totals and wildcard words over a real index large enough for Whoosh's top-N pruning.

The explorer shows "N articles": N must be every match, not the matches Whoosh happened to score
before it pruned what could no longer reach the top of the list. Wildcard, prefix and fuzzy words
are matched in one pass (index/expansion.py): the same hits and scores as Whoosh's own OR.
"""

from __future__ import annotations

import pytest
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser

import dossier.index.store.expansion as expansion
from dossier.index.build import build_index
from dossier.index.read import QueryError, Reader
from dossier.index.store.whoosh_store import ARTICLES

N = 60


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    root = tmp_path_factory.mktemp("counts")
    corpus = root / "corpus"
    corpus.mkdir()
    forms = ["talk", "talks", "talked", "talking", "talker", "talkative"]
    for i in range(N):
        # Every article has "ballot" a different number of times, and one or two forms of talk.
        words = " ".join(["ballot"] * (1 + i % 7) + [forms[i % 6], forms[(i * 5) % 6]])
        quote = "\n\n“Our talkers talked and talked,” said Anna Berg.\n" if i % 10 == 0 else ""
        (corpus / f"a{i:03}.txt").write_text(
            f"Report {i}\n\nThe {words} went on in town {i}.{quote}\n", encoding="utf-8"
        )
    index_dir = root / "index"
    build_index(corpus, index_dir, workers=1)
    with Reader(index_dir) as r:
        yield r


@pytest.mark.parametrize("query", ["ballot", "talk*", "ballot OR town", "talk~", "*lot"])
def test_the_total_counts_every_match_whatever_the_limit(reader, query):
    every = reader.search(query, limit=None)
    assert every.total == len(every.hits) > 3
    for limit in (1, 3, 20):
        assert reader.search(query, limit=limit).total == every.total, limit


def test_the_total_is_right_for_a_word_in_every_article(reader):
    assert reader.search("ballot", limit=2).total == N


@pytest.mark.parametrize("query", ["talk*", "talk~", "*alk*", "ballot talk*"])
def test_gathered_words_rank_as_whoosh_or_does(reader, query):
    s = reader._searchers["articles"]
    parser = MultifieldParser(["title", "body"], ARTICLES)
    parser.add_plugin(FuzzyTermPlugin())
    plain = parser.parse(query)  # Whoosh's own OR of the expanded words
    want = [(hit["id"], round(hit.score, 4)) for hit in s.search(plain, limit=None)]
    got = [(h.id, h.score) for h in reader.search(query, limit=None).hits]
    assert sorted(got) == sorted(want)
    assert len(got) > 3


@pytest.mark.parametrize("query", ["talk*", "talk~", "*alk*", "talkr~2"])
def test_gathered_matches_are_highlighted(reader, monkeypatch, query):
    monkeypatch.setattr(expansion, "_GATHER_FROM", 1)  # gathered however few words it stands for
    hits = reader.search(query, limit=10).hits
    assert hits
    for hit in hits:
        matched = {t.lower() for t, is_match in hit.snippet if is_match}
        assert matched and all(t.startswith("talk") for t in matched), hit.snippet


def test_a_word_that_stands_for_too_many_words_is_refused_with_the_reason(reader, monkeypatch):
    monkeypatch.setattr(expansion, "MAX_EXPANSION", 1)
    with pytest.raises(QueryError, match=r"'talk\*' matches more than 1 different words: use more letters"):
        reader.search("talk*")
    with pytest.raises(QueryError, match="use more letters"):
        reader.quotes(query="talk*")
    assert reader.search("ballot").total == N  # other queries still answer
