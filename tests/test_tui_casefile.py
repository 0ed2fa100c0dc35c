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
