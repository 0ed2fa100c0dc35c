"""With an actor filter or `actor:`/`speaker:` words, a result's snippet shows where that actor
is mentioned or quoted, the place marked, not the article's first lines (issue 11, item 4)."""

from __future__ import annotations

from dossier.index.ingest.clean import lead
from dossier.index.read import Reader
from dossier.tui.app import DossierApp
from dossier.tui.widgets.lists import ResultList
from test_actor_matches import quoted_actor
from tui_fixtures import settle, wait_for


def marked(hit) -> list[str]:
    return [text for text, is_match in hit.snippet if is_match]


def places(reader: Reader, article_id: str, actor_id: str) -> tuple[set[str], list[str]]:
    """The actor's mentions (their words) and quotes (their text) in the article."""
    view = reader.article(article_id)
    text = view.article.text
    mentions = {" ".join(text[m.start : m.end].split()) for m in view.mentions if m.actor == actor_id}
    quotes = [" ".join(text[q.start : q.end].split()) for q in view.quotes if q.speaker_id == actor_id]
    return mentions, quotes


def test_actor_words_show_the_mention(seeds_index):
    with Reader(seeds_index) as r:
        actor, _ = quoted_actor(r)
        word = actor.name.split()[-1].lower()
        result = r.search(f"actor:{word}")
        assert result.hits
        for hit in result.hits:
            mentions, _ = places(r, hit.id, actor.id)
            body = r.article(hit.id).article.text
            assert marked(hit) and set(marked(hit)) <= mentions, (hit.id, hit.snippet)
            assert hit.snippet_text() != lead(body)  # not the article's first lines


def test_speaker_words_show_the_quote(seeds_index):
    with Reader(seeds_index) as r:
        actor, _ = quoted_actor(r)
        word = actor.name.split()[-1].lower()
        result = r.search(f"speaker:{word}")
        assert result.hits
        for hit in result.hits:
            _, quotes = places(r, hit.id, actor.id)
            assert marked(hit), hit.snippet
            # a quote is marked (cut with the snippet when it is long)
            assert all(any(q.startswith(m) or m in q for q in quotes) for m in marked(hit)), (hit.id, hit.snippet)


def test_an_actor_filter_shows_its_place_and_marks_the_words_near_it(seeds_index):
    with Reader(seeds_index) as r:
        actor, view = quoted_actor(r)
        result = r.search("", actor_id=actor.id)
        assert {h.id for h in result.hits} >= {view.article.id}
        for hit in result.hits:
            mentions, quotes = places(r, hit.id, actor.id)
            assert marked(hit) and all(m in mentions or any(m in q for q in quotes) for m in marked(hit))
        # with a word too, the place shown is one with the word near it, both marked
        word = "said"
        hits = r.search(word, actor_id=actor.id).hits
        assert any(word in [m.lower() for m in marked(h)] for h in hits), [h.snippet for h in hits]


def test_plain_words_keep_whooshs_snippets(seeds_index):
    with Reader(seeds_index) as r:
        hits = r.search("talks").hits
        assert hits and all({m.lower()[:4] for m in marked(h)} == {"talk"} for h in hits)


async def test_the_explorer_shows_the_actors_place_in_its_results(seeds_index):
    with Reader(seeds_index) as r:
        actor, _ = quoted_actor(r)
        wanted = {hit.id: hit.snippet for hit in r.search("", actor_id=actor.id, limit=100).hits}
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.screen.set_actor(actor)
        results = app.screen.query_one(ResultList)
        await wait_for(pilot, lambda: results.records and {h.id for h in results.records} == set(wanted))
        for n, hit in enumerate(results.records):
            assert hit.snippet == wanted[hit.id]
            shown = results.get_option_at_index(n).prompt.plain
            assert " ".join(marked(hit)[0].split()) in " ".join(shown.split())
