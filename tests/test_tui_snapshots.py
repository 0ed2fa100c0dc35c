"""Snapshots of the explorer's main screens at 80x24 and 120x36.

They open a recorded reader (tests/tui_recorded.py) so that a change in the analysis does not
change the pictures; update them after a deliberate change of the UI with
`pytest tests/test_tui_snapshots.py --snapshot-update` and look at the SVGs.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import DossierApp
from tui_fixtures import settle
from tui_recorded import RecordedReader

WIDE = (120, 36)
NARROW = (80, 24)


def app() -> DossierApp:
    return DossierApp(Path("recorded"), None, reader_factory=RecordedReader)


def typed(*keys: str, then: tuple[str, ...] = ()):
    async def run_before(pilot) -> None:
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
        if then:
            await pilot.press(*then)
            await settle(pilot)

    return run_before


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x36", "80x24"])
def test_start(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=typed())


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x36", "80x24"])
def test_search_results(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=typed(*"ushakov"))


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x36", "80x24"])
def test_article_open_at_second_match(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, run_before=typed(*"ushakov", then=("enter", "enter", "n")))


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x36", "80x24"])
def test_actor_filter(snap_compare, size):
    # tab to the actors, the second one (Ushakov after Kremlin), choose it
    assert snap_compare(app(), terminal_size=size, run_before=typed("tab", "tab", "j", "enter"))


def test_quotes_pane_narrow(snap_compare):
    assert snap_compare(app(), terminal_size=NARROW, run_before=typed("tab", "tab", "tab"))


def test_bad_query(snap_compare):
    assert snap_compare(app(), terminal_size=NARROW, run_before=typed(*'"peace'))


def test_help(snap_compare):
    assert snap_compare(app(), terminal_size=NARROW, run_before=typed("tab", "question_mark"))
