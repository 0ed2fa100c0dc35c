"""Keys in the search box (issue 11, "Also fix"): the explorer starts with the cursor there, where
`?`, `q` and `/` were typed. The decision: printable keys are characters in a text box (`?` is
Whoosh's one-letter wildcard, `q` begins words), except `/` in the empty box, the key that brought
the user there; `escape` clears the box, then leaves it; `f1`, `tab` and `escape` work in the box,
and the help says which keys work where."""

from __future__ import annotations

from dossier.tui import keys
from dossier.tui.app import DossierApp
from dossier.tui.screens.help import HelpScreen, keys_markdown
from dossier.tui.widgets.lists import ResultList
from dossier.tui.widgets.search import QueryInput
from tui_fixtures import settle, wait_for

CHARS = {"question_mark": "?", "slash": "/"}


async def test_keys_in_the_search_box(seeds_index):
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        box = app.screen.query_one(QueryInput)
        assert app.focused is box  # where the explorer starts
        await pilot.press("slash")
        assert box.value == ""  # `/` in the empty box: not typed
        await pilot.press("u", "s", "slash", "question_mark", "q")
        await wait_for(pilot, lambda: box.value == "us/?q")  # characters after a word
        assert app.is_running and not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")  # help from inside the box
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen))
        assert app.focused is box and box.value == "us/?q"
        await pilot.press("escape")  # clears the box ...
        await wait_for(pilot, lambda: box.value == "")
        assert app.focused is box
        await pilot.press("escape")  # ... then leaves it
        await wait_for(pilot, lambda: isinstance(app.focused, ResultList))
        await pilot.press("question_mark")  # outside the box, `?` is help again
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen))
        await pilot.press("slash", "slash")  # to the box; the second `/` is not typed
        await wait_for(pilot, lambda: app.focused is box)
        await settle(pilot)
        assert box.value == ""
        await pilot.press("tab")  # tab leaves the box too
        await wait_for(pilot, lambda: app.focused is not box)
        await settle(pilot)


async def test_the_help_groups_keys_by_where_they_work(seeds_index):
    """Each key the help lists under "in a text box too" does its work from the search box (is
    not typed); each printable key listed under "outside a text box" is typed there."""
    (inside_title, inside), (outside_title, outside) = keys.GROUPS[:2]
    text = keys_markdown()
    assert f"**{inside_title}**" in text and f"**{outside_title}**" in text
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        box = app.screen.query_one(QueryInput)
        for binding in inside:
            for key in binding.key.split(","):
                app.screen.focus_pane("search")
                box.value = "x"
                box.cursor_position = 1
                await wait_for(pilot, lambda: app.focused is box)
                await pilot.press(key)
                await wait_for(
                    pilot, lambda: isinstance(app.screen, HelpScreen) or app.focused is not box or box.value != "x"
                )
                assert box.value in ("x", ""), (key, box.value)  # not typed
                if isinstance(app.screen, HelpScreen):
                    await pilot.press("escape")
                    await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen))
                await settle(pilot)
        for binding in outside:
            for key in binding.key.split(","):
                char = CHARS.get(key, key)
                if len(char) != 1:
                    continue
                app.screen.focus_pane("search")
                box.value = "x"
                box.cursor_position = 1
                await wait_for(pilot, lambda: app.focused is box)
                await pilot.press(key)
                await wait_for(pilot, lambda: box.value == "x" + char)
                assert app.is_running and not isinstance(app.screen, HelpScreen)
        await settle(pilot)
