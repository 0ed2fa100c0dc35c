"""The actor-name filter: `down` or one `enter` go to the (filtered) list."""

from __future__ import annotations

import pytest

from dossier.tui.app import DossierApp
from dossier.tui.widgets.lists import ActorList
from tui_fixtures import settle, wait_for


@pytest.mark.parametrize("key", ["down", "enter"])
async def test_down_or_one_enter_leave_the_filter_for_the_list(seeds_index, key):
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen.focus_pane("actors")
        rows = screen.query_one(ActorList)
        await wait_for(pilot, lambda: app.focused is rows and rows.records)
        await pilot.press("f")
        box = screen.query_one("#actor-filter")
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.press(*"ushak")
        await wait_for(pilot, lambda: rows.records and all("Ushak" in a.name for a in rows.records))
        await pilot.press(key)
        await wait_for(pilot, lambda: app.focused is rows)
        assert box.value == "ushak"
