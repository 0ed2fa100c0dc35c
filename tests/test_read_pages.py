"""The read API's pages and counts that the explorer's lists use (issue 11): an offset into the
results and the quotes, the quotes counted without reading them, and the articles carrying each
quote's words."""

from __future__ import annotations

from dossier.index.read import Reader


def test_pages_of_results_and_quotes_are_slices_of_the_whole(seeds_index):
    with Reader(seeds_index) as r:
        every = [h.id for h in r.search("", limit=None).hits]
        assert [h.id for h in r.search("", limit=2, offset=2).hits] == every[2:4]
        assert r.search("", limit=2, offset=4).total == len(every)
        quotes = [q.id for q in r.quotes()]
        assert [q.id for q in r.quotes(limit=7, offset=10)] == quotes[10:17]
        assert [q.id for q in r.quotes(query="Ushakov", limit=2, offset=1)] == [
            q.id for q in r.quotes(query="Ushakov")
        ][1:3]


def test_quotes_are_counted_as_listed(seeds_index):
    with Reader(seeds_index) as r:
        assert r.count_quotes() == len(r.quotes())
        for query in ("Ushakov", "peace OR talks", "title:kremlin", "speaker:peskov"):
            assert r.count_quotes(query) == len(r.quotes(query=query)), query
        actor = r.actors(type="person")[0]
        assert r.count_quotes(None, actor.id) == len(r.quotes(actor_id=actor.id))


def test_carriers_count_the_articles_with_a_quotes_words(seeds_index):
    with Reader(seeds_index) as r:
        quotes = r.quotes()
        counts = r.carriers(quotes)
        articles: dict[str, set[str]] = {}
        for q in quotes:
            articles.setdefault(q.group, set()).add(q.article)
        # Ushakov's "I am sure that the proposals ..." in seeds 000 and 001
        ushakov = next(q for q in quotes if q.text.startswith("I am sure that the proposals"))
        assert counts[ushakov.group] == 2
        # never more than the articles of the group; one article quoting itself thrice counts once
        assert all(counts[g] <= len(a) for g, a in articles.items())
        assert all(counts[g] == 1 for g, a in articles.items() if len(a) == 1)
