"""Shared fixtures of the explorer's tests: real indexes built once per session.

The index is built the way a user builds it, by the `dossier index build` command in a
subprocess; the tests then open it with the real Reader. Import the fixtures into a test module
with `from tui_fixtures import *` (tests/ is on sys.path when pytest collects it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# An article that tries every way text could turn into markup or terminal control.
HOSTILE_TITLE = "[bold]Breaking[/bold] news [@click=app.quit]now[/]"
HOSTILE_BODY = (
    "The minister said [bold]nothing[/bold] at all about [@click=app.quit]the plan[/] on Monday.\n"
    "A link [link=https://example.com/evil]click here[/link] and [red on white]colours[/] stay text.\n"
    "Escape \x1b[31mred\x1b[0m and a bell \x07 and \x1b]8;;https://x.example\x1b\\osc\x1b]8;;\x1b\\ too.\n"
    "“This is a plain quotation about the plan,” Maria Lopez said in Madrid.\n"
)


def build_index(corpus: Path, index_dir: Path) -> Path:
    """Build an index with the real command; fail the test session with its stderr if it fails."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "dossier.tui.cli",
            "index",
            "build",
            "--corpus",
            str(corpus),
            "--index",
            str(index_dir),
            "--quiet",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    if proc.returncode != 0:
        pytest.fail(f"index build failed ({proc.returncode}): {proc.stderr}")
    return index_dir


# Each test module that imports a fixture gets its own copy of it (fixtures outside conftest.py
# are per module), so the session-wide result is kept here: one build per session.
_BUILT: dict[str, Path] = {}


def _once(key: str, make) -> Path:
    if key not in _BUILT or not _BUILT[key].exists():
        _BUILT[key] = make()
    return _BUILT[key]


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory) -> Path:
    def make() -> Path:
        corpus = tmp_path_factory.mktemp("hostile-corpus")
        (corpus / "hostile.txt").write_text(HOSTILE_TITLE + "\n" + HOSTILE_BODY, encoding="utf-8")
        first = sorted(p.name for p in SEEDS.iterdir() if p.suffix == ".txt")[0]
        shutil.copy(SEEDS / first, corpus / "other.txt")
        return corpus

    return _once("hostile-corpus", make)


@pytest.fixture(scope="session")
def hostile_index(tmp_path_factory, hostile_corpus) -> Path:
    """A corpus with an article full of markup and escape sequences, indexed."""
    return _once("hostile", lambda: build_index(hostile_corpus, tmp_path_factory.mktemp("hostile-index")))


async def settle(pilot, extra: float = 0.0, timeout: float = 60.0) -> None:
    """Let the debounce fire and every worker finish, then let the screen update.

    Waits on the app's state rather than on the clock alone: the machine may be busy.
    """
    import time

    from textual.widgets import Input

    from dossier.tui.panes.search_bar import DEBOUNCE, SearchBar
    from dossier.tui.screens.main import MainScreen

    app = pilot.app
    await pilot.pause(DEBOUNCE + 0.05 + extra)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await app.workers.wait_for_complete()
        await pilot.pause()  # the answers the workers posted are handled
        main = getattr(app, "_main", None)
        session = getattr(app, "session", None)
        opening = session is not None and session.reader is None and not session.open_error and not session.building
        debouncing = isinstance(main, MainScreen) and main.query_one(SearchBar).debouncing
        busy = any(w.is_running for w in app.workers)
        if not (opening or debouncing or busy):
            break
        await pilot.pause(0.05)
    await pilot.pause()
    # A blinking cursor makes screenshots differ. Stop the blink once the screen is complete: when
    # the app is first ready its screen may not have mounted its inputs yet, and an input missed
    # then kept blinking (the start snapshot failed so in CI). Stopping it shows the cursor.
    for widget in app.screen.query(Input):
        widget.cursor_blink = False
    await pilot.pause()


async def wait_for(pilot, condition, timeout: float = 60.0) -> None:
    """Pause until condition() holds (checked between frames); fail the test after timeout."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"waited {timeout:.0f} s for {getattr(condition, '__name__', 'a condition')}")
        await pilot.pause(0.02)


def spy_searches(app) -> tuple[list[str], list[str]]:
    """(the queries searched for, the queries whose results the screen shows), in order.

    Searched: each search the session starts. Shown: each answer the results pane is given (what
    the screen shows, so a stale answer discarded is not counted, one shown is).
    """
    from dossier.tui.widgets.lists import ResultList

    session = app.session
    searched: list[str] = []
    shown: list[str] = []
    start = session.search

    def search(query, *args, **kwargs):
        searched.append(query)
        return start(query, *args, **kwargs)

    results = app.main.query_one(ResultList)
    set_records = results.set_records

    def show(records, **context):
        shown.append(context.get("query"))
        return set_records(records, **context)

    session.search = search
    results.set_records = show
    return searched, shown
