"""The terminal: the explorer resized from 120x40 down to 20x6 (and smaller) and back, in every
state, and bad queries typed into it: no exception, and it keeps answering, with the answers the
index gives (result ids and "Query error" lines, never the typed words echoed in the box)."""

from __future__ import annotations

import pytest

from dossier.index.read import Reader

from rel_helpers import answer_to, count, expected_answer, index_opened, screen_text, search_for, wait_until

pytestmark = pytest.mark.reliability

SIZES = [(80, 24), (20, 6), (1, 1), (20, 6), (200, 60), (120, 40)]
BAD_QUERIES = ['"unclosed', "(a OR", "nosuchfield:x", "[@click=app.quit]", "\\", "*", "a TO", "date:[", "~~~"]


async def _resize_through(pilot, app, state: str) -> None:
    for w, h in SIZES:
        await pilot.resize_terminal(w, h)
        await wait_until(pilot, app, lambda: app.screen.size == (w, h), f"the screen at {w}x{h} ({state})")
        assert app.is_running, (state, w, h)
        screen_text(app)  # renders at this size
        count("faults injected: terminal resizes")
    assert app.size == (120, 40)


async def test_resize_in_every_state(seeds_index):
    from textual.command import CommandPalette

    from dossier.tui.app import DossierApp
    from dossier.tui.screens.help import HelpScreen
    from dossier.tui.screens.main import MainScreen
    from dossier.tui.widgets.lists import ResultList
    from dossier.tui.widgets.source import SourceView

    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await index_opened(pilot, app)
        main = app.screen
        await _resize_through(pilot, app, "start")
        found = await search_for(pilot, app, "peace talks")
        with Reader(seeds_index) as reader:
            assert found == expected_answer(reader, "peace talks")[1]
        assert 0 < len(found) < len(app.reader.article_ids())
        await _resize_through(pilot, app, "results")
        await pilot.press("enter")  # open the first result
        source = main.query_one(SourceView)
        await wait_until(
            pilot,
            app,
            lambda: source.shown.article_id == found[0] and app.focused is source,
            "the first result open in the source pane",
        )
        await _resize_through(pilot, app, "source")
        await pilot.press("n", "n", "tab")  # from the source to the search box, where "?" is typed: F1
        await pilot.press("f1")  # the help screen
        await wait_until(pilot, app, lambda: isinstance(app.screen, HelpScreen), "the help screen")
        await _resize_through(pilot, app, "help")
        await pilot.press("escape")
        await wait_until(pilot, app, lambda: app.screen is main, "the help screen closed")
        await pilot.press("ctrl+p")  # the command palette
        await wait_until(pilot, app, lambda: isinstance(app.screen, CommandPalette), "the command palette")
        await _resize_through(pilot, app, "palette")
        await pilot.press("escape")
        await wait_until(pilot, app, lambda: isinstance(app.screen, MainScreen), "the command palette closed")
        assert await search_for(pilot, app, "peace talks") == found  # still answering, the same
        first = main.query_one(ResultList).records[0]
        assert (first.title or first.id)[:24] in screen_text(app)  # its title on screen (cut to fit)


async def test_bad_queries_typed_into_the_explorer(seeds_index):
    from dossier.tui.app import DossierApp

    app = DossierApp(seeds_index, None, check_stale=False)
    with Reader(seeds_index) as reader:
        async with app.run_test(size=(100, 30)) as pilot:
            await index_opened(pilot, app)
            kinds = set()
            for q in BAD_QUERIES:
                kind, _ = await answer_to(pilot, app, q, reader)  # the index's own answer, on screen
                kinds.add(kind)
                assert app.is_running, q
                count("faults injected: bad queries typed into the explorer")
            assert kinds == {"hits", "error"}  # both kinds of answer were seen
            kind, ids = await answer_to(pilot, app, "Ushakov", reader)
            assert kind == "hits" and 0 < len(ids) < len(reader.article_ids())
            assert app.is_running
