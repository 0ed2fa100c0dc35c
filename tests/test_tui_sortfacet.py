"""Issue 11, item 5, in the explorer: `s` sorts the results by date or score (the title says
which), the palette narrows them to a source of the search and back to all, the pages of a
sorted view load as the user scrolls, and the actors pane shows the highlighted actor's timeline
when the articles have dates. Real index, real app under Pilot; each step waits on state."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette

from dossier.index.read import Reader
from dossier.tui import session as sessions
from dossier.tui.app import DossierApp
from dossier.tui.panes.actors import ActorsPane
from dossier.tui.panes.results import ResultsPane
from dossier.tui.widgets.lists import ActorList, ResultList
from sortfacet_fixtures import dated_index  # noqa: F401
from tui_fixtures import settle, wait_for

SIZES = [(80, 24), (120, 36)]


def ids(rows) -> list[str]:
    return [h.id for h in rows.records]


def palette_text(app) -> str:
    from textual.command import CommandList

    found = app.screen.query(CommandList)
    if not found:
        return ""
    options = found.first()
    return "\n".join(str(options.get_option_at_index(i).prompt) for i in range(options.option_count))


async def palette_run(pilot, app, typed: str, title: str) -> None:
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*typed)
    await wait_for(pilot, lambda: palette_text(app).split("\n")[0].startswith(title))
    await pilot.press("enter")
    await wait_for(pilot, lambda: not isinstance(app.screen, CommandPalette))


async def searched(pilot, app, query: str) -> tuple[ResultsPane, ResultList]:
    await settle(pilot)
    await pilot.press(*query)
    pane = app.main.query_one(ResultsPane)
    rows = pane.rows
    await wait_for(pilot, lambda: rows.context.get("query") == query and pane.facets is not None)
    await pilot.press("enter")  # to the results
    await wait_for(pilot, lambda: app.focused is rows)
    return pane, rows


@pytest.mark.parametrize("size", SIZES)
async def test_s_sorts_the_results_by_date_and_back(dated_index, size):
    with Reader(dated_index) as r:
        by_score = [h.id for h in r.search("peace", limit=None).hits]
        by_date = [h.id for h in r.search("peace", limit=None, sort="date").hits]
    assert by_score != by_date
    app = DossierApp(dated_index, None)
    async with app.run_test(size=size) as pilot:
        pane, rows = await searched(pilot, app, "peace")
        assert ids(rows) == by_score and "by date" not in str(pane.border_title)
        await pilot.press("s")
        await wait_for(pilot, lambda: ids(rows) == by_date)
        assert pane.sort == "date" and str(pane.border_title) == "Results (7) · by date"
        assert rows.records[-1].date is None  # undated last
        await pilot.press("s")
        await wait_for(pilot, lambda: ids(rows) == by_score)
        assert pane.sort == "score" and str(pane.border_title) == "Results (7)"


@pytest.mark.parametrize("size", SIZES)
async def test_the_palette_narrows_to_a_source_and_back(dated_index, size):
    with Reader(dated_index) as r:
        everyone = [h.id for h in r.search("peace", limit=None).hits]
        daily = [h.id for h in r.search("peace", limit=None, sources=["Daily Example"]).hits]
        wire_dated = [h.id for h in r.search("peace", limit=None, sources=["Example Wire"], sort="date").hits]
    app = DossierApp(dated_index, None)
    async with app.run_test(size=size) as pilot:
        pane, rows = await searched(pilot, app, "peace")
        # One command per source of the search, with its count.
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"only source")
        await wait_for(pilot, lambda: palette_text(app).count("Only source:") == 3)
        assert "All sources" not in palette_text(app)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, CommandPalette))

        await palette_run(pilot, app, "only source daily", "Only source: Daily Example")
        await wait_for(pilot, lambda: ids(rows) == daily)
        assert str(pane.border_title) == "Results (2 of 7) · Daily Example"
        await palette_run(pilot, app, "only source example wire", "Only source: Example Wire")
        await pilot.press("s")  # narrowed and sorted together
        await wait_for(pilot, lambda: ids(rows) == wire_dated)
        assert str(pane.border_title) == "Results (3 of 7) · Example Wire · by date"
        await palette_run(pilot, app, "all sources", "All sources")
        await palette_run(pilot, app, "sort results by score", "Sort results by score")
        await wait_for(pilot, lambda: ids(rows) == everyone)
        assert str(pane.border_title) == "Results (7)"


async def test_a_sorted_view_loads_its_next_pages(dated_index, monkeypatch):
    monkeypatch.setattr(sessions, "RESULT_LIMIT", 2)  # pages of two: the seven articles take four
    with Reader(dated_index) as r:
        by_date = [h.id for h in r.search("peace", limit=None, sort="date").hits]
    app = DossierApp(dated_index, None)
    async with app.run_test(size=(80, 24)) as pilot:
        pane, rows = await searched(pilot, app, "peace")
        await pilot.press("s")
        await wait_for(pilot, lambda: pane.shown_total == 7 and ids(rows) == by_date[:2])
        for _ in range(len(by_date)):
            await pilot.press("down")
            await wait_for(pilot, lambda: len(rows.records) == 7 or not rows._asked)
        await wait_for(pilot, lambda: ids(rows) == by_date)


async def test_the_actors_pane_shows_the_highlighted_actors_timeline(dated_index):
    with Reader(dated_index) as r:
        actors = r.actors()
        timelines = {a.id: r.timeline(a.id) for a in actors[:2]}
    app = DossierApp(dated_index, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.main.focus_pane("actors")
        pane = app.main.query_one(ActorsPane)
        rows = pane.query_one(ActorList)
        box = pane.query_one("#timeline")
        chart = pane.query_one("#timeline-chart")
        for step, actor in enumerate(actors[:2]):
            if step:
                await pilot.press("down")
            want = timelines[actor.id]
            # Shown, laid out, on screen at 80x24:
            await wait_for(pilot, lambda: rows.current is not None and pane.timeline == want and box.region.height >= 4)
            assert rows.current.id == actor.id
            assert list(chart.data) == [p.mentions for p in want.periods]
            label = str(pane.query_one("#timeline-label").render())
            assert label.splitlines()[:1] == [f"{want.first} – {want.last}"] and "per month: " in label
            assert box.has_class("-dated") and box.region.bottom <= pane.region.bottom


async def test_no_timeline_without_dates(seeds_index):
    app = DossierApp(seeds_index, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.main.focus_pane("actors")
        pane = app.main.query_one(ActorsPane)
        await wait_for(pilot, lambda: pane._dated is False)
        assert pane.timeline is None or not pane.timeline.periods
        assert not pane.query_one("#timeline").has_class("-dated")
        assert pane.query_one("#timeline").region.height == 0
