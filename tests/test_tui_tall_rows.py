"""`pagedown`/`pageup` leave a row taller than the list's view (a long quote in a short pane):
Textual's page lands on the same row, and the cursor stuck there (bench/scroll_bench.py found it
at row 493 of the BBC's quotes)."""

from __future__ import annotations

from textual.app import App, ComposeResult

from dossier.index.records import Quote
from dossier.tui.widgets.lists import QuoteList
from tui_fixtures import wait_for

LONG = " ".join(["The talks went on through the night and no one would say what was agreed."] * 12)


class OneList(App):
    CSS = "QuoteList { height: 6; }"

    def compose(self) -> ComposeResult:
        yield QuoteList()


def quote(n: int, text: str) -> Quote:
    return Quote(f"a{n}#q1", f"a{n}", text, 0, len(text), "Ann Lee", "person:ann-lee", "she said", "full", None)


async def test_pagedown_and_pageup_leave_a_tall_row():
    app = OneList()
    async with app.run_test(size=(60, 12)) as pilot:
        rows = app.query_one(QuoteList)
        rows.set_records([quote(0, "Short."), quote(1, LONG), quote(2, LONG), quote(3, "Short too.")])
        rows.focus()
        await wait_for(pilot, lambda: rows.option_count == 4 and app.focused is rows)
        seen = [rows.highlighted]
        for _ in range(3):
            await pilot.press("pagedown")
            await wait_for(pilot, lambda: rows.highlighted != seen[-1])
            seen.append(rows.highlighted)
        assert seen == [0, 1, 2, 3]
        for _ in range(3):
            await pilot.press("pageup")
            await wait_for(pilot, lambda: rows.highlighted != seen[-1])
            seen.append(rows.highlighted)
        assert seen[-1] == 0
