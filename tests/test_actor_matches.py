"""With `actor:`/`speaker:` queries or an actor filter, the article's matches are the actor's
mentions and quotes, so that the source pane marks them and n/N step through them (issue 11,
item 4)."""

from __future__ import annotations

from dossier.index.read import Reader
from dossier.tui.app import DossierApp
from dossier.tui.widgets.source import SourceView
from tui_fixtures import settle, wait_for


def quoted_actor(reader: Reader):
    """An actor quoted in an article where it is also mentioned, with that article's view."""
    for aid in reader.article_ids():
        view = reader.article(aid)
        for q in view.quotes:
            if q.speaker_id and any(m.actor == q.speaker_id for m in view.mentions):
                return reader.actor(q.speaker_id), view
    raise AssertionError("the seeds quote someone they also name")


def test_actor_and_speaker_words_match_mentions_and_quotes(seeds_index):
    with Reader(seeds_index) as r:
        actor, view = quoted_actor(r)
        word = actor.name.split()[-1].lower()
        mentions = sorted((m.start, m.end) for m in view.mentions if m.actor == actor.id)
        quotes = sorted((q.start, q.end) for q in view.quotes if q.speaker_id == actor.id)
        assert r.match_ranges(view.article.id, f"actor:{word}") == mentions
        assert r.match_ranges(view.article.id, f"speaker:{word}") == quotes
        both = r.match_ranges(view.article.id, "", actor.id)
        assert both == sorted(set(mentions) | set(quotes))
        # plain words still match words, and the filter adds the actor's places
        plain = r.match_ranges(view.article.id, "said")
        assert plain and all(view.article.text[a:b].lower().startswith("said") for a, b in plain)
        assert r.match_ranges(view.article.id, "said", actor.id) == sorted(set(plain) | set(both))


async def test_with_an_actor_filter_n_steps_through_its_mentions_and_quotes(seeds_index):
    with Reader(seeds_index) as r:
        actor, view = quoted_actor(r)
        expected = r.match_ranges(view.article.id, "", actor.id)
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.set_actor(actor)
        await settle(pilot)
        screen.open_article(view.article.id, "")
        source = screen.query_one(SourceView)
        await wait_for(pilot, lambda: source.shown.article_id == view.article.id)
        assert source.shown.matches == expected
        seen = []
        for _ in range(len(expected)):
            await pilot.press("n")
            await wait_for(pilot, lambda: source.current is not None and source.current not in seen[-1:])
            seen.append(source.current)
        assert sorted(seen) == list(range(len(expected)))
