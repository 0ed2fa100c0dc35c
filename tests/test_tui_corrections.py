"""Correcting an actor from the explorer's command palette (issue 10, item 4): the correction is
recorded in the corrections file, the index is rebuilt in the background, and the lists show the
change. The real app under Pilot on a real seeds index; every wait is on the state expected."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input, OptionList

from dossier.index.entities.corrections import load_corrections
from dossier.tui.app import DossierApp
from dossier.tui.screens.correct import AskName, ChooseActor
from dossier.tui.widgets.lists import ActorList
from tui_fixtures import settle, wait_for


def _actors(app) -> list:
    return app.main.query_one("ActorsPane").actors


async def _select(pilot, app, actor_id: str) -> None:
    """Highlight the actor in the actors list (as the arrow keys would)."""
    await wait_for(pilot, lambda: any(a.id == actor_id for a in app.main.query_one(ActorList).records))
    rows = app.main.query_one(ActorList)
    app.main.focus_pane("actors")
    rows.highlighted = next(i for i, a in enumerate(rows.records) if a.id == actor_id)
    await pilot.pause()


async def _palette(pilot, app, words: str) -> None:
    """Open the palette, type words, wait for a command holding them, run the highlighted one."""
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*words)
    palette = app.screen

    def offered() -> bool:
        options = palette.query_one(OptionList)
        if options.highlighted is None or not options.option_count:
            return False
        prompt = str(options.get_option_at_index(options.highlighted).prompt)
        return words.lower() in prompt.lower()

    await wait_for(pilot, offered)
    await pilot.press("enter")


async def _rebuilt(pilot, app, condition) -> None:
    await wait_for(pilot, lambda: not app.session.building and condition(), timeout=120)
    await settle(pilot)


async def test_set_type_rename_and_merge_from_the_palette(seeds_built):
    corpus, index_dir = seeds_built
    app = DossierApp(index_dir, corpus, check_stale=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        actors = {a.id: a for a in _actors(app)}
        place = next(a for a in _actors(app) if a.type == "place" and a.mentions >= 2)
        other = next(a for a in _actors(app) if a.type == "place" and a.id != place.id and a.mentions >= 2)

        # set type: one palette command; the id's prefix follows
        await _select(pilot, app, place.id)
        await _palette(pilot, app, "set type to event")
        moved = "event:" + place.id.split(":", 1)[1]
        await _rebuilt(pilot, app, lambda: any(a.id == moved and a.type == "event" for a in _actors(app)))
        assert place.id not in {a.id for a in _actors(app)}

        # rename: a dialog asks the name
        await _select(pilot, app, moved)
        await _palette(pilot, app, "rename")
        await wait_for(pilot, lambda: isinstance(app.screen, AskName))
        app.screen.query_one(Input).value = ""
        await pilot.press(*"Somewhere Else")
        await pilot.press("enter")
        await _rebuilt(pilot, app, lambda: any(a.id == moved and a.name == "Somewhere Else" for a in _actors(app)))

        # merge: a dialog finds the other actor by part of its name
        await _select(pilot, app, moved)
        await _palette(pilot, app, "merge with")
        await wait_for(pilot, lambda: isinstance(app.screen, ChooseActor))
        await pilot.press(*other.name.split()[0])
        await wait_for(pilot, lambda: app.screen.shown and app.screen.shown[0].id == other.id)
        await pilot.press("enter", "enter")  # to the list, then choose the first
        await _rebuilt(pilot, app, lambda: other.id not in {a.id for a in _actors(app)})
        merged = next(a for a in _actors(app) if a.id == moved)
        assert merged.mentions == actors[place.id].mentions + other.mentions

    recorded = load_corrections(Path(index_dir) / "corrections.toml").items
    assert [c.action for c in recorded] == ["set-type", "rename", "merge"]


async def test_escape_cancels_a_correction(seeds_built):
    corpus, index_dir = seeds_built
    app = DossierApp(index_dir, corpus, check_stale=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        first = _actors(app)[0]
        await _select(pilot, app, first.id)
        await _palette(pilot, app, "rename")
        await wait_for(pilot, lambda: isinstance(app.screen, AskName))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, AskName))
        await settle(pilot)
        assert not app.session.building
        assert not (Path(index_dir) / "corrections.toml").exists()
