"""The terminal: the explorer resized from 120x40 down to 20x6 (and smaller) and back, in every
state, and bad queries typed into it: no exception, and it keeps answering."""
from __future__ import annotations

import pytest

from rel_helpers import count, index_opened, screen_text, search_for

pytestmark = pytest.mark.reliability

SIZES = [(80, 24), (20, 6), (1, 1), (20, 6), (200, 60), (120, 40)]
BAD_QUERIES = ['"unclosed', "(a OR", "nosuchfield:x", "[@click=app.quit]", "\\", "*", "a TO", "date:[", "~~~"]


async def _resize_through(pilot, app, state: str) -> None:
    for w, h in SIZES:
        await pilot.resize_terminal(w, h)
        await pilot.pause(0.05)
        assert app.is_running, (state, w, h)
        screen_text(app)  # renders at this size
        count("faults injected: terminal resizes")
    assert app.size == (120, 40)


async def test_resize_in_every_state(seeds_index):
    from dossier.tui.app import DossierApp

    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await index_opened(pilot, app)
        await _resize_through(pilot, app, "start")
        found = await search_for(pilot, app, "peace talks")
        assert 0 < len(found) < len(app.reader.article_ids())
        await _resize_through(pilot, app, "results")
        await pilot.press("enter")  # open the first result
        await pilot.pause(0.6)
        await _resize_through(pilot, app, "source")
        await pilot.press("n", "n", "tab")
        await pilot.press("question_mark")  # the help screen
        await pilot.pause(0.3)
        await _resize_through(pilot, app, "help")
        await pilot.press("escape")
        await pilot.press("ctrl+p")  # the command palette
        await pilot.pause(0.3)
        await _resize_through(pilot, app, "palette")
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert await search_for(pilot, app, "peace talks") == found  # still answering, the same
        assert "peace" in screen_text(app).lower()


async def test_bad_queries_typed_into_the_explorer(seeds_index):
    from dossier.tui.app import DossierApp

    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await index_opened(pilot, app)
        for q in BAD_QUERIES:
            await pilot.press("slash", "ctrl+a", "ctrl+k", *q)
            await pilot.pause(0.3)
            assert app.is_running, q
            count("faults injected: bad queries typed into the explorer")
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"Ushakov", "enter")
        await pilot.pause(0.6)
        assert app.is_running and "Ushakov" in screen_text(app)
