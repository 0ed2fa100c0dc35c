"""Issue 11, item 5, in the read API: results by date or score, narrowed to sources, a search's
facets, an actor's timeline; checked against the articles' own front matter and records."""

from __future__ import annotations

from collections import Counter

import pytest

from dossier.index.read import QueryError, Reader
from sortfacet_fixtures import ARTICLES, DATED, dated_index, front_matter  # noqa: F401
from tui_fixtures import build_index


def newest_first(ids: list[str]) -> list[str]:
    """The order a date sort must give: newest first, undated last, ties in corpus order."""

    def key(article_id: str):
        date = front_matter(article_id).get("date")
        return (date is None, [-ord(c) for c in date or ""], ARTICLES.index(article_id))

    return sorted(ids, key=key)


def test_date_sort_is_newest_first_with_undated_last(dated_index):
    with Reader(dated_index) as r:
        by_score = r.search("peace", limit=None)
        by_date = r.search("peace", limit=None, sort="date")
    ids = [h.id for h in by_date.hits]
    assert by_date.total == by_score.total == len(ARTICLES) == len(ids)
    assert ids == newest_first(ids)
    assert ids[-1] == "a6-undated" and by_date.hits[-1].date is None
    assert ids != [h.id for h in by_score.hits]  # the corpus makes the two orders differ
    # The score of each hit is its ranked search's, whatever the order.
    assert {h.id: h.score for h in by_date.hits} == {h.id: h.score for h in by_score.hits}
    scores = [h.score for h in by_score.hits]
    assert scores == sorted(scores, reverse=True)


def test_date_sort_pages_join_into_the_whole(dated_index):
    with Reader(dated_index) as r:
        whole = [h.id for h in r.search("peace", limit=None, sort="date").hits]
        pages = [
            h.id for off in range(0, len(whole), 3) for h in r.search("peace", limit=3, offset=off, sort="date").hits
        ]
    assert pages == whole


def test_narrowed_to_sources_ignoring_case(dated_index):
    wire = [a for a in ARTICLES if front_matter(a).get("source", "").lower() == "example wire"]
    daily = [a for a in ARTICLES if front_matter(a).get("source") == "Daily Example"]
    assert len(wire) == 3 and len(daily) == 2  # "EXAMPLE WIRE" is one of them
    with Reader(dated_index) as r:
        one = r.search("*", limit=None, sources=["example wire"])
        two = r.search("*", limit=None, sources=["Example Wire", "Daily Example"], sort="date")
        none = r.search("*", limit=None, sources=["No Such Paper"])
        assert r.known_source("EXAMPLE wire") and not r.known_source("No Such Paper")
        ushakov = next(a for a in r.actors() if a.name == "Yuri Ushakov")
        both = r.search("*", limit=None, sources=["Example Wire"], actor_id=ushakov.id)
    assert sorted(h.id for h in one.hits) == wire and one.total == 3
    assert [h.id for h in two.hits] == newest_first(wire + daily)
    assert none.total == 0 and none.hits == []
    assert sorted(h.id for h in both.hits) == sorted(set(wire) & set(ushakov.articles))


def test_facets_count_the_sources_and_dates_of_the_matches(dated_index):
    with Reader(dated_index) as r:
        for query, sources in (("*", None), ("Ushakov", None), ("peace", ["Daily Example"]), ("zzznothing", None)):
            facets = r.facets(query, sources=sources)
            hits = r.search(query, limit=None, sources=sources).hits
            named = Counter(h.source.lower() for h in hits if h.source)
            assert {s.name.lower(): s.articles for s in facets.sources} == named, query
            assert [s.articles for s in facets.sources] == sorted(named.values(), reverse=True)
            assert facets.total == len(hits)
            assert facets.unsourced == sum(1 for h in hits if not h.source)
            assert facets.undated == sum(1 for h in hits if not h.date)
            dates = sorted(h.date for h in hits if h.date)
            assert (facets.first, facets.last) == ((dates[0], dates[-1]) if dates else (None, None))
        everything = r.facets("*")
    # A source is named as its first article writes it; EXAMPLE WIRE counts with it.
    assert [(s.name, s.articles) for s in everything.sources][0] == ("Example Wire", 3)
    assert (everything.first, everything.last, everything.undated, everything.unsourced) == (
        "2025-09-14",
        "2025-12-07",
        1,
        1,
    )


def test_timeline_counts_the_articles_mentions_and_quotes_per_month(dated_index):
    with Reader(dated_index) as r:
        ushakov = next(a for a in r.actors() if a.name == "Yuri Ushakov")
        timeline = r.timeline(ushakov.id)
        want: dict[str, Counter] = {}
        for article_id in ARTICLES:
            view = r.article(article_id)
            month = (view.article.date or "undated")[:7]
            mentions = sum(1 for m in view.mentions if m.actor == ushakov.id)
            quotes = sum(1 for q in view.quotes if q.speaker_id == ushakov.id)
            c = want.setdefault(month, Counter())
            c.update(articles=int(mentions > 0), mentions=mentions, quotes=quotes)
    assert timeline.unit == "month"
    # Every month of the corpus, from its first date to its last, the empty ones included.
    assert [p.period for p in timeline.periods] == ["2025-09", "2025-10", "2025-11", "2025-12"]
    for p in timeline.periods:
        got = Counter(articles=p.articles, mentions=p.mentions, quotes=p.quotes)
        assert +got == +want.get(p.period, Counter()), p.period
    assert (
        +Counter(articles=timeline.undated.articles, mentions=timeline.undated.mentions, quotes=timeline.undated.quotes)
        == +want["undated"]
    )
    assert sum(p.mentions for p in timeline.periods) + timeline.undated.mentions == ushakov.mentions
    assert sum(p.quotes for p in timeline.periods) and timeline.undated.quotes


def test_a_short_corpus_counts_per_day(tmp_path):
    from tui_fixtures import ROOT

    index = build_index(ROOT / "tests" / "fixtures" / "snapshot_corpus", tmp_path / "index")
    with Reader(index) as r:
        ushakov = next(a for a in r.actors() if a.name == "Yuri Ushakov")
        timeline = r.timeline(ushakov.id)
        days = {r.article(i).article.date: r.article(i) for i in r.article_ids()}
    assert timeline.unit == "day"
    assert [p.period for p in timeline.periods] == ["2025-12-07", "2025-12-08", "2025-12-09"]
    quotes = [sum(q.speaker_id == ushakov.id for q in days[p.period].quotes) for p in timeline.periods]
    assert [p.quotes for p in timeline.periods] == quotes and quotes[0] and not quotes[2]


def test_an_index_without_dates_or_sources(seeds_index):
    """The seeds are plain text: no date, no source. Nothing breaks; a date sort is corpus order."""
    with Reader(seeds_index) as r:
        by_date = r.search("*", limit=None, sort="date")
        ids = sorted(r.article_ids())
        facets = r.facets("*")
        actor = r.actors()[0]
        timeline = r.timeline(actor.id)
    assert [h.id for h in by_date.hits] == ids
    assert facets.sources == [] and facets.unsourced == facets.undated == len(ids) and facets.first is None
    assert timeline.periods == [] and timeline.undated.articles == len(actor.articles)


def test_an_unknown_sort_is_a_query_error(dated_index):
    with Reader(dated_index) as r, pytest.raises(QueryError, match="by score or date"):
        r.search("peace", sort="relevance")


def test_an_index_updated_in_place_sorts_as_a_full_build(tmp_path):
    """After an update the edited article's document comes last; the date sort still follows
    dates, then corpus order."""
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(DATED, corpus)
    index = build_index(corpus, tmp_path / "index")
    first = corpus / "a1-kremlin-aide.md"
    first.write_text(first.read_text(encoding="utf-8").replace("2025-09-14", "2025-12-07"), encoding="utf-8")
    build_index(corpus, index)
    with Reader(index) as r:
        assert r.manifest.updated
        ids = [h.id for h in r.search("*", limit=None, sort="date").hits]
        facets = r.facets("*")
        ushakov = next(a for a in r.actors() if a.name == "Yuri Ushakov")
        months = [p.period for p in r.timeline(ushakov.id).periods]
    # The replaced document's date (2025-09-14) is gone from the facets and the timeline's span.
    assert (facets.first, facets.last) == ("2025-10-03", "2025-12-07")
    assert months == ["2025-10", "2025-11", "2025-12"]
    assert ids[:2] == ["a1-kremlin-aide", "a4-summit"]  # the same date: corpus order
    assert ids[2:] == ["a5-grain", "a7-nosource", "a3-sanctions", "a2-miami", "a6-undated"]
