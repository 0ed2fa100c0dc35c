"""enter in the search box takes the "did you mean" only for the words the box holds.

Under load the answer on screen can be for the first letters typed: "Us" gets "did you mean
'u.s.'?" while the box already holds "Ushakov" (the debounce has not fired). enter then took
the old suggestion and replaced the query (seen as a failure of test_concurrent_use under load).
"""

from __future__ import annotations

from textual.widgets import Input

from dossier.tui.app import DossierApp
from dossier.tui.widgets.lists import ResultList
from tui_fixtures import settle, wait_for


async def test_enter_never_takes_a_suggestion_for_older_words(seeds_index):
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        box = screen.query_one("#query", Input)
        results = screen.query_one(ResultList)
        await pilot.press(*"ushakovv")
        # The answer to the misspelt words: no match, and a suggestion.
        await wait_for(pilot, lambda: screen.suggestion is not None and screen.suggested_for == "ushakovv")
        assert not results.records
        suggestion = screen.suggestion
        # More words typed, enter at once (before the debounce fires): the box keeps the words, they
        # are searched, and the results are theirs.
        await pilot.press(*" kremlin", "enter")
        assert box.value == "ushakovv kremlin" != suggestion
        await wait_for(pilot, lambda: results.context.get("query") == "ushakovv kremlin")
        assert box.value == "ushakovv kremlin"


async def test_enter_takes_the_suggestion_for_the_words_in_the_box(seeds_index):
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        box = screen.query_one("#query", Input)
        results = screen.query_one(ResultList)
        await pilot.press(*"ushakovv")
        await wait_for(pilot, lambda: screen.suggestion is not None and screen.suggested_for == "ushakovv")
        suggestion = screen.suggestion
        await pilot.press("enter")
        await wait_for(pilot, lambda: results.context.get("query") == suggestion and results.records)
        assert box.value == suggestion
