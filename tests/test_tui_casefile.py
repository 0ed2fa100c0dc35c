"""The investigation workflow in the explorer (issue 11), under Pilot on a real index of seeds/:
a quote's count of the articles carrying it and its comparison, the case file (pins, notes,
order, states), saved searches and history, export and copy. Each test waits on the state it
expects (rows, screens, the case file on disk), never on a pause.

Tests that write the case file use a copy of the seeds index: the case file lives beside it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input

from dossier.tui.app import DossierApp
from dossier.tui.widgets.lists import QuoteList, ResultList
from tui_fixtures import wait_for

USHAKOV = "proposals"  # Ushakov's "I am sure that the proposals ..." is in seeds 000 and 001


async def until(pilot, what: str, condition, timeout: float = 60) -> None:
    """wait_for, naming what is awaited when it fails."""
    condition.__name__ = what
    await wait_for(pilot, condition, timeout=timeout)


@pytest.fixture
def index_copy(seeds_index, tmp_path) -> Path:
    """A writable copy of the seeds index (its case file is the test's own)."""
    return Path(shutil.copytree(seeds_index, tmp_path / "index"))


async def opened(pilot, app, articles: int = 5) -> None:
    results = app.screen.query_one(ResultList)
    await until(
        pilot,
        f"the index open and its {articles} articles listed",
        lambda: results.context.get("query") == "" and len(results.records) == articles,
        timeout=120,
    )


async def typed(pilot, app, query: str) -> None:
    """Type query into the search box and wait for its quotes."""
    await pilot.press("slash")
    box = app.screen.query_one("#query", Input)
    await until(pilot, "the search box focused", lambda: app.focused is box)
    await pilot.press("ctrl+a", "ctrl+k", *query)
    quotes = app.screen.query_one(QuoteList)
    await until(pilot, f"the quotes of {query!r}", lambda: quotes.context.get("query") == query)


def row_text(rows, index: int) -> str:
    return rows.get_option_at_index(index).prompt.plain


async def to_quote(pilot, app, text: str) -> QuoteList:
    """Focus the quotes list with the quote containing text highlighted."""
    quotes = app.screen.query_one(QuoteList)
    await until(pilot, f"a quote with {text!r}", lambda: any(text in q.text for q in quotes.records))
    app.screen.focus_pane("quotes")
    quotes.highlighted = next(i for i, q in enumerate(quotes.records) if text in q.text)
    await until(pilot, "the quotes list focused", lambda: app.focused is quotes)
    return quotes


# --- 1. one statement across articles ------------------------------------------------------------


async def test_a_quote_says_how_many_articles_carry_it_and_c_compares_it(seeds_index):
    from dossier.tui.screens.compare import CompareScreen
    from dossier.tui.widgets.compared import VersionList

    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await opened(pilot, app)
        await typed(pilot, app, "seriously OR proposals")
        quotes = await to_quote(pilot, app, "I am sure that the proposals")
        row = quotes.highlighted
        shared = [i for i, q in enumerate(quotes.records) if q.group == quotes.records[row].group]
        assert len({quotes.records[i].article for i in shared}) == 2  # seeds 000 and 001
        await until(pilot, "the row counting its articles", lambda: "in 2 articles" in row_text(quotes, row))
        alone = next(i for i, q in enumerate(quotes.records) if "no one has seriously" in q.text)
        assert "articles" not in row_text(quotes, alone).split("\n")[0]  # carried by one article: no count

        # the translation: c compares it; the other version is listed as similar, differing words marked
        quotes.highlighted = alone
        await pilot.press("c")
        await until(pilot, "the comparison shown", lambda: isinstance(app.screen, CompareScreen))
        versions = app.screen.query_one(VersionList)
        await until(pilot, "the versions listed", lambda: len(versions.records) >= 2)
        kinds = {v.kind: v for v in versions.records}
        assert kinds["this"].placed.quote.id == quotes.records[alone].id
        other = kinds["similar"]
        assert "At present, no one has seriously discussed" in other.placed.quote.text
        assert other.placed.title and other.placed.quote.article.startswith("002")
        prompt = versions.get_option_at_index(versions.records.index(other)).prompt
        marked = [prompt.plain[s.start : s.end] for s in prompt.spans if s.style == versions._style("compare--differs")]
        assert "discussed" in "".join(marked) and "seriously" not in "".join(marked)

        # enter opens that version at its place
        versions.highlighted = versions.records.index(other)
        await pilot.press("enter")
        await until(pilot, "the comparison closed", lambda: not isinstance(app.screen, CompareScreen))
        await until(
            pilot,
            "the similar quote's article open",
            lambda: app.screen.opened is not None and app.screen.opened.article_id == other.placed.quote.article,
        )


# --- 2. the case file ----------------------------------------------------------------------------


def pins_on_disk(index: Path) -> list:
    from dossier.index.casefile import CaseFile

    with CaseFile(index) as case:
        return case.pins()


async def test_p_pins_what_is_selected_and_P_shows_the_case_file(index_copy):
    from dossier.index.casefile import CaseFile
    from dossier.tui.screens.ask import AskScreen
    from dossier.tui.screens.casefile import CaseFileScreen
    from dossier.tui.widgets.lists import ActorList
    from dossier.tui.widgets.pins import PinList

    with CaseFile(index_copy) as case:  # an article pinned by an earlier build, gone from this one
        case.pin("article", "removed-article", "An article since removed", text="Its first lines")
    app = DossierApp(index_copy, None, check_stale=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        await typed(pilot, app, USHAKOV)
        quotes = await to_quote(pilot, app, "I am sure that the proposals")
        quote = quotes.current
        await pilot.press("p")
        await until(pilot, "the quote pinned", lambda: len(pins_on_disk(index_copy)) == 2)

        # a with a note: the actor selected
        app.screen.focus_pane("actors")
        actors = app.screen.query_one(ActorList)
        await until(pilot, "the actors list focused", lambda: app.focused is actors and actors.current is not None)
        actor = actors.current
        await pilot.press("a")
        await until(pilot, "the note asked for", lambda: isinstance(app.screen, AskScreen))
        await pilot.press(*"his role", "enter")
        await until(pilot, "the actor pinned", lambda: len(pins_on_disk(index_copy)) == 3)
        kept = pins_on_disk(index_copy)
        assert [(p.kind, p.ref) for p in kept[1:]] == [("quote", quote.id), ("actor", actor.id)]
        assert kept[1].text == quote.text and kept[1].speaker == quote.speaker
        assert kept[2].note == "his role"

        # P: the case file, in the user's order, the gone article saying so
        await pilot.press("P")
        await until(pilot, "the case file shown", lambda: isinstance(app.screen, CaseFileScreen))
        rows = app.screen.query_one(PinList)
        await until(pilot, "three pins listed", lambda: len(rows.records) == 3)
        assert [p.ref for p, _ in rows.records] == ["removed-article", quote.id, actor.id]
        assert "no longer in the index" in rows.get_option_at_index(0).prompt.plain
        assert "no longer" not in rows.get_option_at_index(1).prompt.plain
        assert "his role" in rows.get_option_at_index(2).prompt.plain

        # J moves the first pin down, a annotates, d removes: each kept in the case file
        rows.highlighted = 0
        await pilot.press("J")
        await until(
            pilot, "the pin moved down", lambda: [p.ref for p in pins_on_disk(index_copy)][1] == "removed-article"
        )
        await until(pilot, "the list reordered", lambda: rows.records[1][0].ref == "removed-article")
        assert rows.highlighted == 1  # the moved pin stays selected
        await pilot.press("d")
        await until(pilot, "the pin removed", lambda: len(pins_on_disk(index_copy)) == 2)
        await until(pilot, "the list without it", lambda: len(rows.records) == 2)
        rows.highlighted = 0
        await pilot.press("a")
        await until(pilot, "the note asked for", lambda: isinstance(app.screen, AskScreen))
        await pilot.press(*"two outlets", "enter")
        await until(pilot, "the note kept", lambda: pins_on_disk(index_copy)[0].note == "two outlets")
        await until(pilot, "the note shown", lambda: "two outlets" in rows.get_option_at_index(0).prompt.plain)

        # enter opens the quote at its place
        await pilot.press("enter")
        await until(pilot, "the case file closed", lambda: not isinstance(app.screen, CaseFileScreen))
        source = app.screen.query_one("#source-view")
        await until(
            pilot,
            "the quote's article open at the quote",
            lambda: (
                app.screen.opened is not None
                and app.screen.opened.article_id == quote.article
                and source.shown.focus == (quote.start, quote.end)
            ),
        )


async def test_the_palette_shows_the_case_file(index_copy):
    from textual.command import CommandPalette

    from dossier.tui.screens.casefile import CaseFileScreen

    app = DossierApp(index_copy, None, check_stale=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        app.screen.focus_pane("results")
        await pilot.press("ctrl+p")
        await until(pilot, "the palette open", lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"case file")
        await until(pilot, "the command offered", lambda: "Show the case file" in palette_text(app))
        await pilot.press("enter")
        await until(pilot, "the case file shown", lambda: isinstance(app.screen, CaseFileScreen))


def palette_text(app) -> str:
    from textual.command import CommandList

    found = app.screen.query(CommandList)
    if not found:
        return ""
    options = found.first()
    return "\n".join(str(options.get_option_at_index(i).prompt) for i in range(options.option_count))


# --- 3. saved searches and history -----------------------------------------------------------------


def case_history(index: Path) -> list[str]:
    from dossier.index.casefile import CaseFile

    with CaseFile(index) as case:
        return case.history()


def saved_on_disk(index: Path) -> dict:
    from dossier.index.casefile import CaseFile

    with CaseFile(index) as case:
        return {s.name: (s.query, s.actor) for s in case.searches()}


async def palette_run(pilot, app, typed_words: str, title: str) -> None:
    """Open the palette, type, and run the command titled title."""
    from textual.command import CommandPalette

    await pilot.press("ctrl+p")
    await until(pilot, "the palette open", lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*typed_words)
    await until(pilot, f"{title!r} offered", lambda: palette_text(app).split("\n")[0].startswith(title))
    await pilot.press("enter")
    await until(pilot, "the palette closed", lambda: not isinstance(app.screen, CommandPalette))


async def test_searches_saved_and_the_history_survive_a_restart(index_copy):
    from dossier.tui.screens.ask import AskScreen

    app = DossierApp(index_copy, None, check_stale=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        await typed(pilot, app, "kremlin")
        await pilot.press("enter")  # on to the results: remembered
        await until(pilot, "kremlin in the case file's history", lambda: case_history(index_copy)[:1] == ["kremlin"])
        await typed(pilot, app, "Ushakov")
        await palette_run(pilot, app, "save this search", "Save this search")
        await until(pilot, "the name asked for", lambda: isinstance(app.screen, AskScreen))
        await pilot.press("ctrl+a", "ctrl+k", *"aide", "enter")
        await until(pilot, "the search saved", lambda: saved_on_disk(index_copy) == {"aide": ("Ushakov", None)})

    # a new explorer on the same index: the history and the saved search are there
    app = DossierApp(index_copy, None, check_stale=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        results = app.screen.query_one(ResultList)
        await palette_run(pilot, app, "saved aide", "Run saved search: aide")
        await until(pilot, "the saved search run", lambda: results.context.get("query") == "Ushakov")
        assert app.screen.query_one("#query", Input).value == "Ushakov"
        await palette_run(pilot, app, "again kremlin", "Search again: kremlin")
        await until(pilot, "the earlier search run", lambda: results.context.get("query") == "kremlin")
        # and up in the search box recalls from the same history
        await pilot.press("slash")
        box = app.screen.query_one("#query", Input)
        await until(pilot, "the box focused", lambda: app.focused is box)
        box.value = ""
        await pilot.press("up")
        assert box.value == "kremlin"
        await pilot.press("up")
        assert box.value == "Ushakov"


# --- 4. export and copy ------------------------------------------------------------------------------


async def export_to(pilot, app, name: str) -> None:
    """e, then the file's name in the question."""
    from dossier.tui.screens.ask import AskScreen

    await pilot.press("e")
    await until(pilot, "the file asked for", lambda: isinstance(app.screen, AskScreen))
    await pilot.press("ctrl+a", "ctrl+k", *name, "enter")
    await until(pilot, "the question closed", lambda: not isinstance(app.screen, AskScreen))


async def test_e_exports_the_focused_list_and_y_copies_a_quote_with_its_citation(index_copy, tmp_path, monkeypatch):
    import csv
    import json

    from dossier.index.read import Reader
    from dossier.tui.screens.casefile import CaseFileScreen

    monkeypatch.chdir(tmp_path)  # a name without a folder is written where dossier runs
    with Reader(index_copy) as reader:
        every_quote = reader.quotes(query=USHAKOV)
        titles = reader.titles()
    app = DossierApp(index_copy, None, check_stale=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        await typed(pilot, app, USHAKOV)
        quotes = await to_quote(pilot, app, "I am sure that the proposals")
        quote = quotes.current
        await export_to(pilot, app, "quotes.csv")
        await until(pilot, "the CSV written", lambda: (tmp_path / "quotes.csv").exists())
        with (tmp_path / "quotes.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert [r["id"] for r in rows] == [q.id for q in every_quote]  # every quote, in order
        assert rows[0]["title"] == titles[every_quote[0].article]

        # the same name again: refused, the file kept as it was
        before = (tmp_path / "quotes.csv").read_bytes()
        await export_to(pilot, app, "quotes.csv")
        await until(
            pilot, "the refusal said", lambda: any("exists already" in str(n.message) for n in app._notifications)
        )
        assert (tmp_path / "quotes.csv").read_bytes() == before

        # results as JSON, with the search's own fields
        app.screen.focus_pane("results")
        await until(pilot, "the results focused", lambda: app.focused is app.screen.query_one(ResultList))
        await export_to(pilot, app, "results.json")
        await until(pilot, "the JSON written", lambda: (tmp_path / "results.json").exists())
        doc = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
        assert [d["id"] for d in doc] == [h.id for h in app.screen.query_one(ResultList).records]
        assert {"title", "source", "date", "path", "score", "snippet"} <= set(doc[0])

        # y: the quote with its citation, on the clipboard
        app.screen.focus_pane("quotes")
        await until(pilot, "the quotes focused", lambda: app.focused is quotes)
        await pilot.press("y")
        await until(pilot, "the quote copied", lambda: quote.text in (app.clipboard or ""))
        assert titles[quote.article] in app.clipboard and quote.speaker in app.clipboard and quote.id in app.clipboard

        # the case file as Markdown
        await pilot.press("p")
        await pilot.press("P")
        await until(pilot, "the case file shown", lambda: isinstance(app.screen, CaseFileScreen))
        await until(pilot, "the pin listed", lambda: len(app.screen.query_one("#pin-list").records) == 1)
        await export_to(pilot, app, "case.md")
        await until(pilot, "the report written", lambda: (tmp_path / "case.md").exists())
        report = (tmp_path / "case.md").read_text(encoding="utf-8")
        assert report.startswith("# Case file") and f"“{quote.text}”" in report and quote.speaker in report


def test_an_exported_csv_cell_never_runs_as_a_formula(tmp_path):
    import csv

    from dossier.tui import export

    table = export.Table(
        ["id", "text"], [{"id": "a", "text": '=HYPERLINK("http://x")'}, {"id": "b", "text": "@SUM(1)"}], []
    )
    export.write(table, tmp_path / "x.csv", "csv")
    with (tmp_path / "x.csv").open(encoding="utf-8", newline="") as f:
        cells = [r["text"] for r in csv.DictReader(f)]
    assert cells == ['\'=HYPERLINK("http://x")', "'@SUM(1)"]
    with pytest.raises(export.ExportError, match="exists already"):
        export.write(table, tmp_path / "x.csv", "csv")
    with pytest.raises(export.ExportError, match=r"\.csv, \.json or \.md"):
        export.target(str(tmp_path / "report.txt"))


# --- 5. lists that reach the end, keys that reach each pane ----------------------------------------


async def test_lists_show_their_true_totals_and_load_further_rows_as_the_user_scrolls(seeds_index, monkeypatch):
    """Pages of 2 results and 10 quotes on the seeds (5 articles, 44 quotes): the lists count all
    of them, and going down loads the next pages until the end, in the index's order."""
    from dossier.index.read import Reader
    from dossier.tui import session

    monkeypatch.setattr(session, "RESULT_LIMIT", 2)
    monkeypatch.setattr(session, "QUOTE_LIMIT", 10)
    with Reader(seeds_index) as reader:
        every_hit = [h.id for h in reader.search("", limit=None).hits]
        every_quote = [q.id for q in reader.quotes()]
    assert len(every_hit) == 5 and len(every_quote) > 30
    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        results, quotes = screen.query_one(ResultList), screen.query_one(QuoteList)
        await until(pilot, "the first page of results", lambda: len(results.records) == 2)
        assert screen.result_count == 5  # the title counts them all
        await until(pilot, "the quotes counted", lambda: screen.quote_count == len(every_quote))
        assert len(quotes.records) == 10

        screen.focus_pane("actors")  # out of the search box: digits go to panes
        await pilot.press("1")
        await until(pilot, "the results focused", lambda: app.focused is results)
        while len(results.records) < 5:
            held = len(results.records)
            await pilot.press("G")
            await until(pilot, "the next page of results", lambda: len(results.records) > held)
        assert [h.id for h in results.records] == every_hit

        await pilot.press("3")
        await until(pilot, "the quotes focused", lambda: app.focused is quotes)
        while len(quotes.records) < len(every_quote):
            held = len(quotes.records)
            await pilot.press("G")
            await until(pilot, "the next page of quotes", lambda: len(quotes.records) > held)
        assert [q.id for q in quotes.records] == every_quote
        await until(pilot, "every row shown", lambda: quotes.option_count == len(every_quote))


async def test_1_to_4_reach_each_pane_outside_a_text_box(seeds_index):
    app = DossierApp(seeds_index, None, check_stale=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, app)
        box = app.screen.query_one("#query", Input)
        assert app.focused is box
        await pilot.press("2")  # in the search box a digit is typed
        await until(pilot, "2 typed", lambda: box.value == "2")
        await pilot.press("backspace", "tab")
        await until(pilot, "the results focused", lambda: app.focused.id == "result-list")
        for key, pane in (("2", "actors"), ("3", "quotes"), ("1", "results")):
            await pilot.press(key)
            widget = pane[:-1] + "-list"
            await until(pilot, f"{key} to focus #{widget}", lambda: app.focused.id == widget)
            assert app.screen.active == pane  # in a narrow terminal: the pane shown
        await pilot.press("4")  # no article open: said, focus kept
        await until(
            pilot, "the reason said", lambda: any("No article open" in str(n.message) for n in app._notifications)
        )
        assert app.focused.id == "result-list"
        await pilot.press("enter")
        await until(pilot, "the article open", lambda: app.focused.id == "source-view")
        await pilot.press("1", "4")
        await until(pilot, "4 to the source", lambda: app.focused.id == "source-view")
