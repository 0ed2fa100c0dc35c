"""The palette offers "Clear actor filter" at every width (below 100 columns it was missing, with
the pane toggles that only wide terminals have)."""

from __future__ import annotations

import pytest

from dossier.tui.app import DossierApp
from tui_fixtures import settle, wait_for


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_clear_actor_filter_is_offered_at_every_width(seeds_index, size):
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert "Clear actor filter" not in [c.title for c in app.get_system_commands(screen)]
        screen.set_actor(screen.all_actors[0])
        await wait_for(pilot, lambda: screen.actor is not None)
        commands = {c.title: c for c in app.get_system_commands(screen)}
        assert "Clear actor filter" in commands
        assert ("Toggle actors pane" in commands) == (size[0] >= 100)
        commands["Clear actor filter"].callback()
        await wait_for(pilot, lambda: screen.actor is None)
