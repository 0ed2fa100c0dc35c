"""What README.md promises of the explorer, under Pilot on real indexes: shift+tab, pageup and
pagedown, g and G, escape clearing the search, 16 colours, and a changed corpus noticed and
indexed on opening. Each test waits on the screen's state (the focused pane, the highlighted row,
the scroll offset, the results shown, the query box) and asserts on it, never on a pause."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from textual.widgets import Input

from ansi import colours, word_styles
from dossier.index.read import Reader
from dossier.tui.app import DossierApp
from dossier.tui.widgets.lists import ActorList, QuoteList, ResultList
from dossier.tui.widgets.source import SourceView
from tui_fixtures import wait_for

ROOT = Path(__file__).resolve().parent.parent


async def until(pilot, what: str, condition, timeout: float = 60) -> None:
    """wait_for, naming what is awaited when it fails."""
    condition.__name__ = what
    await wait_for(pilot, condition, timeout=timeout)


def message(app) -> str:
    return str(app.screen.query_one("#message").render())


def screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def opened(pilot, app, articles: int = 5) -> None:
    """The index open and every article listed (the answer to the empty query)."""
    results = app.screen.query_one(ResultList)
    await until(
        pilot,
        f"the index open and its {articles} articles listed",
        lambda: results.context.get("query") == "" and len(results.records) == articles,
        timeout=120,
    )


async def typed(pilot, app, query: str) -> ResultList:
    """Type query into the search box (focused with /) and wait for its results."""
    await pilot.press("slash")
    box = app.screen.query_one("#query", Input)
    await until(pilot, "the search box focused", lambda: app.focused is box)
    await pilot.press("ctrl+a", "ctrl+k", *query)
    results = app.screen.query_one(ResultList)
    await until(pilot, f"the results of {query!r}", lambda: results.context.get("query") == query)
    return results


def focused_id(app) -> str | None:
    return getattr(app.focused, "id", None)


async def press_and_focus(pilot, app, key: str, widget_id: str) -> None:
    await pilot.press(key)
    await until(pilot, f"{key} to focus #{widget_id}", lambda: focused_id(app) == widget_id, timeout=30)


# --- tab and shift+tab ---------------------------------------------------------------------------


async def test_shift_tab_goes_through_the_panes_backwards(seeds_index):
    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await opened(pilot, app)
        assert focused_id(app) == "query"
        forward = ["result-list", "actor-list", "quote-list", "query"]  # no article open: no source pane
        for widget_id in forward:
            await press_and_focus(pilot, app, "tab", widget_id)
        for widget_id in ["quote-list", "actor-list", "result-list", "query", "quote-list"]:
            await press_and_focus(pilot, app, "shift+tab", widget_id)
        # With an article open the source pane joins the round: just before the search box.
        await press_and_focus(pilot, app, "shift+tab", "actor-list")
        await press_and_focus(pilot, app, "shift+tab", "result-list")
        await pilot.press("enter")
        source = app.screen.query_one(SourceView)
        await until(pilot, "the article open", lambda: source.has_article and app.focused is source)
        await press_and_focus(pilot, app, "shift+tab", "quote-list")
        await press_and_focus(pilot, app, "tab", "source-view")
        await press_and_focus(pilot, app, "tab", "query")
        await press_and_focus(pilot, app, "shift+tab", "source-view")


# --- pageup, pagedown, g and G -------------------------------------------------------------------


async def test_page_keys_and_g_G_in_a_list(seeds_index):
    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await opened(pilot, app)
        actors = app.screen.query_one(ActorList)
        await until(pilot, "the actors listed", lambda: len(actors.records) > 30)
        await press_and_focus(pilot, app, "tab", "result-list")
        await press_and_focus(pilot, app, "tab", "actor-list")
        assert actors.highlighted == 0
        last = len(actors.records) - 1

        await pilot.press("pagedown")
        await until(pilot, "pagedown: a page down, not a row", lambda: (actors.highlighted or 0) > 1)
        page = actors.highlighted
        await pilot.press("pagedown")
        await until(pilot, "pagedown: a second page", lambda: actors.highlighted > page)
        second = actors.highlighted
        assert page < second <= last
        await pilot.press("pageup")
        await until(pilot, "pageup: a page up", lambda: actors.highlighted < second)
        assert actors.highlighted <= page
        await pilot.press("G")
        await until(pilot, "G: the last actor", lambda: actors.highlighted == last)
        assert actors.scroll_y == actors.max_scroll_y > 0  # the last row is in view
        await pilot.press("g")
        await until(pilot, "g: the first actor", lambda: actors.highlighted == 0)
        assert actors.scroll_y == 0
        await pilot.press("j", "j", "k")
        await until(pilot, "j, j, k: the second actor", lambda: actors.highlighted == 1)


async def test_page_keys_and_g_G_in_the_article(seeds_index):
    with Reader(seeds_index) as reader:  # the longest article: it takes several pages
        longest = max(reader.article_ids(), key=lambda aid: len(reader.article(aid).article.text))
    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await opened(pilot, app)
        results = app.screen.query_one(ResultList)
        row = [h.id for h in results.records].index(longest)
        await press_and_focus(pilot, app, "tab", "result-list")
        for _ in range(row):
            await pilot.press("down")
        await until(pilot, "the longest article's row", lambda: results.highlighted == row)
        await pilot.press("enter")
        source = app.screen.query_one(SourceView)
        await until(
            pilot, "the longest article open", lambda: source.shown.article_id == longest and app.focused is source
        )
        height = source.scrollable_content_region.height
        assert source.max_scroll_y > 2 * height  # more than two pages
        assert source.scroll_y == 0  # (no query: opened at its top)

        await pilot.press("pagedown")
        await until(pilot, "pagedown: a page down", lambda: source.scroll_y >= height - 1)
        first = source.scroll_y
        assert first <= height  # one page, not more
        await pilot.press("pagedown")
        await until(pilot, "pagedown: a second page", lambda: source.scroll_y >= 2 * first)
        await pilot.press("pageup")
        await until(pilot, "pageup: back a page", lambda: source.scroll_y == first)
        await pilot.press("G")
        await until(pilot, "G: the article's end", lambda: source.scroll_y == source.max_scroll_y)
        await pilot.press("g")
        await until(pilot, "g: the article's top", lambda: source.scroll_y == 0)


# --- escape --------------------------------------------------------------------------------------


async def test_escape_in_the_search_box_clears_the_search(seeds_index):
    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await opened(pilot, app)
        results = await typed(pilot, app, "Ushakov")
        with Reader(seeds_index) as reader:
            assert [h.id for h in results.records] == [h.id for h in reader.search("Ushakov", limit=100).hits]
            assert 0 < len(results.records) < len(reader.article_ids())
        quotes = app.screen.query_one(QuoteList)
        narrowed = len(quotes.records)
        box = app.screen.query_one("#query", Input)
        assert app.focused is box and box.value == "Ushakov"

        await pilot.press("escape")
        await until(
            pilot,
            "escape: every article listed again",
            lambda: results.context.get("query") == "" and len(results.records) == 5,
        )
        assert box.value == ""
        assert "5 articles indexed" in message(app)
        assert len(quotes.records) > narrowed  # the quotes follow: every quote again
        assert app.focused is box


# --- 16 colours ----------------------------------------------------------------------------------


def _ansi_screen(app, widget=None) -> str:
    """The screen (or a widget's part of it) as the terminal would receive it: each line with its
    escapes, in the console's colours."""
    strips = app.screen._compositor.render_strips()
    if widget is not None:
        region = widget.region
        strips = [strip.crop(region.x, region.right) for strip in strips[region.y : region.bottom]]
    return "\n".join(strip.render(app.console) for strip in strips)


async def test_16_colours(seeds_index, monkeypatch):
    """In a 16-colour terminal (TERM=xterm-16color, no COLORTERM) the explorer draws with those 16
    colours only, more than black and white among them, shows the answer, and the matched words
    stand out from the snippet around them."""
    for name in ("COLORTERM", "NO_COLOR", "FORCE_COLOR", "TEXTUAL_COLOR_SYSTEM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-16color")
    app = DossierApp(seeds_index, None, check_stale=False)
    assert app.console.color_system == "standard"  # what Textual makes of this terminal
    async with app.run_test(size=(100, 30)) as pilot:
        await opened(pilot, app)
        results = await typed(pilot, app, "Ushakov")
        with Reader(seeds_index) as reader:
            total = reader.search("Ushakov").total
        assert len(results.records) == total and message(app).startswith(f"{total} articles")
        screen = _ansi_screen(app)
        drawn = colours(screen)
        assert drawn and all(c.is_16 for c in drawn), sorted({c for c in drawn if not c.is_16}, key=str)[:5]
        assert any(not c.is_grey for c in drawn)
        matches = word_styles(_ansi_screen(app, results), "Ushakov")  # in the results' snippets
        assert matches and all(style not in others for style, others in matches), matches[:2]


# --- a changed corpus, noticed on opening --------------------------------------------------------


async def test_a_changed_corpus_is_noticed_and_indexed(seeds_index, seeds_copy, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(seeds_index, index)  # its annotations cache: the builds below analyse little
    build = [
        sys.executable,
        "-m",
        "dossier.tui.cli",
        "index",
        "build",
        "--corpus",
        str(seeds_copy),
        "--index",
        str(index),
        "--quiet",
    ]
    done = subprocess.run(build, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    (seeds_copy / "marmalade.txt").write_text(
        "Marmalade talks\n\nMinister Anna Example said the marmalade summit in Geneva would go on.\n", encoding="utf-8"
    )

    app = DossierApp(index, seeds_copy)  # check_stale: as `dossier` opens it
    async with app.run_test(size=(120, 36)) as pilot:
        await until(
            pilot,
            "the update announced",
            lambda: "The corpus changed: updating the index" in screen_text(app),
            timeout=120,
        )
        await opened(pilot, app, articles=6)  # reopened on the new build, without a restart
        assert not app.building and app.open_error is None
        results = await typed(pilot, app, "marmalade")
        assert [h.id for h in results.records] == ["marmalade"]
    status = subprocess.run(
        [
            sys.executable,
            "-m",
            "dossier.tui.cli",
            "index",
            "status",
            "--json",
            "--corpus",
            str(seeds_copy),
            "--index",
            str(index),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert json.loads(status.stdout)["stale"] is False


async def test_an_upgrade_is_not_called_a_change_of_the_corpus(seeds_index, tmp_path, upgraded):
    """Opened after an upgrade whose extraction rules changed (the seeds themselves unchanged), the
    explorer updates the index and says why: an upgrade, not "The corpus changed". The build it
    starts holds until the test has read the build bar, then reports success."""
    index = tmp_path / "index"
    shutil.copytree(seeds_index, index)
    release = tmp_path / "release"
    finished = json.dumps({"finished": True, "articles": 5, "quotes": 0, "actors": 0, "seconds": 0.1})
    script = (
        "import os, sys, time\n"
        f"while not os.path.exists({str(release)!r}): time.sleep(0.05)\n"
        f"print({finished!r}, file=sys.stderr)\n"
    )
    app = DossierApp(index, ROOT / "seeds", build_command=[sys.executable, "-c", script])
    async with app.run_test(size=(120, 36)) as pilot:
        await opened(pilot, app)
        await until(pilot, "the update announced", lambda: "updating the index" in screen_text(app), timeout=120)
        said = screen_text(app)  # the build bar says it while the build runs
        release.touch()
        await until(pilot, "the update over", lambda: app.build_report and not app.building, timeout=120)
    assert "An upgrade changed dossier's extraction rules: updating the index" in said, said
    assert "corpus changed" not in said


async def test_an_unchanged_corpus_is_not_rebuilt(seeds_index):
    """The control of the test above: opening an index that is up to date starts no build."""
    app = DossierApp(seeds_index, ROOT / "seeds")
    async with app.run_test(size=(120, 36)) as pilot:
        await opened(pilot, app)
        # The staleness check runs after the index opens, in the same worker: once it has ended,
        # a build would have been started.
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.building and "The corpus changed" not in screen_text(app)
