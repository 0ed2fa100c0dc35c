"""The explorer's searches run in a process of their own (index/search_process.py), so that a long
one cannot hold the GIL the keys need; when that process is lost, searching goes on in a thread."""

from __future__ import annotations

import os
import signal
import time

from textual.widgets import Input

from dossier.tui.app import DossierApp
from dossier.tui.widgets.lists import ResultList
from tui_fixtures import settle


def spy_local_searches(app) -> list[str]:
    """The queries the explorer's own Reader searched (in this process)."""
    calls: list[str] = []
    original = app.reader.search

    def spy(query, *args, **kw):
        calls.append(query)
        return original(query, *args, **kw)

    app.reader.search = spy
    return calls


async def type_query(pilot, query: str) -> None:
    pilot.app.screen.query_one("#query", Input).value = ""
    await pilot.press(*query)
    await settle(pilot)


def titles(app) -> list[str]:
    return [hit.title for hit in app.screen.query_one(ResultList).records]


async def test_searches_run_in_the_search_process(seeds_index):
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        process = app.search_process
        assert process is not None and process.pid not in (None, os.getpid())
        local = spy_local_searches(app)
        await type_query(pilot, "ushakov")
        found = titles(app)
        assert found and len(found) < 5  # the search narrowed the five articles
        assert local == []  # answered by the other process
        await type_query(pilot, '"peace')  # a bad query: its error crosses the pipe
        assert "Query error" in str(app.screen.query_one("#message").render())
        assert local == []


async def test_a_lost_search_process_leaves_searching_in_a_thread(seeds_index):
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await type_query(pilot, "ushakov")
        expected = titles(app)
        pid = app.search_process.pid
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while app.search_process.alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        local = spy_local_searches(app)
        await type_query(pilot, "kremlin")
        await type_query(pilot, "ushakov")
        assert app.search_process is None
        # searched here now (under load the debounce may also fire for a prefix typed on the way)
        assert "kremlin" in local and local[-1] == "ushakov"
        assert titles(app) == expected
        assert "could not answer" not in str(app.screen.query_one("#message").render())
